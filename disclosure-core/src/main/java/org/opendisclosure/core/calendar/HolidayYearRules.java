package org.opendisclosure.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendisclosure.core.FieldError;

/**
 * The checks on one year of holiday data, shared by {@link HolidayYear} (field names such as
 * {@code makeUpWorkdays[2]}) and the JSON reader (field names such as {@code
 * years[0].makeUpWorkdays[2]}, where a {@code daysOff} entry may be a range).
 */
final class HolidayYearRules {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 9999;
  /** Longest run one {@code daysOff} entry may cover: catches a mistyped month. */
  static final int MAX_RUN_DAYS = 31;
  static final int MAX_SOURCE_LENGTH = 500;

  private HolidayYearRules() {}

  static List<FieldError> check(
      String prefix,
      Integer year,
      List<DaySpan> daysOff,
      List<LocalDate> makeUpWorkdays,
      String source) {
    List<FieldError> errors = new ArrayList<>();
    Integer knownYear = null;
    if (year == null) {
      errors.add(new FieldError(prefix + "year", "is required"));
    } else if (year < MIN_YEAR || year > MAX_YEAR) {
      errors.add(
          new FieldError(prefix + "year", "must be between " + MIN_YEAR + " and " + MAX_YEAR));
    } else {
      knownYear = year;
    }
    if (source == null || source.isBlank()) {
      errors.add(
          new FieldError(
              prefix + "source",
              "is required: name the notice, e.g. 国务院办公厅关于2025年部分节假日安排的通知"));
    } else if (source.length() > MAX_SOURCE_LENGTH) {
      errors.add(
          new FieldError(
              prefix + "source", "must be at most " + MAX_SOURCE_LENGTH + " characters"));
    }
    Map<LocalDate, Integer> offAt = checkDaysOff(prefix, knownYear, daysOff, errors);
    checkMakeUpWorkdays(prefix, knownYear, makeUpWorkdays, offAt, errors);
    return errors;
  }

  private static Map<LocalDate, Integer> checkDaysOff(
      String prefix, Integer year, List<DaySpan> daysOff, List<FieldError> errors) {
    Map<LocalDate, Integer> offAt = new HashMap<>();
    if (daysOff == null || daysOff.isEmpty()) {
      errors.add(new FieldError(prefix + "daysOff", "must list at least one day off"));
      return offAt;
    }
    for (int i = 0; i < daysOff.size(); i++) {
      String field = prefix + "daysOff[" + i + "]";
      DaySpan span = daysOff.get(i);
      if (span == null) {
        errors.add(new FieldError(field, "is required"));
      } else if (span.length() > MAX_RUN_DAYS) {
        errors.add(
            new FieldError(
                field,
                "covers " + span.length() + " days; one entry may cover at most " + MAX_RUN_DAYS));
      } else if (year != null && span.first().getYear() != year) {
        errors.add(new FieldError(field, notInYear(span.first(), year)));
      } else if (year != null && span.last().getYear() != year) {
        errors.add(new FieldError(field, notInYear(span.last(), year)));
      } else {
        for (Iterator<LocalDate> it = span.dates().iterator(); it.hasNext(); ) {
          LocalDate date = it.next();
          Integer earlier = offAt.putIfAbsent(date, i);
          if (earlier != null) {
            errors.add(
                new FieldError(field, date + " is already listed at daysOff[" + earlier + "]"));
            break;
          }
        }
      }
    }
    return offAt;
  }

  private static void checkMakeUpWorkdays(
      String prefix,
      Integer year,
      List<LocalDate> makeUpWorkdays,
      Map<LocalDate, Integer> offAt,
      List<FieldError> errors) {
    if (makeUpWorkdays == null) {
      errors.add(
          new FieldError(prefix + "makeUpWorkdays", "is required; write [] if there are none"));
      return;
    }
    Map<LocalDate, Integer> seen = new HashMap<>();
    for (int i = 0; i < makeUpWorkdays.size(); i++) {
      String field = prefix + "makeUpWorkdays[" + i + "]";
      LocalDate date = makeUpWorkdays.get(i);
      if (date == null) {
        errors.add(new FieldError(field, "is required"));
      } else if (year != null && date.getYear() != year) {
        errors.add(new FieldError(field, notInYear(date, year)));
      } else if (!isWeekend(date)) {
        errors.add(
            new FieldError(
                field,
                date
                    + " is a "
                    + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + "; a make-up workday (调休补班) is a Saturday or Sunday"));
      } else if (offAt.containsKey(date)) {
        errors.add(
            new FieldError(
                field, date + " is also listed as a day off at daysOff[" + offAt.get(date) + "]"));
      } else if (seen.putIfAbsent(date, i) != null) {
        errors.add(
            new FieldError(
                field, date + " is already listed at makeUpWorkdays[" + seen.get(date) + "]"));
      }
    }
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static String notInYear(LocalDate date, int year) {
    return date + " is not in " + year + "; list it under the year it falls in";
  }
}
