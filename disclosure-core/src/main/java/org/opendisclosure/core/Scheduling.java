package org.opendisclosure.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.PublicityWindow;
import org.opendisclosure.core.schedule.SchedulerRun;
import org.opendisclosure.core.workflow.Feedback;

/**
 * Scheduled publication, window closing and feedback during publicity. Safe with several processes
 * on one PostgreSQL: due items and windows are claimed with {@code FOR UPDATE SKIP LOCKED}, and the
 * conditional update on the item's status makes publishing idempotent. Thread-safe.
 */
final class Scheduling {
  private static final int BATCH = 50;
  static final int MAX_FEEDBACK = 2000;

  private final Core core;
  private final Workflow workflow;
  private final TransparencyLog log;

  Scheduling(Core core, Workflow workflow, TransparencyLog log) {
    this.core = core;
    this.workflow = workflow;
    this.log = log;
  }

  SchedulerRun runDue() {
    Instant now = core.clock().instant();
    List<ItemId> published = new ArrayList<>();
    while (true) {
      List<ItemId> batch = core.store().inTransaction(tx -> {
        List<ItemId> done = new ArrayList<>();
        for (Item item : tx.claimDuePublications(now, BATCH)) {
          workflow.publishNow(tx, item, Workflow.SCHEDULER, now);
          done.add(item.id());
        }
        return done;
      });
      published.addAll(batch);
      if (batch.size() < BATCH) {
        break;
      }
    }
    LocalDate today = LocalDate.ofInstant(now, Disclosures.ZONE);
    List<ItemId> closed = new ArrayList<>();
    while (true) {
      List<ItemId> batch = core.store().inTransaction(tx -> {
        List<ItemId> done = new ArrayList<>();
        for (Item item : tx.windowsToClose(today, BATCH)) {
          PublicityWindow w = item.window();
          Item next = item.withWindow(new PublicityWindow(w.start(), w.end(), w.provisional(), true), now);
          tx.updateItem(next, item.workingRevision(), item.status());
          tx.insertEvent(new ItemEvent(0, item.id(), EventType.WINDOW_CLOSED, item.status(), item.status(),
              item.publishedRevision(), Workflow.SCHEDULER, now, "公示期满（" + w.end() + "）"));
          tx.appendChange(item.id(), item.publishedRevision(), ChangeKind.WINDOW_CLOSED, now);
          log.appendPublished(tx, next, item.publishedRevision(), EventType.WINDOW_CLOSED, now);
          done.add(item.id());
        }
        return done;
      });
      closed.addAll(batch);
      if (batch.size() < BATCH) {
        break;
      }
    }
    List<Item> missed = core.store().inTransaction(tx -> tx.missedPublications(now));
    return new SchedulerRun(published, closed, missed);
  }

  Feedback submitFeedback(ItemId id, String body, String contact, String client) {
    List<FieldError> errors = new ArrayList<>();
    if (body == null || body.isBlank()) {
      errors.add(new FieldError("body", "is required"));
    } else if (body.length() > MAX_FEEDBACK) {
      errors.add(new FieldError("body", "must be at most " + MAX_FEEDBACK + " characters"));
    }
    if (contact != null && contact.length() > 200) {
      errors.add(new FieldError("contact", "must be at most 200 characters"));
    }
    ValidationException.throwIfAny(errors);
    String from = client == null || client.isBlank() ? "unknown" : client.strip();
    Instant now = core.clock().instant();
    return core.store().inTransaction(tx -> {
      Item item = tx.findItem(id).filter(Item::isPublic).orElseThrow(() -> Core.notFound(id));
      PublicityWindow w = item.window();
      if (w == null || w.state(core.today()) != PublicityWindow.WindowState.OPEN) {
        throw new IllegalTransitionException(id, item.status(), "send feedback",
            w == null ? "this item is not a publicity notice" : "the publicity window is not open (" + w.start()
                + " – " + w.end() + ")");
      }
      if (tx.feedbackFrom(from, now.minus(1, ChronoUnit.HOURS)) >= core.feedbackPerClientPerHour()) {
        throw new RateLimitException("too much feedback from this address; try again later");
      }
      Feedback f = new Feedback(0, id, now, body.strip(), contact == null || contact.isBlank() ? null : contact.strip());
      long stored = tx.insertFeedback(f, from);
      return new Feedback(stored, f.itemId(), f.receivedAt(), f.body(), f.contact());
    });
  }

}
