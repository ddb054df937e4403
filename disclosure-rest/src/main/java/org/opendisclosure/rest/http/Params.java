package org.opendisclosure.rest.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.opendisclosure.core.ItemNotFoundException;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.ItemId;

/**
 * Query and path parameters parsed here rather than by Jersey, which answers a badly typed query
 * parameter with 404: a client should hear 400 naming the parameter.
 */
public final class Params {
  private Params() {}

  public static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw ValidationException.of(name, "must be a whole number, was " + value);
    }
  }

  public static int integer(String name, String value, int fallback) {
    Integer parsed = integer(name, value);
    return parsed == null ? fallback : parsed;
  }

  /** {@code true} or {@code false} (any case); blank or absent gives {@code fallback}. */
  public static boolean bool(String name, String value, boolean fallback) {
    String v = text(value);
    if (v == null) {
      return fallback;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw ValidationException.of(name, "must be true or false, was " + value);
  }

  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.of(name, "must be a date such as 2026-03-01, was " + value);
    }
  }

  public static Instant instant(String name, String value) {
    try {
      return value == null || value.isBlank() ? null : Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.of(name, "must be an instant such as 2026-03-01T08:00:00Z, was " + value);
    }
  }

  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** An item id for staff: a malformed one is a 400 naming {@code id}. */
  public static ItemId itemId(String value) {
    return ItemId.parse(value);
  }

  /**
   * An item id from the public: a malformed id is answered exactly like an unknown or unpublished
   * one (404), so nobody can tell them apart.
   */
  public static ItemId publicItemId(String value) {
    try {
      return ItemId.parse(value);
    } catch (ValidationException e) {
      throw notPublished(value);
    }
  }

  /** The one "not found" the public sees for any item it may not see. */
  public static ItemNotFoundException notPublished(Object id) {
    return new ItemNotFoundException("no published item " + id);
  }
}
