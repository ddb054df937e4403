package org.opendisclosure.rest.view;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.core.ContentHashes;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.calendar.CalendarDate;
import org.opendisclosure.core.calendar.StatutoryPeriod;
import org.opendisclosure.core.catalogue.Catalogue;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.history.PublicVersion;
import org.opendisclosure.core.history.RevisionDiff;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.PublicityWindow;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.report.ComplianceReport;
import org.opendisclosure.core.workflow.Feedback;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.PrivacyFinding;
import org.opendisclosure.rest.api.CategoryRef;
import org.opendisclosure.rest.api.CategoryView;
import org.opendisclosure.rest.api.ChangesView;
import org.opendisclosure.rest.api.ComplianceView;
import org.opendisclosure.rest.api.DueView;
import org.opendisclosure.rest.api.EventView;
import org.opendisclosure.rest.api.FeedbackView;
import org.opendisclosure.rest.api.FieldChangeView;
import org.opendisclosure.rest.api.GapView;
import org.opendisclosure.rest.api.GrantView;
import org.opendisclosure.rest.api.ItemState;
import org.opendisclosure.rest.api.ItemSummary;
import org.opendisclosure.rest.api.LineChangeView;
import org.opendisclosure.rest.api.OrganRef;
import org.opendisclosure.rest.api.OrganView;
import org.opendisclosure.rest.api.PeriodView;
import org.opendisclosure.rest.api.PrivacyFindingView;
import org.opendisclosure.rest.api.PublicHistoryView;
import org.opendisclosure.rest.api.PublicItem;
import org.opendisclosure.rest.api.PublicVersionView;
import org.opendisclosure.rest.api.RedactionView;
import org.opendisclosure.rest.api.RevisionView;
import org.opendisclosure.rest.api.WindowView;
import org.opendisclosure.rest.api.WithdrawalView;
import org.opendisclosure.rest.api.WorkingItem;

/**
 * Core values to API records. One instance per request: it looks the organ names up once. Only
 * {@link #publicItem}, {@link #summary} and {@link #history} are fed public views; the others are
 * for staff. Not thread-safe.
 */
public final class Views {
  private final Disclosures disclosures;
  private final Catalogue catalogue;
  private Map<String, Organ> organs;

  public Views(Disclosures disclosures) {
    this.disclosures = disclosures;
    this.catalogue = disclosures.catalogue();
  }

  public OrganRef organ(String code) {
    if (organs == null) {
      organs = new HashMap<>();
      disclosures.organs().forEach(o -> organs.put(o.code(), o));
    }
    Organ o = organs.get(code);
    return new OrganRef(code, o == null ? code : o.name());
  }

  public CategoryRef category(String code) {
    return new CategoryRef(code, catalogue.find(code).map(Category::name).orElse(code));
  }

  public LocalDate today() {
    return LocalDate.now(disclosures.clock().withZone(Disclosures.ZONE));
  }

  public WindowView window(PublicityWindow w) {
    return w == null ? null : new WindowView(w.start(), w.end(), w.state(today()).name(), w.provisional());
  }

  /** A published view (from {@code Disclosures.published}) as a listing entry. */
  public ItemSummary summary(ItemView v) {
    Item i = v.item();
    return new ItemSummary(i.id().value(), i.indexNumber(), v.revision().title(), organ(i.organCode()),
        category(i.categoryCode()), v.revision().formedOn(), i.publishedAt(), i.publishedRevision(), window(i.window()));
  }

  /** A published view (from {@code Disclosures.published}) in full. */
  public PublicItem publicItem(ItemView v) {
    Item i = v.item();
    Revision r = v.revision();
    return new PublicItem(i.id().value(), i.indexNumber(), r.title(), organ(i.organCode()), category(i.categoryCode()),
        kindOf(i), r.formedOn(), i.publishedAt(), r.createdAt(), i.publishedRevision(), corrected(i), window(i.window()),
        r.isRedacted() ? null : r.payload(), r.bodyHtml(), redaction(r),
        r.isRedacted() ? null : ContentHashes.canonicalContent(r));
  }

  /** Whether a correction of the item was published: its public history has more than one version. */
  private boolean corrected(Item i) {
    return disclosures.publicHistory(i.id()).versions().stream().anyMatch(PublicVersion::correction);
  }

