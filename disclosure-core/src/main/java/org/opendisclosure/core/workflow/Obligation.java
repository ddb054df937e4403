package org.opendisclosure.core.workflow;

import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.calendar.StatutoryPeriod;
import org.opendisclosure.core.catalogue.Cadence;

/**
 * A periodic duty: {@code organCode} publishes an item of {@code categoryCode} every period of
 * {@code cadence}, at the latest {@code grace} after the period starts (e.g. 低保 payments monthly,
 * within 10 working days). Immutable.
 */
public record Obligation(String organCode, String categoryCode, Cadence cadence, StatutoryPeriod grace) {
  public Obligation {
    if (organCode == null || organCode.isBlank()) {
      throw ValidationException.of("organCode", "is required");
    }
    if (categoryCode == null || categoryCode.isBlank()) {
      throw ValidationException.of("categoryCode", "is required");
    }
    if (cadence == null || cadence == Cadence.NONE) {
      throw ValidationException.of("cadence", "must be MONTHLY, QUARTERLY or YEARLY");
    }
    if (grace == null) {
      throw ValidationException.of("grace", "is required");
    }
  }
}
