package org.opendisclosure.core.calendar;

import org.opendisclosure.core.ValidationException;

/**
 * A period such as "20个工作日" or "30日", as the statutes in DOMAIN.md state them; {@link
 * WorkingDayCalendar#end} computes where it ends. Immutable and thread-safe.
 */
public record StatutoryPeriod(int amount, DayCount count) {
  public StatutoryPeriod {
    if (amount < 0 || amount > 3660) {
      throw ValidationException.of("amount", "must be between 0 and 3660");
    }
    if (count == null) {
      throw ValidationException.of("count", "is required");
    }
  }

  public static StatutoryPeriod workingDays(int amount) {
    return new StatutoryPeriod(amount, DayCount.WORKING_DAYS);
  }

  public static StatutoryPeriod days(int amount) {
    return new StatutoryPeriod(amount, DayCount.CALENDAR_DAYS);
  }

  @Override
  public String toString() {
    return amount + (count == DayCount.WORKING_DAYS ? "个工作日" : "日");
  }
}