  private String kindOf(Item i) {
    return catalogue.find(i.categoryCode()).map(c -> c.payload().name()).orElse(null);
  }

  private static RedactionView redaction(Revision r) {
    return r.isRedacted() ? new RedactionView(r.redaction().at(), r.redaction().reason()) : null;
  }

  public PublicHistoryView history(PublicHistory h) {
    List<PublicVersionView> versions = h.versions().stream().map(this::version).toList();
    WithdrawalView w = h.withdrawal() == null ? null : new WithdrawalView(h.withdrawal().at(), h.withdrawal().reason());
    return new PublicHistoryView(h.itemId().value(), versions, w);
  }

  private PublicVersionView version(PublicVersion v) {
    Revision r = v.revision();
    return new PublicVersionView(r.number(), v.publishedAt(), v.correction(), v.note(), r.title(), r.formedOn(),
        r.isRedacted() ? null : r.payload(), r.bodyHtml(), redaction(r), changes(v.changes()));
  }

  private static ChangesView changes(RevisionDiff d) {
    return d == null ? null : new ChangesView(
        d.fields().stream().map(f -> new FieldChangeView(f.path(), f.before(), f.after())).toList(),
        d.body().stream().map(c -> new LineChangeView(c.op().name(), c.line())).toList());
  }

  public static CategoryView category(Category c) {
    PeriodView deadline = period(c.deadline().period(), c.deadline().trigger().name(), c.deadline().source());
    PeriodView window = c.window() == null ? null : period(c.window().period(), null, c.window().source());
    return new CategoryView(c.code(), c.name(), c.parentCode(), c.payload().name(), deadline, window,
        c.auditBeforePublish(), c.decision(), c.privacy().name(), c.cadence().name(), c.legalBasis());
  }

  private static PeriodView period(StatutoryPeriod p, String trigger, String source) {
    return new PeriodView(p.amount(), p.count().name(), trigger, source);
  }

  public static OrganView organ(Organ o) {
    return new OrganView(o.code(), o.name(), o.level().name(), o.parentCode());
  }

  // --- staff views ----------------------------------------------------------------------------

  public WorkingItem working(ItemView v) {
    Item i = v.item();
    Revision r = v.revision();
    return new WorkingItem(i.id().value(), i.indexNumber(), organ(i.organCode()), category(i.categoryCode()),
        i.status().name(), i.workingRevision(), i.publishedRevision(), r.title(), r.formedOn(), kindOf(i),
        r.isRedacted() ? null : r.payload(), r.bodyHtml(), r.author().name(), r.reason(), i.createdAt(),
        i.updatedAt(), i.publishAt(), i.publishedAt(), due(i.dueBy()), window(i.window()));
  }

  public ItemState state(Item i) {
    return new ItemState(i.id().value(), i.status().name(), i.workingRevision(), i.publishedRevision(), i.publishAt(),
        i.publishedAt(), window(i.window()));
  }

  public static DueView due(CalendarDate d) {
    return d == null ? null : new DueView(d.date(), d.provisional());
  }

  public static PrivacyFindingView finding(PrivacyFinding f) {
    return new PrivacyFindingView(f.key(), f.field(), f.type(), f.blocking(), f.excerpt());
  }

  public ComplianceView compliance(ComplianceReport r) {
    return new ComplianceView(r.organCode(), r.today(), r.overdue().stream().map(this::state).toList(),
        r.dueSoon().stream().map(this::state).toList(), r.stale().stream().map(this::state).toList(),
        r.periodic().stream().map(g -> new GapView(g.organCode(), g.categoryCode(), g.periodStart(), due(g.dueBy()),
            g.late(), g.publishedOn())).toList());
  }

  public static FeedbackView feedback(Feedback f) {
    return new FeedbackView(f.id(), f.itemId().value(), f.receivedAt(), f.body(), f.contact());
  }

  public static RevisionView revision(Revision r) {
    return new RevisionView(r.number(), r.title(), r.author().name(), r.createdAt(), r.reason(), r.contentHash(),
        r.isRedacted());
  }

  public static EventView event(ItemEvent e) {
    return new EventView(e.type().name(), e.from() == null ? null : e.from().name(), e.to().name(), e.revision(),
        e.actor().name(), e.at(), e.comment());
  }

  public static GrantView grant(Grant g) {
    return new GrantView(g.organCode(), g.role().name());
  }
}
