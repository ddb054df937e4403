package org.opendisclosure.core.calendar;

import java.time.LocalDate;
import org.opendisclosure.core.ValidationException;

/**
 * What one date is in the working-day calendar. {@code provisional} is true when the date's year
 * is not loaded: the kind then comes from the day of the week alone ({@link Kind#WORKDAY} or
 * {@link Kind#WEEKEND}) and may change once the year's notice is loaded. Immutable and
 * thread-safe.
 */
public record DayStatus(LocalDate date, Kind kind, boolean provisional) {

  /** The kinds of day. */
  public enum Kind {
    /** Monday to Friday, not a day off. */
    WORKDAY,
    /** A Saturday or Sunday worked in exchange for a day off (调休补班). */
    MAKE_UP_WORKDAY,
    /** A Saturday or Sunday that is not a make-up workday. */
    WEEKEND,
    /** A day off (放假) listed in the State Council notice, whatever its day of the week. */
    HOLIDAY
  }

  public DayStatus {
    if (date == null) {
      throw ValidationException.of("date", "is required");
    }
    if (kind == null) {
      throw ValidationException.of("kind", "is required");
    }
  }

  /** True for a working day (工作日): a plain workday or a make-up workday. */
  public boolean working() {
    return kind == Kind.WORKDAY || kind == Kind.MAKE_UP_WORKDAY;
  }
}
