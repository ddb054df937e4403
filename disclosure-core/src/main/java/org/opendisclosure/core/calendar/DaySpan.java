package org.opendisclosure.core.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * One entry of a {@code daysOff} list: a single date or a run of dates, both ends included. The
 * JSON reader accepts {@code "2025-10-01"} or {@code "2025-10-01/2025-10-08"} (ISO 8601 interval
 * notation, here with the end included, as the State Council notices write "10月1日至8日").
 */
record DaySpan(LocalDate first, LocalDate last) {
  DaySpan {
    if (first == null || last == null) {
      throw new IllegalArgumentException("a range needs a first and a last date");
    }
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "the range " + first + "/" + last + " ends before it starts");
    }
  }

  /** Parses {@code yyyy-MM-dd} or {@code yyyy-MM-dd/yyyy-MM-dd}; used by Jackson. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static DaySpan parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("is required");
    }
    String[] parts = text.split("/", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException(unreadable(text));
    }
    try {
      LocalDate first = LocalDate.parse(parts[0].strip());
      LocalDate last = parts.length == 1 ? first : LocalDate.parse(parts[1].strip());
      return new DaySpan(first, last);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(unreadable(text), e);
    }
  }

  /** Wraps each date as a one-day span, keeping {@code null}s so the rules can report them. */
  static List<DaySpan> each(List<LocalDate> dates) {
    if (dates == null) {
      return null;
    }
    return dates.stream().map(d -> d == null ? null : new DaySpan(d, d)).toList();
  }

  long length() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  Stream<LocalDate> dates() {
    return first.datesUntil(last.plusDays(1));
  }

  private static String unreadable(String text) {
    return "\"" + text + "\" is not a date like 2025-10-01 or a range like 2025-10-01/2025-10-08";
  }
}
