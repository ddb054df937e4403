package org.opendisclosure.rest.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.history.PublicVersion;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemView;

/**
 * The newest public events (publications, corrections, withdrawals), read backwards off the
 * change feed and described from the public history only: a withdrawn item contributes its
 * withdrawal and nothing of its content, a draft or a scheduled item contributes nothing.
 */
public final class PublicEvents {
  /** How far back one request reads the change feed at most. */
  private static final int MAX_SCAN = 100_000;
  private static final int BATCH = 2_000;

  /** One public event. {@code view} is the item's current public view, empty once withdrawn. */
  public record Event(ItemId id, String kind, int revision, Instant at, String title, String note, Item item,
      Optional<ItemView> view) {}

  private PublicEvents() {}

  /** Up to {@code max} events of items whose organ is in {@code organs} and category in {@code categories} (null: any). */
  public static List<Event> latest(Disclosures d, Set<String> organs, Set<String> categories, int max) {
    List<Event> events = new ArrayList<>();
    Set<ItemId> seen = new HashSet<>();
    int publicChanges = 0;
    long to = d.lastChangeSequence();
    for (long scanned = 0; to > 0 && publicChanges < max && scanned < MAX_SCAN; scanned += BATCH) {
      long from = Math.max(0, to - BATCH);
      List<Change> batch = d.changesAfter(from, (int) (to - from));
      for (int i = batch.size() - 1; i >= 0; i--) {
        Change c = batch.get(i);
        if (!isPublic(c.kind()) || !seen.add(c.itemId())) {
          continue;
        }
        Item item = d.working(c.itemId()).item();
        if ((organs == null || organs.contains(item.organCode()))
            && (categories == null || categories.contains(item.categoryCode()))) {
          List<Event> of = of(d, item);
          events.addAll(of);
          publicChanges += of.size();
        }
      }
      to = from;
    }
    events.sort(Comparator.comparing(Event::at).thenComparing(e -> e.id().value()).reversed());
    return events.size() > max ? events.subList(0, max) : events;
  }

  private static boolean isPublic(ChangeKind kind) {
    return kind == ChangeKind.PUBLISHED || kind == ChangeKind.CORRECTED || kind == ChangeKind.WITHDRAWN;
  }

  private static List<Event> of(Disclosures d, Item item) {
    PublicHistory h = d.publicHistory(item.id());
    Optional<ItemView> view = d.published(item.id());
    List<Event> out = new ArrayList<>();
    for (PublicVersion v : h.versions()) {
      out.add(new Event(item.id(), v.correction() ? "correction" : "publication", v.revision().number(),
          v.publishedAt(), v.revision().title(), v.note(), item, view));
    }
    if (h.withdrawal() != null) {
      out.add(new Event(item.id(), "withdrawal", item.publishedRevision(), h.withdrawal().at(), null,
          h.withdrawal().reason(), item, view));
    }
    return out;
  }
}
