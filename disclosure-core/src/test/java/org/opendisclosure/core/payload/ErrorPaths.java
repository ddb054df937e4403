package org.opendisclosure.core.payload;

import java.util.List;
import org.opendisclosure.core.FieldError;

/** The paths a payload's validation reports, for assertions. */
final class ErrorPaths {
  private ErrorPaths() {}

  static List<String> of(Payload payload) {
    return payload.validate().stream().map(FieldError::field).toList();
  }

  /** The message reported at {@code path}; fails when there is none. */
  static String message(Payload payload, String path) {
    return payload.validate().stream()
        .filter(e -> e.field().equals(path))
        .map(FieldError::message)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error at " + path + ": " + payload.validate()));
  }
}
