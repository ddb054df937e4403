package org.opendisclosure.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.opendisclosure.core.DisclosureException;
import org.opendisclosure.core.ValidationException;

/**
 * The Chinese working-day calendar (工作日历) and the arithmetic of statutory periods (期间).
 *
 * <h2>Working days</h2>
 *
 * A working day (工作日) is Monday–Friday, minus the days off (放假) of the State Council's
 * holiday notice, plus the weekend days it makes workdays (调休补班). {@link #chinaDefault()} knows
 * 2024, 2025 and 2026; later years are loaded at run time with {@link #loadJson(InputStream)} or
 * {@link #loadYear(HolidayYear)}, no release needed.
 *
 * <h2>Unknown years: provisional, never a silent guess</h2>
 *
 * A year whose notice is not loaded is unknown. A computation that looks at a day of an unknown
 * year treats it as a plain Monday–Friday day and marks the result {@code provisional} ({@link
 * DayStatus}, {@link CalendarDate}, {@link DayTally}). Once the year is loaded the same
 * computation gives a final result, which may differ.
 *
 * <h2>Counting (民法典 arts. 201, 203)</h2>
 *
 * We apply art. 201 uniformly, to deadlines and to publicity windows (公示期) alike: the day the
 * period starts (the day information is formed, approved, or a notice goes up) is not counted.
 *
 * <ul>
 *   <li>"N个工作日": {@link #plusWorkingDays} gives the N-th working day after the start. A
 *       5-working-day window starting on a Thursday ends on the following Thursday if no holiday
 *       intervenes.
 *   <li>"N日/天": {@link #plusCalendarDays} gives the start plus N days; if that last day is not a
 *       working day (a day off, or a weekend that is not a make-up workday), the period ends on the
 *       first working day after it (art. 203: 法定休假日, which includes the weekly rest days).
 *   <li>{@link #end} dispatches on {@link StatutoryPeriod#count()}.
 * </ul>
 *
 * <p>Dates are local dates (statutory dates are Asia/Shanghai dates); the calendar never reads a
 * clock. Amounts run from 0 to {@value #MAX_DAYS}, matching {@link StatutoryPeriod}; dates lie in
 * the years 1900–9999. Anything else, and {@code null}, is refused with a {@link ValidationException}
 * naming the argument.
 *
 * <h2>The holiday file</h2>
 *
 * An administrator writes it by hand from the notice, in UTF-8 JSON:
 *
 * <pre>{@code
 * {
 *   "years": [
 *     {
 *       "year": 2025,
 *       "source": "国务院办公厅关于2025年部分节假日安排的通知",
 *       "daysOff": ["2025-01-01", "2025-01-28/2025-02-04", "2025-10-01/2025-10-08"],
 *       "makeUpWorkdays": ["2025-01-26", "2025-02-08", "2025-09-28", "2025-10-11"]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code years}: one or more entries, each year at most once.
 *   <li>{@code year}: the calendar year (1900–9999).
 *   <li>{@code source}: required free text naming the notice (title, 文号, date).
 *   <li>{@code daysOff}: at least one entry; each is a date {@code yyyy-MM-dd} or a run {@code
 *       yyyy-MM-dd/yyyy-MM-dd} with both ends included (the notice's "10月1日至8日"), at most 31
 *       days. Weekends inside a run may be included.
 *   <li>{@code makeUpWorkdays}: the weekend days worked (the notice's "9月28日（周日）上班"); write
 *       {@code []} if there are none.
 * </ul>
 *
 * <p>Every date must lie in its entry's year: when a notice arranges days of the year before (元旦
 * off from 12-30), those days go into the earlier year's entry, which is reloaded. No date may be
 * listed twice or be both a day off and a make-up workday; a make-up workday must
 * be a Saturday or Sunday. Unknown fields are refused. Errors name the field, e.g. {@code
 * years[0].makeUpWorkdays[2]}, and a file with any error loads nothing. Loading a year that is
 * already known replaces it.
 *
 * <h2>Thread safety</h2>
 *
 * Thread-safe. The loaded years are an immutable snapshot held in an {@link AtomicReference}; a
 * load builds a new snapshot and swaps it in, so loads may run while other threads compute. Each
 * computation reads one snapshot, so it sees a file's years either all before or all after a
 * load.
 */
public final class WorkingDayCalendar {
  /** The largest amount of days accepted, the same bound as {@link StatutoryPeriod}. */
  public static final int MAX_DAYS = 3660;

