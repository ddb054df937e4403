package org.opendisclosure.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendisclosure.core.calendar.CalendarDate;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.PublicityWindow;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.store.StoreTransaction;
import org.opendisclosure.core.workflow.Action;
import org.opendisclosure.core.workflow.Check;
import org.opendisclosure.core.workflow.CheckKind;
import org.opendisclosure.core.workflow.PrivacyFinding;
import org.opendisclosure.core.workflow.Transitions;

/** The state machine: every transition is one transaction with its event and change-feed row. */
final class Workflow {
  static final Actor SCHEDULER = Actor.of("system:scheduler", "定时发布");

  private final Core core;
  private final PrivacyGate gate;
  private final TransparencyLog log;

  Workflow(Core core, PrivacyGate gate, TransparencyLog log) {
    this.core = core;
    this.gate = gate;
    this.log = log;
  }

  /** A check to record with a transition: what it attests, a reference and date, a note. */
  private record Recorded(CheckKind kind, String reference, LocalDate date, String note) {}

  /**
   * Runs a transition that changes at most the status, after the common checks (role, status,
   * expected revision), recording {@code check} on the working revision if given: one transaction
   * with its audit event and change-feed row.
   */
  private Item move(ItemId id, int expectedRevision, Actor actor, Action action, EventType event, String comment,
      Recorded check) {
    Instant now = core.clock().instant();
    return core.store().inTransaction(tx -> {
      Item item = Core.item(tx, id);
      Core.authorize(tx, actor, item, action);
      requireRevision(item, expectedRevision);
      if (action == Action.REVIEW
          && tx.findRevision(id, item.workingRevision()).orElseThrow().author().id().equals(actor.id())) {
        throw new IllegalTransitionException(id, item.status(), "review", "the reviewer must not be the author");
      }
      Status to = Transitions.target(action, item.status(), item.isCorrecting());
      Item next = to == item.status() ? item : item.withStatus(to, now);
      if (next != item) {
        tx.updateItem(next, item.workingRevision(), item.status());
      }
      if (check != null) {
        tx.insertCheck(new Check(0, id, item.workingRevision(), check.kind(), actor, now, check.reference(),
            check.date(), check.note()));
      }
      tx.insertEvent(new ItemEvent(0, id, event, item.status(), to, item.workingRevision(), actor, now, comment));
      tx.appendChange(id, item.workingRevision(), ChangeKind.STATUS_CHANGED, now);
      return next;
    });
  }

  private static void requireRevision(Item item, int expectedRevision) {
    if (item.workingRevision() != expectedRevision) {
      throw new StaleRevisionException(item.id().value(), expectedRevision, item.workingRevision());
    }
  }

