package org.opendisclosure.core.workflow;

import org.opendisclosure.core.ValidationException;

/** A role held by an actor on an organ and everything below it. Immutable. */
public record Grant(String actorId, String organCode, Role role) {
  public Grant {
    if (actorId == null || actorId.isBlank()) {
      throw ValidationException.of("actorId", "is required");
    }
    if (organCode == null || organCode.isBlank()) {
      throw ValidationException.of("organCode", "is required");
    }
    if (role == null) {
      throw ValidationException.of("role", "is required");
    }
  }
}
