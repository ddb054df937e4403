package org.opendisclosure.core.calendar;

import java.time.LocalDate;
import org.opendisclosure.core.ValidationException;

/**
 * A computed date, such as the end of a deadline or of a publicity window (公示期).
 *
 * <p>{@code provisional} is true when the computation looked at a day in a year whose holiday
 * notice is not loaded: that day was assumed to follow the plain Monday–Friday week, and the
 * result may move once the year is loaded. Show it to people as provisional; never store it as
 * final. Immutable and thread-safe.
 */
public record CalendarDate(LocalDate date, boolean provisional) {
  public CalendarDate {
    if (date == null) {
      throw ValidationException.of("date", "is required");
    }
  }
}
