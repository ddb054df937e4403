package org.opendisclosure.core.workflow;

import static org.opendisclosure.core.model.Status.APPROVED;
import static org.opendisclosure.core.model.Status.DRAFT;
import static org.opendisclosure.core.model.Status.IN_REVIEW;
import static org.opendisclosure.core.model.Status.PUBLISHED;
import static org.opendisclosure.core.model.Status.SCHEDULED;
import static org.opendisclosure.core.model.Status.WITHDRAWN;
import static org.opendisclosure.core.workflow.Role.ADMIN;
import static org.opendisclosure.core.workflow.Role.APPROVER;
import static org.opendisclosure.core.workflow.Role.AUDITOR;
import static org.opendisclosure.core.workflow.Role.EDITOR;
import static org.opendisclosure.core.workflow.Role.REVIEWER;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendisclosure.core.model.Status;

/**
 * The transition table: for each action, the statuses it may start from, the roles that may take
 * it there, and the status it leads to. Rules that depend on more than status and role (author ≠
 * reviewer/approver, audit, deliberation, privacy findings) are checked by {@code Disclosures}.
 * Immutable and thread-safe.
 *
 * <pre>
 * action               from                          roles               to
 * REVISE               DRAFT                         EDITOR              DRAFT
 * SUBMIT               DRAFT                         EDITOR              IN_REVIEW
 * REVIEW               IN_REVIEW                     REVIEWER            IN_REVIEW
 * RETURN               IN_REVIEW                     REVIEWER, APPROVER  DRAFT
 *                      APPROVED, SCHEDULED           APPROVER            DRAFT
 * RECORD_AUDIT         DRAFT, IN_REVIEW              AUDITOR             (unchanged)
 * RECORD_DELIBERATION  DRAFT, IN_REVIEW              EDITOR, APPROVER    (unchanged)
 * APPROVE              IN_REVIEW                     APPROVER            APPROVED (PUBLISHED for a correction)
 * SCHEDULE             APPROVED                      EDITOR, APPROVER    SCHEDULED
 * PUBLISH              APPROVED, SCHEDULED           EDITOR, APPROVER    PUBLISHED
 * CORRECT              PUBLISHED                     EDITOR              DRAFT (published revision stays live)
 * WITHDRAW             PUBLISHED, or any correction  APPROVER            WITHDRAWN
 * REDACT               any                           ADMIN               (unchanged)
 * </pre>
 */
public final class Transitions {
  private static final Map<Action, Map<Status, Set<Role>>> TABLE = new EnumMap<>(Action.class);

  static {
    allow(Action.REVISE, EnumSet.of(DRAFT), EnumSet.of(EDITOR));
    allow(Action.SUBMIT, EnumSet.of(DRAFT), EnumSet.of(EDITOR));
    allow(Action.REVIEW, EnumSet.of(IN_REVIEW), EnumSet.of(REVIEWER));
    allow(Action.RETURN, EnumSet.of(IN_REVIEW), EnumSet.of(REVIEWER, APPROVER));
    allow(Action.RETURN, EnumSet.of(APPROVED, SCHEDULED), EnumSet.of(APPROVER));
    allow(Action.RECORD_AUDIT, EnumSet.of(DRAFT, IN_REVIEW), EnumSet.of(AUDITOR));
    allow(Action.RECORD_DELIBERATION, EnumSet.of(DRAFT, IN_REVIEW), EnumSet.of(EDITOR, APPROVER));
    allow(Action.APPROVE, EnumSet.of(IN_REVIEW), EnumSet.of(APPROVER));
    allow(Action.SCHEDULE, EnumSet.of(APPROVED), EnumSet.of(EDITOR, APPROVER));
    allow(Action.PUBLISH, EnumSet.of(APPROVED, SCHEDULED), EnumSet.of(EDITOR, APPROVER));
    allow(Action.CORRECT, EnumSet.of(PUBLISHED), EnumSet.of(EDITOR));
    allow(Action.WITHDRAW, EnumSet.of(PUBLISHED, DRAFT, IN_REVIEW, APPROVED), EnumSet.of(APPROVER));
    allow(Action.REDACT, EnumSet.allOf(Status.class), EnumSet.of(ADMIN));
  }

  private Transitions() {}

  private static void allow(Action action, Set<Status> from, Set<Role> roles) {
    Map<Status, Set<Role>> byStatus = TABLE.computeIfAbsent(action, a -> new EnumMap<>(Status.class));
    for (Status s : from) {
      byStatus.put(s, Set.copyOf(roles));
    }
  }

  /**
   * Why {@code action} may not start from {@code status} for an item that is ({@code
   * hasPublished}) or is not already public, or empty when the status allows it.
   */
  public static Optional<String> statusRefusal(Action action, Status status, boolean hasPublished) {
    Set<Role> roles = TABLE.get(action).get(status);
    if (roles == null) {
      return Optional.of(action + " is not possible in status " + status);
    }
    if (action == Action.WITHDRAW && status != PUBLISHED && !hasPublished) {
      return Optional.of("only a published item can be withdrawn");
    }
    return Optional.empty();
  }

  /** The roles that may take {@code action} from {@code status} (empty when none may). */
  public static Set<Role> rolesFor(Action action, Status status) {
    return TABLE.get(action).getOrDefault(status, Set.of());
  }

  /** Whether one of {@code held} lets its holder take {@code action} from {@code status}. */
  public static boolean permits(Action action, Status status, Set<Role> held) {
    for (Role r : rolesFor(action, status)) {
      if (held.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** The status {@code action} leads to from {@code status}. */
  public static Status target(Action action, Status status, boolean correction) {
    return switch (action) {
      case REVISE, REVIEW, RECORD_AUDIT, RECORD_DELIBERATION, REDACT -> status;
      case SUBMIT -> IN_REVIEW;
      case RETURN, CORRECT -> DRAFT;
      case APPROVE -> correction ? PUBLISHED : APPROVED;
      case SCHEDULE -> SCHEDULED;
      case PUBLISH -> PUBLISHED;
      case WITHDRAW -> WITHDRAWN;
    };
  }
}
