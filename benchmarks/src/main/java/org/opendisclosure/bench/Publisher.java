package org.opendisclosure.bench;

import java.time.LocalDate;
import java.util.Map;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.ItemId;

/**
 * Takes a notice through the whole workflow, one transaction per step, as the county's staff would:
 * create → submit → review → (audit) → (deliberation) → approve → publish. Thread-safe when the
 * {@link Disclosures} is.
 */
public final class Publisher {
  private final Disclosures disclosures;

  public Publisher(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  /** Publishes {@code n} and returns how many workflow transactions it took. */
  public int publish(Notice n) {
    publishReturningId(n);
    return transactions(n);
  }

  /** Publishes {@code n} and returns the id of the new item. */
  public ItemId publishReturningId(Notice n) {
    Disclosures d = disclosures;
    ItemId id = d.createDraft(n.organ().code(), n.category().code(), Drafts.content(n), Drafts.EDITOR).id();
    d.submit(id, 1, Drafts.EDITOR);
    d.review(id, 1, Drafts.REVIEWER, "材料齐全，数据核对无误");
    if (n.category().audit()) {
      d.recordAudit(id, 1, Drafts.AUDITOR, "经审计核实，数据真实准确");
    }
    if (n.category().decision()) {
      LocalDate today = LocalDate.now(d.clock().withZone(Disclosures.ZONE));
      LocalDate held = n.formedOn().isAfter(today) ? today : n.formedOn();
      d.recordDeliberation(id, 1, Drafts.EDITOR, "村民代表会议", held);
    }
    d.approve(id, 1, Drafts.APPROVER, "同意公开", Map.of());
    d.publish(id, 1, Drafts.EDITOR);
    return id;
  }

  /** How many transactions {@link #publish} takes for {@code n}, without running them. */
  public static int transactions(Notice n) {
    return 5 + (n.category().audit() ? 1 : 0) + (n.category().decision() ? 1 : 0);
  }
}
