package org.opendisclosure.core.model;

import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

/**
 * A listing of items, newest first: optional organ, category and status filters, whether only
 * items the public can see are listed, the cursor returned by the previous page and a page size
 * (1–{@value #MAX_LIMIT}). Immutable.
 */
public record ItemQuery(
    String organCode, String categoryCode, Status status, boolean publicOnly, String cursor, int limit) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 200;

  public ItemQuery {
    List<FieldError> errors = new ArrayList<>();
    if (limit < 1 || limit > MAX_LIMIT) {
      errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
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
    return new ItemQuery(null, null, null, false, null, DEFAULT_LIMIT);
  }

  public ItemQuery organ(String code) {
    return new ItemQuery(code, categoryCode, status, publicOnly, cursor, limit);
  }

  public ItemQuery category(String code) {
    return new ItemQuery(organCode, code, status, publicOnly, cursor, limit);
  }

  public ItemQuery status(Status s) {
    return new ItemQuery(organCode, categoryCode, s, publicOnly, cursor, limit);
  }

  public ItemQuery after(String nextCursor) {
    return new ItemQuery(organCode, categoryCode, status, publicOnly, nextCursor, limit);
  }

  public ItemQuery limit(int n) {
    return new ItemQuery(organCode, categoryCode, status, publicOnly, cursor, n);
  }

  /** Only items the public can see (published, not withdrawn). */
  public ItemQuery onlyPublic() {
    return new ItemQuery(organCode, categoryCode, status, true, cursor, limit);
  }
}
