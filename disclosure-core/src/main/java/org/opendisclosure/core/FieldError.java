package org.opendisclosure.core;

import java.util.Objects;

/**
 * One bad field: its path from the root of the input ({@code payload.lines[3].amount}) and a
 * message a person can act on.
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
