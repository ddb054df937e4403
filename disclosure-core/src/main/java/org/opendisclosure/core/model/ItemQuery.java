package org.opendisclosure.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

/**
 * A listing of items, newest first. Filters: organ (optionally with its descendants), category
 * (optionally with its subcategories), status, publication year (in Asia/Shanghai), publicity
 * window open on a given day, and whether only items the public can see are listed; then the cursor
 * returned by the previous page and a page size (1–{@value #MAX_LIMIT}). Immutable; the {@code
 * with…} methods return changed copies.
 */
public record ItemQuery(
    String organCode,
    boolean withDescendantOrgans,
    String categoryCode,
    boolean withSubcategories,
    Status status,
    Integer year,
    LocalDate windowOpenOn,
    boolean publicOnly,
    String cursor,
    int limit) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 200;

  public ItemQuery {
    List<FieldError> errors = new ArrayList<>();
    if (limit < 1 || limit > MAX_LIMIT) {
      errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
    }
    if (year != null && (year < 1949 || year > 9999)) {
      errors.add(new FieldError("year", "must be between 1949 and 9999"));
    }
    if (cursor != null) {
      try {
        ItemId.parse(cursor);
      } catch (ValidationException e) {
        errors.add(new FieldError("cursor", "is not a cursor this service issued"));
      }
    }
    ValidationException.throwIfAny(errors);
  }

  public static ItemQuery all() {
    return new ItemQuery(null, false, null, false, null, null, null, false, null, DEFAULT_LIMIT);
  }

  public ItemQuery organ(String code) {
    return new ItemQuery(code, false, categoryCode, withSubcategories, status, year, windowOpenOn, publicOnly, cursor,
        limit);
  }

  /** The organ and every organ below it. */
  public ItemQuery organTree(String code) {
    return new ItemQuery(code, true, categoryCode, withSubcategories, status, year, windowOpenOn, publicOnly, cursor,
        limit);
  }

  public ItemQuery category(String code) {
    return new ItemQuery(organCode, withDescendantOrgans, code, false, status, year, windowOpenOn, publicOnly, cursor,
        limit);
  }

  /** The category and its subcategories. */
  public ItemQuery categoryTree(String code) {
    return new ItemQuery(organCode, withDescendantOrgans, code, true, status, year, windowOpenOn, publicOnly, cursor,
        limit);
  }

  public ItemQuery status(Status s) {
    return new ItemQuery(organCode, withDescendantOrgans, categoryCode, withSubcategories, s, year, windowOpenOn,
        publicOnly, cursor, limit);
  }

  /** Items first published in {@code y}. */
  public ItemQuery year(Integer y) {
    return new ItemQuery(organCode, withDescendantOrgans, categoryCode, withSubcategories, status, y, windowOpenOn,
        publicOnly, cursor, limit);
  }

  /** Publicity notices whose window is open (公示中) on {@code day}. */
  public ItemQuery windowOpenOn(LocalDate day) {
    return new ItemQuery(organCode, withDescendantOrgans, categoryCode, withSubcategories, status, year, day,
        publicOnly, cursor, limit);
  }

  /** Only items the public can see (published, not withdrawn). */
  public ItemQuery onlyPublic() {
    return new ItemQuery(organCode, withDescendantOrgans, categoryCode, withSubcategories, status, year, windowOpenOn,
        true, cursor, limit);
  }

  public ItemQuery after(String nextCursor) {
    return new ItemQuery(organCode, withDescendantOrgans, categoryCode, withSubcategories, status, year, windowOpenOn,
        publicOnly, nextCursor, limit);
  }

  public ItemQuery limit(int n) {
    return new ItemQuery(organCode, withDescendantOrgans, categoryCode, withSubcategories, status, year, windowOpenOn,
        publicOnly, cursor, n);
  }
}