  private static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw ValidationException.of(field, "is required");
    }
    if (value.length() > max) {
      throw ValidationException.of(field, "must be at most " + max + " characters");
    }
    return value.strip();
  }

  Item submit(ItemId id, int expectedRevision, Actor actor) {
    return move(id, expectedRevision, actor, Action.SUBMIT, EventType.SUBMITTED, null, null);
  }

  Item review(ItemId id, int expectedRevision, Actor reviewer, String comment) {
    return move(id, expectedRevision, reviewer, Action.REVIEW, EventType.REVIEWED, comment,
        new Recorded(CheckKind.REVIEW, null, null, comment));
  }

  Item returnToAuthor(ItemId id, int expectedRevision, Actor actor, String comment) {
    String text = requireText(comment, "comment", 4000);
    return move(id, expectedRevision, actor, Action.RETURN, EventType.RETURNED, text, null);
  }

  Item recordAudit(ItemId id, int expectedRevision, Actor auditor, String note) {
    String text = requireText(note, "note", 4000);
    return move(id, expectedRevision, auditor, Action.RECORD_AUDIT, EventType.AUDIT_RECORDED, text,
        new Recorded(CheckKind.AUDIT, null, null, text));
  }

  Item recordDeliberation(ItemId id, int expectedRevision, Actor actor, String meeting, LocalDate heldOn) {
    String name = requireText(meeting, "meeting", 500);
    if (heldOn == null) {
      throw ValidationException.of("heldOn", "is required");
    }
    if (heldOn.isAfter(core.today())) {
      throw ValidationException.of("heldOn", "must not be in the future");
    }
    return move(id, expectedRevision, actor, Action.RECORD_DELIBERATION, EventType.DELIBERATION_RECORDED,
        name + "（" + heldOn + "）", new Recorded(CheckKind.DELIBERATION, name, heldOn, null));
  }

  /**
   * Leadership approval. Refused unless the approver is not the author, a reviewer other than the
   * author passed this revision, an audit is recorded where the category needs one, a deliberation
   * where it is a decision, and every blocking privacy finding is fixed or overridden with a reason.
   * Approving a correction publishes it at once.
   */
  Item approve(ItemId id, int expectedRevision, Actor approver, String comment, Map<String, String> overrides) {
    Map<String, String> given = overrides == null ? Map.of() : overrides;
    Instant now = core.clock().instant();
    return core.store().inTransaction(tx -> {
      Item item = Core.item(tx, id);
      Core.authorize(tx, approver, item, Action.APPROVE);
      requireRevision(item, expectedRevision);
      Category category = core.category(item);
      Revision working = tx.findRevision(id, item.workingRevision()).orElseThrow();
      List<Check> checks = tx.checks(id, item.workingRevision());
      List<String> refusals = new ArrayList<>();
      String author = working.author().id();
      if (author.equals(approver.id())) {
        refusals.add("the approver must not be the author");
      }
      if (checks.stream().noneMatch(c -> c.kind() == CheckKind.REVIEW && !c.actor().id().equals(author))) {
        refusals.add("no reviewer other than the author has passed revision " + item.workingRevision());
      }
      if (category.auditBeforePublish()
          && checks.stream().noneMatch(c -> c.kind() == CheckKind.AUDIT && !c.actor().id().equals(author))) {
        refusals.add("审计理财在前，核实公布在后: an auditor must record a verification first");
      }
      if (category.decision() && checks.stream().noneMatch(c -> c.kind() == CheckKind.DELIBERATION)) {
        refusals.add("民主议事在前，决策公布在后: record the deliberation (meeting and date) first");
      }
      List<PrivacyFinding> findings = gate.findings(working, category);
      ValidationException.throwIfAny(PrivacyGate.overrideErrors(findings, given, "overrides"));
      for (PrivacyFinding f : PrivacyGate.unresolved(findings, given)) {
        refusals.add(PrivacyGate.refusal(f));
      }
      if (!refusals.isEmpty()) {
        throw new IllegalTransitionException(id, item.status(), "approve", String.join("; ", refusals));
      }
      for (Map.Entry<String, String> o : given.entrySet()) {
        tx.insertCheck(new Check(0, id, item.workingRevision(), CheckKind.PRIVACY_OVERRIDE, approver, now, o.getKey(),
            null, o.getValue().strip()));
      }
      if (item.isCorrecting()) {
        Revision first = tx.findRevision(id, item.publishedRevision() + 1).orElseThrow();
        Item next = item.published(now, item.window());
        tx.updateItem(next, item.workingRevision(), item.status());
        tx.insertEvent(new ItemEvent(0, id, EventType.APPROVED, item.status(), Status.PUBLISHED,
            item.workingRevision(), approver, now, comment));
        tx.insertEvent(new ItemEvent(0, id, EventType.CORRECTED, item.status(), Status.PUBLISHED,
            item.workingRevision(), approver, now, first.reason()));
        tx.appendChange(id, item.workingRevision(), ChangeKind.CORRECTED, now);
        log.appendPublished(tx, next, item.workingRevision(), EventType.CORRECTED, now);
        return next;
      }
      Item next = item.withStatus(Status.APPROVED, now);
      tx.updateItem(next, item.workingRevision(), item.status());
      tx.insertEvent(new ItemEvent(0, id, EventType.APPROVED, item.status(), Status.APPROVED, item.workingRevision(),
          approver, now, comment));
      tx.appendChange(id, item.workingRevision(), ChangeKind.STATUS_CHANGED, now);
      return next;
    });
  }

  Item schedule(ItemId id, int expectedRevision, Actor actor, Instant publishAt) {
    if (publishAt == null) {
      throw ValidationException.of("publishAt", "is required");
    }
    Instant now = core.clock().instant();
    return core.store().inTransaction(tx -> {
      Item item = Core.item(tx, id);
      Core.authorize(tx, actor, item, Action.SCHEDULE);
      requireRevision(item, expectedRevision);
      Item next = item.withPublishAt(publishAt, now).withStatus(Status.SCHEDULED, now);
      tx.updateItem(next, item.workingRevision(), item.status());
      tx.insertEvent(new ItemEvent(0, id, EventType.SCHEDULED, item.status(), Status.SCHEDULED,
          item.workingRevision(), actor, now, "定于 " + publishAt + " 发布"));
      tx.appendChange(id, item.workingRevision(), ChangeKind.STATUS_CHANGED, now);
      return next;
    });
  }

  Item publish(ItemId id, int expectedRevision, Actor actor) {
    Instant now = core.clock().instant();
    return core.store().inTransaction(tx -> {
      Item item = Core.item(tx, id);
      Core.authorize(tx, actor, item, Action.PUBLISH);
      requireRevision(item, expectedRevision);
      return publishNow(tx, item, actor, now);
    });
  }

  /** Publishes {@code item} (approved or scheduled) in {@code tx}; opens its window if it has one. */
  Item publishNow(StoreTransaction tx, Item item, Actor actor, Instant now) {
    Category category = core.category(item);
    PublicityWindow window = item.window();
    if (category.window() != null && window == null) {
      Revision working = tx.findRevision(item.id(), item.workingRevision()).orElseThrow();
      window = Deadlines.window(core.calendar(), category, working.payload(), LocalDate.ofInstant(now, Disclosures.ZONE));
    }
    Item next = item.published(now, window);
    tx.updateItem(next, item.workingRevision(), item.status());
    tx.insertEvent(new ItemEvent(0, item.id(), EventType.PUBLISHED, item.status(), Status.PUBLISHED,
        item.workingRevision(), actor, now, null));
    tx.appendChange(item.id(), item.workingRevision(), ChangeKind.PUBLISHED, now);
    log.appendPublished(tx, next, item.workingRevision(), EventType.PUBLISHED, now);
    return next;
  }

  Item withdraw(ItemId id, int expectedRevision, Actor actor, String reason) {
    String text = requireText(reason, "reason", 2000);
    Instant now = core.clock().instant();
    return core.store().inTransaction(tx -> {
      Item item = Core.item(tx, id);
      Core.authorize(tx, actor, item, Action.WITHDRAW);
      requireRevision(item, expectedRevision);
      Item next = item.withStatus(Status.WITHDRAWN, now);
      tx.updateItem(next, item.workingRevision(), item.status());
      tx.insertEvent(new ItemEvent(0, id, EventType.WITHDRAWN, item.status(), Status.WITHDRAWN,
          item.publishedRevision(), actor, now, text));
      tx.appendChange(id, item.publishedRevision(), ChangeKind.WITHDRAWN, now);
      log.appendPublished(tx, next, item.publishedRevision(), EventType.WITHDRAWN, now);
      return next;
    });
  }

  Item redact(ItemId id, int revision, Actor admin, String reason) {
    String text = requireText(reason, "reason", 2000);
    Instant now = core.clock().instant();
    return core.store().inTransaction(tx -> {
      Item item = Core.item(tx, id);
      Core.authorize(tx, admin, item, Action.REDACT);
      Revision target = tx.findRevision(id, revision)
          .orElseThrow(() -> ValidationException.of("revision", "item " + id + " has no revision " + revision));
      if (target.isRedacted()) {
        throw new IllegalTransitionException(id, item.status(), "redact", "revision " + revision + " is already redacted");
      }
      boolean wasPublic = tx.events(id).stream().anyMatch(e -> e.revision() == revision
          && (e.type() == EventType.PUBLISHED || e.type() == EventType.CORRECTED));
      String publicHash = wasPublic ? log.publicContentHash(core.category(item), target) : null;
      tx.redactRevision(id, revision, new Revision.Redaction(admin, now, text));
      if (wasPublic) {
        // The leaf keeps the hash of what was public: the log still verifies without the content.
        log.append(tx, item, revision, EventType.REDACTED, now, publicHash);
      }
      tx.insertEvent(new ItemEvent(0, id, EventType.REDACTED, item.status(), item.status(), revision, admin, now, text));
      tx.appendChange(id, revision, ChangeKind.REDACTED, now);
      return item;
    });
  }

  /** Due date of an item whose working revision is {@code revision}. */
  CalendarDate dueBy(Category category, Revision revision) {
    return Deadlines.dueBy(core.calendar(), category, revision.payload(), revision.formedOn());
  }
}
