package org.opendisclosure.core.calendar;

import java.time.LocalDate;
import java.util.List;
import org.opendisclosure.core.ValidationException;

/**
 * One year of the State Council's holiday arrangements (国务院办公厅关于部分节假日安排的通知), as
 * loaded into a {@link WorkingDayCalendar}. Immutable and thread-safe.
 *
 * <p>The constructor refuses, with a {@link ValidationException} naming each bad field:
 *
 * <ul>
 *   <li>a {@code year} outside 1900–9999;
 *   <li>an empty {@code daysOff} list (a year without days off would pass for a plain
 *       Monday–Friday year, which is exactly the silent guess the calendar must not make);
 *   <li>a date outside {@code year}: a notice for one year sometimes arranges the last days of the
 *       year before (元旦 spanning 12-30…01-01); such dates go into the earlier year's entry, which
 *       is then reloaded;
 *   <li>a date listed twice, or both as a day off and as a make-up workday;
 *   <li>a make-up workday (调休补班) that is not a Saturday or Sunday.
 * </ul>
 *
 * <p>A day off may fall on any day of the week: a notice's "10月1日至8日放假" includes the weekend
 * inside the run, and listing it changes nothing (a weekend is not a working day anyway).
 *
 * @param year the calendar year, e.g. 2025
 * @param daysOff every day off (放假) the notice gives in {@code year}, including weekends inside a
 *     run
 * @param makeUpWorkdays the weekend days worked instead (调休上班); may be empty
 * @param source where the data came from, e.g. the notice's title and document number (文号)
 */
public record HolidayYear(
    int year, List<LocalDate> daysOff, List<LocalDate> makeUpWorkdays, String source) {
  public HolidayYear {
    ValidationException.throwIfAny(
        HolidayYearRules.check("", year, DaySpan.each(daysOff), makeUpWorkdays, source));
    daysOff = List.copyOf(daysOff);
    makeUpWorkdays = List.copyOf(makeUpWorkdays);
  }
}
