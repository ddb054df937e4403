package org.opendisclosure.core.model;

import org.opendisclosure.core.ValidationException;

/** A person or system that changes items: its stable id and display name. */
public record Actor(String id, String name) {
  public Actor {
    if (id == null || id.isBlank()) {
      throw ValidationException.of("actor.id", "is required");
    }
    if (id.length() > 100) {
      throw ValidationException.of("actor.id", "must be at most 100 characters");
    }
    if (name == null || name.isBlank()) {
      name = id;
    }
    if (name.length() > 200) {
      throw ValidationException.of("actor.name", "must be at most 200 characters");
    }
  }

  public static Actor of(String id, String name) {
    return new Actor(id, name);
  }
}
