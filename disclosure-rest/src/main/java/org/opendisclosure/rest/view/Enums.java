package org.opendisclosure.rest.view;

import java.util.List;
import java.util.Locale;
import org.opendisclosure.core.ValidationException;

/** Enum values from request text, with a 400 that lists the allowed values. */
public final class Enums {
  private Enums() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw ValidationException.of(field, "is required");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(field, "must be one of " + List.of(type.getEnumConstants()) + ", was " + value);
    }
  }
}
