package org.opendisclosure.core.privacy;

import java.util.Objects;

/**
 * One detected value. {@code start} (inclusive) and {@code end} (exclusive) are UTF-16 offsets
 * into the scanned text. {@code excerpt} is the matched text <em>already masked</em> (for
 * example {@code 440524********0014}) and has the same length as the span, so a finding can be
 * stored, logged and shown without carrying the personal data it points at. For {@link
 * FindingType#SECRECY_MARKER} the excerpt is the marking itself. Immutable and thread-safe.
 */
public record Finding(FindingType type, Severity severity, int start, int end, String excerpt) {
  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(excerpt, "excerpt");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "start/end: need 0 <= start < end, got " + start + ".." + end);
    }
    if (excerpt.length() != end - start) {
      throw new IllegalArgumentException(
          "excerpt: must be as long as the span (" + (end - start) + ")");
    }
  }
}
