package org.opendisclosure.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.model.Status;

/** Every (status, action, role) combination: allowed, or refused with a named reason. */
class TransitionsTest {

  /** The specification, written out independently of the implementation's table. */
  private static final Map<String, String> SPEC = new HashMap<>();

  static {
    spec("REVISE", "DRAFT", "EDITOR");
    spec("SUBMIT", "DRAFT", "EDITOR");
    spec("REVIEW", "IN_REVIEW", "REVIEWER");
    spec("RETURN", "IN_REVIEW", "REVIEWER APPROVER");
    spec("RETURN", "APPROVED", "APPROVER");
    spec("RETURN", "SCHEDULED", "APPROVER");
    spec("RECORD_AUDIT", "DRAFT", "AUDITOR");
    spec("RECORD_AUDIT", "IN_REVIEW", "AUDITOR");
    spec("RECORD_DELIBERATION", "DRAFT", "EDITOR APPROVER");
    spec("RECORD_DELIBERATION", "IN_REVIEW", "EDITOR APPROVER");
    spec("APPROVE", "IN_REVIEW", "APPROVER");
    spec("SCHEDULE", "APPROVED", "EDITOR APPROVER");
    spec("PUBLISH", "APPROVED", "EDITOR APPROVER");
    spec("PUBLISH", "SCHEDULED", "EDITOR APPROVER");
    spec("CORRECT", "PUBLISHED", "EDITOR");
    spec("WITHDRAW", "PUBLISHED", "APPROVER");
    for (Status s : Status.values()) {
      spec("REDACT", s.name(), "ADMIN");
    }
  }

  private static void spec(String action, String status, String roles) {
    SPEC.put(action + " " + status, roles);
  }

  @Test
  void everyStatusActionAndRoleIsAllowedOrRefusedWithAReason() {
    int combinations = 0;
    for (Status status : Status.values()) {
      for (Action action : Action.values()) {
        String allowedRoles = SPEC.get(action + " " + status);
        Optional<String> refusal = Transitions.statusRefusal(action, status, false);
        if (allowedRoles == null) {
          assertThat(refusal).as(action + " from " + status).isPresent();
          assertThat(refusal.get()).isNotBlank();
        } else {
          assertThat(refusal).as(action + " from " + status).isEmpty();
        }
        for (Role role : Role.values()) {
          combinations++;
          boolean expected = allowedRoles != null && Set.of(allowedRoles.split(" ")).contains(role.name());
          assertThat(refusal.isEmpty() && Transitions.permits(action, status, EnumSet.of(role)))
              .as("%s from %s by %s", action, status, role).isEqualTo(expected);
        }
        assertThat(Transitions.permits(action, status, EnumSet.noneOf(Role.class))).isFalse();
      }
    }
    assertThat(combinations).isEqualTo(Status.values().length * Action.values().length * Role.values().length);
  }

  @Test
  void aCorrectionInProgressCanBeWithdrawnButANeverPublishedItemCannot() {
    assertThat(Transitions.statusRefusal(Action.WITHDRAW, Status.DRAFT, true)).isEmpty();
    assertThat(Transitions.statusRefusal(Action.WITHDRAW, Status.IN_REVIEW, true)).isEmpty();
    assertThat(Transitions.statusRefusal(Action.WITHDRAW, Status.DRAFT, false))
        .hasValue("only a published item can be withdrawn");
    assertThat(Transitions.statusRefusal(Action.WITHDRAW, Status.WITHDRAWN, true)).isPresent();
  }

  @Test
  void targetsFollowTheStateMachine() {
    assertThat(Transitions.target(Action.SUBMIT, Status.DRAFT, false)).isEqualTo(Status.IN_REVIEW);
    assertThat(Transitions.target(Action.RETURN, Status.IN_REVIEW, false)).isEqualTo(Status.DRAFT);
    assertThat(Transitions.target(Action.APPROVE, Status.IN_REVIEW, false)).isEqualTo(Status.APPROVED);
    assertThat(Transitions.target(Action.APPROVE, Status.IN_REVIEW, true)).isEqualTo(Status.PUBLISHED);
    assertThat(Transitions.target(Action.SCHEDULE, Status.APPROVED, false)).isEqualTo(Status.SCHEDULED);
    assertThat(Transitions.target(Action.PUBLISH, Status.SCHEDULED, false)).isEqualTo(Status.PUBLISHED);
    assertThat(Transitions.target(Action.CORRECT, Status.PUBLISHED, false)).isEqualTo(Status.DRAFT);
    assertThat(Transitions.target(Action.WITHDRAW, Status.PUBLISHED, false)).isEqualTo(Status.WITHDRAWN);
  }
}