  /** Widest span {@link #workingDaysBetween} accepts: room for MAX_DAYS working days and more. */
  static final int MAX_SPAN_DAYS = 2 * MAX_DAYS;

  /** Calendar days one computation may walk before the data is judged broken. */
  private static final int MAX_WALK_DAYS = 3 * MAX_DAYS;

  private static final LocalDate FIRST_DATE = LocalDate.of(HolidayYearRules.MIN_YEAR, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(HolidayYearRules.MAX_YEAR, 12, 31);

  private final AtomicReference<Snapshot> snapshot;

  private WorkingDayCalendar(Snapshot initial) {
    this.snapshot = new AtomicReference<>(initial);
  }

  /** A calendar with no year loaded: every answer is provisional until years are loaded. */
  public static WorkingDayCalendar empty() {
    return new WorkingDayCalendar(Snapshot.EMPTY);
  }

  /**
   * A new calendar with the bundled years 2024, 2025 and 2026. Each call returns its own
   * calendar: loading into one does not change another.
   */
  public static WorkingDayCalendar chinaDefault() {
    return new WorkingDayCalendar(Snapshot.EMPTY.with(Bundled.YEARS));
  }

  /**
   * Loads every year of a holiday file (format in the class comment), replacing years already
   * known. All or nothing. Does not close {@code json}.
   *
   * @return the years loaded, in file order
   * @throws ValidationException naming each bad field; nothing is loaded
   * @throws DisclosureException if the stream cannot be read
   */
  public List<HolidayYear> loadJson(InputStream json) {
    if (json == null) {
      throw ValidationException.of("json", "is required");
    }
    List<HolidayYear> years = HolidayJson.read(json);
    snapshot.updateAndGet(s -> s.with(years));
    return years;
  }

  /** Loads one year, replacing it if already known. */
  public void loadYear(HolidayYear year) {
    if (year == null) {
      throw ValidationException.of("year", "is required");
    }
    snapshot.updateAndGet(s -> s.with(List.of(year)));
  }

  /** True if the holiday notice for {@code year} is loaded. */
  public boolean isKnownYear(int year) {
    return snapshot.get().years().containsKey(year);
  }

  /** The loaded years, ascending. */
  public SortedSet<Integer> knownYears() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(snapshot.get().years().keySet()));
  }

  /** The loaded data for {@code year}, with its source, if known. */
  public Optional<HolidayYear> holidayYear(int year) {
    return Optional.ofNullable(snapshot.get().years().get(year));
  }

  /**
   * What {@code date} is; {@link DayStatus#working()} answers the question. Provisional when the
   * date's year is unknown.
   */
  public DayStatus isWorkingDay(LocalDate date) {
    requireDate("date", date);
    return snapshot.get().status(date);
  }

  /**
   * The {@code n}-th working day after {@code start} ("N个工作日"); {@code start} itself is not
   * counted, and {@code n = 0} gives {@code start}. Provisional if a day walked over lies in an
   * unknown year.
   */
  public CalendarDate plusWorkingDays(LocalDate start, int n) {
    requireDate("start", start);
    requireAmount("n", n);
    Snapshot s = snapshot.get();
    LocalDate day = start;
    boolean provisional = false;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      checkWalk(start, day);
      DayStatus status = s.status(day);
      provisional |= status.provisional();
      if (status.working()) {
        counted++;
      }
    }
    return new CalendarDate(day, provisional);
  }

  /**
   * The number of working days after {@code fromExclusive} up to and including {@code
   * toInclusive}: the inverse of {@link #plusWorkingDays}. Provisional if a day counted lies in an
   * unknown year.
   */
  public DayTally workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    requireDate("fromExclusive", fromExclusive);
    requireDate("toInclusive", toInclusive);
    if (toInclusive.isBefore(fromExclusive)) {
      throw ValidationException.of("toInclusive", "must not be before fromExclusive");
    }
    if (ChronoUnit.DAYS.between(fromExclusive, toInclusive) > MAX_SPAN_DAYS) {
      throw ValidationException.of(
          "toInclusive", "must be at most " + MAX_SPAN_DAYS + " days after fromExclusive");
    }
    Snapshot s = snapshot.get();
    int days = 0;
    boolean provisional = false;
    for (LocalDate day = fromExclusive.plusDays(1);
        !day.isAfter(toInclusive);
        day = day.plusDays(1)) {
      DayStatus status = s.status(day);
      provisional |= status.provisional();
      if (status.working()) {
        days++;
      }
    }
    return new DayTally(days, provisional);
  }

  /**
   * The end of a period of {@code n} calendar days ("N日/天") from {@code start}: {@code start}
   * is not counted, and if the last day is not a working day the period ends on the first working
   * day after it. Provisional if the last day, or a day it moved over, lies in an unknown year.
   */
  public CalendarDate plusCalendarDays(LocalDate start, int n) {
    requireDate("start", start);
    requireAmount("n", n);
    Snapshot s = snapshot.get();
    LocalDate day = start.plusDays(n);
    DayStatus status = s.status(day);
    boolean provisional = status.provisional();
    while (!status.working()) {
      day = day.plusDays(1);
      checkWalk(start, day);
      status = s.status(day);
      provisional |= status.provisional();
    }
    return new CalendarDate(day, provisional);
  }

  /** The end of {@code period} started on {@code start}, counted as its {@link DayCount} says. */
  public CalendarDate end(LocalDate start, StatutoryPeriod period) {
    if (period == null) {
      throw ValidationException.of("period", "is required");
    }
    return switch (period.count()) {
      case WORKING_DAYS -> plusWorkingDays(start, period.amount());
      case CALENDAR_DAYS -> plusCalendarDays(start, period.amount());
    };
  }

  private static void requireDate(String field, LocalDate date) {
    if (date == null) {
      throw ValidationException.of(field, "is required");
    }
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      throw ValidationException.of(field, "must be between " + FIRST_DATE + " and " + LAST_DATE);
    }
  }

  private static void requireAmount(String field, int n) {
    if (n < 0 || n > MAX_DAYS) {
      throw ValidationException.of(field, "must be between 0 and " + MAX_DAYS);
    }
  }

  private static void checkWalk(LocalDate start, LocalDate day) {
    if (ChronoUnit.DAYS.between(start, day) > MAX_WALK_DAYS) {
      throw new DisclosureException(
          "no end found within " + MAX_WALK_DAYS + " days after " + start
              + "; check the loaded holiday data for years without working days");
    }
  }

  /** An immutable view of the loaded years; replaced whole on every load. */
  private record Snapshot(
      SortedMap<Integer, HolidayYear> years, Set<LocalDate> daysOff, Set<LocalDate> makeUps) {
    static final Snapshot EMPTY =
        new Snapshot(Collections.unmodifiableSortedMap(new TreeMap<>()), Set.of(), Set.of());

    Snapshot with(List<HolidayYear> loaded) {
      TreeMap<Integer, HolidayYear> next = new TreeMap<>(years);
      loaded.forEach(y -> next.put(y.year(), y));
      Set<LocalDate> off = new HashSet<>();
      Set<LocalDate> up = new HashSet<>();
      next.values().forEach(y -> {
        off.addAll(y.daysOff());
        up.addAll(y.makeUpWorkdays());
      });
      return new Snapshot(Collections.unmodifiableSortedMap(next), Set.copyOf(off), Set.copyOf(up));
    }

    DayStatus status(LocalDate date) {
      boolean weekend = HolidayYearRules.isWeekend(date);
      if (!years.containsKey(date.getYear())) {
        return new DayStatus(date, weekend ? DayStatus.Kind.WEEKEND : DayStatus.Kind.WORKDAY, true);
      }
      DayStatus.Kind kind;
      if (daysOff.contains(date)) {
        kind = DayStatus.Kind.HOLIDAY;
      } else if (makeUps.contains(date)) {
        kind = DayStatus.Kind.MAKE_UP_WORKDAY;
      } else {
        kind = weekend ? DayStatus.Kind.WEEKEND : DayStatus.Kind.WORKDAY;
      }
      return new DayStatus(date, kind, false);
    }
  }

  /** The bundled years, read once on first use (holder idiom: no lock, no race). */
  private static final class Bundled {
    static final String RESOURCE = "china-holidays.json";
    static final List<HolidayYear> YEARS = read();

    private static List<HolidayYear> read() {
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new DisclosureException("bundled holiday data " + RESOURCE + " is missing");
        }
        return HolidayJson.read(in);
      } catch (IOException e) {
        throw new DisclosureException("could not read bundled holiday data " + RESOURCE, e);
      }
    }
  }
}
