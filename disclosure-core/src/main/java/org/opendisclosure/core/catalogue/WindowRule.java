package org.opendisclosure.core.catalogue;

import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.calendar.StatutoryPeriod;

/** A publicity window (公示期) of at least {@code period}, as {@code source} requires. Immutable. */
public record WindowRule(StatutoryPeriod period, String source) {
  public WindowRule {
    if (period == null) {
      throw ValidationException.of("window.period", "is required");
    }
  }
}
