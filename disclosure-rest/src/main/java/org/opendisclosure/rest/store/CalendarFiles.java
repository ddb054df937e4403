package org.opendisclosure.rest.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.calendar.HolidayYear;
import org.opendisclosure.core.calendar.WorkingDayCalendar;

/**
 * Loads a holiday file (a State Council notice as JSON, the core's format) into the live calendar
 * and keeps it in the database, so that every later start, and every node, loads it too.
 */
public final class CalendarFiles {
  private static final int MAX_BYTES = 1_000_000;

  private CalendarFiles() {}

  /** Checks the whole file first: a bad one changes nothing. Returns the years loaded. */
  public static List<Integer> load(RestStore store, WorkingDayCalendar calendar, Clock clock, String sourceName,
      byte[] json) {
    if (json == null || json.length == 0) {
      throw ValidationException.of("body", "is required: a holiday file as JSON");
    }
    if (json.length > MAX_BYTES) {
      throw ValidationException.of("body", "must be at most " + MAX_BYTES + " bytes");
    }
    List<HolidayYear> years = WorkingDayCalendar.empty().loadJson(new ByteArrayInputStream(json));
    store.insertCalendarFile(sourceName, new String(json, StandardCharsets.UTF_8), clock.instant());
    calendar.loadJson(new ByteArrayInputStream(json));
    return years.stream().map(HolidayYear::year).toList();
  }
}
