package org.opendisclosure.core.calendar;

import org.opendisclosure.core.ValidationException;

/**
 * A count of days, such as the working days between two dates. {@code provisional} is true when a
 * counted day lies in a year whose holiday notice is not loaded (see {@link CalendarDate}).
 * Immutable and thread-safe.
 */
public record DayTally(int days, boolean provisional) {
  public DayTally {
    if (days < 0) {
      throw ValidationException.of("days", "must not be negative");
    }
  }
}
