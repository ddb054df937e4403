package org.opendisclosure.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

class WorkingDayCalendarTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaDefault();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void twentyWorkingDaysAfterNationalDay2025SkipTheHolidayAndCountMakeUpDays() {
    // Start Fri 2025-09-26 (not counted). 09-27 Sat no; 09-28 Sun make-up = 1; 09-29 Mon = 2;
    // 09-30 Tue = 3; 10-01…10-08 off; 10-09 Thu = 4; 10-10 Fri = 5; 10-11 Sat make-up = 6;
    // 10-13…10-17 = 7…11; 10-20…10-24 = 12…16; 10-27 = 17, 10-28 = 18, 10-29 = 19,
    // 10-30 Thu = 20.
    CalendarDate end = calendar.plusWorkingDays(date("2025-09-26"), 20);

    assertThat(end).isEqualTo(new CalendarDate(date("2025-10-30"), false));
    assertThat(calendar.end(date("2025-09-26"), StatutoryPeriod.workingDays(20))).isEqualTo(end);
    assertThat(calendar.workingDaysBetween(date("2025-09-26"), date("2025-10-30")))
        .isEqualTo(new DayTally(20, false));
  }

  @Test
  void fiveWorkingDaysAcrossSpringFestival2026() {
    // Start Thu 2026-02-12. 02-13 Fri = 1; 02-14 Sat make-up = 2; 02-15…02-23 off;
    // 02-24 Tue = 3; 02-25 Wed = 4; 02-26 Thu = 5.
    assertThat(calendar.plusWorkingDays(date("2026-02-12"), 5))
        .isEqualTo(new CalendarDate(date("2026-02-26"), false));
  }

  @Test
  void fiveWorkingDayWindowStartingOnThursdayEndsOnTheNextThursday() {
    // Start Thu 2025-03-06, no holiday near: 03-07 Fri = 1; 03-10 Mon = 2; 03-11 = 3; 03-12 = 4;
    // 03-13 Thu = 5.
    assertThat(calendar.end(date("2025-03-06"), StatutoryPeriod.workingDays(5)))
        .isEqualTo(new CalendarDate(date("2025-03-13"), false));
  }

  @Test
  void thirtyDayWindowWhoseLastDayIsInNationalDayEndsOnTheFirstWorkingDayAfter() {
    // 2025-09-05 + 30 days = 2025-10-05 (25 days to 09-30, 5 more), inside 10-01…10-08 off;
    // the first working day after is Thu 2025-10-09.
    assertThat(calendar.isWorkingDay(date("2025-10-05")).kind()).isEqualTo(DayStatus.Kind.HOLIDAY);
    assertThat(calendar.end(date("2025-09-05"), StatutoryPeriod.days(30)))
        .isEqualTo(new CalendarDate(date("2025-10-09"), false));
  }

  @Test
  void sevenDaysFromTheEveOfNationalDay2024EndAfterTheHoliday() {
    // 2024-09-30 + 7 days = 2024-10-07, the last day of 10-01…10-07 off; next is Tue 2024-10-08.
    assertThat(calendar.plusCalendarDays(date("2024-09-30"), 7))
        .isEqualTo(new CalendarDate(date("2024-10-08"), false));
  }

  @Test
  void calendarDaysEndingOnAPlainWeekendEndOnMonday() {
    // Thu 2025-03-06 + 3 days = Sun 2025-03-09, a plain weekend; next working day Mon 03-10.
    assertThat(calendar.plusCalendarDays(date("2025-03-06"), 3))
        .isEqualTo(new CalendarDate(date("2025-03-10"), false));
  }

  @Test
  void calendarDaysEndingOnAMakeUpSaturdayEndThatSaturday() {
    // Sat 2025-10-04 + 7 days = Sat 2025-10-11, a make-up workday: the period ends there.
    assertThat(calendar.plusCalendarDays(date("2025-10-04"), 7))
        .isEqualTo(new CalendarDate(date("2025-10-11"), false));
  }

  @Test
  void makeUpWeekendDaysAreWorkingDays() {
    // 2025-10-11 Sat, 2025-09-28 Sun, 2024-05-11 Sat, 2026-01-04 Sun: all make-up workdays.
    for (String iso : List.of("2025-10-11", "2025-09-28", "2024-05-11", "2026-01-04")) {
      DayStatus status = calendar.isWorkingDay(date(iso));
      assertThat(status.kind()).as(iso).isEqualTo(DayStatus.Kind.MAKE_UP_WORKDAY);
      assertThat(status.working()).as(iso).isTrue();
      assertThat(status.provisional()).as(iso).isFalse();
      assertThat(date(iso).getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
  }

  @Test
  void holidayWeekdaysAreNotWorkingDays() {
    // 2025-10-08 Wed (National Day), 2026-01-02 Fri (元旦), 2024-06-10 Mon (端午).
    for (String iso : List.of("2025-10-08", "2026-01-02", "2024-06-10")) {
      DayStatus status = calendar.isWorkingDay(date(iso));
      assertThat(status).as(iso).isEqualTo(new DayStatus(date(iso), DayStatus.Kind.HOLIDAY, false));
      assertThat(status.working()).as(iso).isFalse();
    }
  }

  @Test
  void plainWeekendsAreNotWorkingDaysAndPlainWeekdaysAre() {
    // Sat 2025-10-18 and Sun 2026-03-08 are plain weekends; Fri 2025-10-17 is a plain workday.
    assertThat(calendar.isWorkingDay(date("2025-10-18")))
        .isEqualTo(new DayStatus(date("2025-10-18"), DayStatus.Kind.WEEKEND, false));
    assertThat(calendar.isWorkingDay(date("2026-03-08")).working()).isFalse();
    assertThat(calendar.isWorkingDay(date("2025-10-17")))
        .isEqualTo(new DayStatus(date("2025-10-17"), DayStatus.Kind.WORKDAY, false));
  }

  @Test
  void zeroWorkingDaysIsTheStartItself() {
    assertThat(calendar.plusWorkingDays(date("2025-10-04"), 0))
        .isEqualTo(new CalendarDate(date("2025-10-04"), false));
    assertThat(calendar.workingDaysBetween(date("2025-10-04"), date("2025-10-04")).days()).isZero();
  }

  @Test
  void workingDaysBetweenInvertsPlusWorkingDaysOnEveryDayOfTheKnownYears() {
    int[] amounts = {1, 2, 3, 5, 7, 10, 15, 20, 30};
    for (LocalDate start = date("2024-01-01");
        start.isBefore(date("2026-11-01"));
        start = start.plusDays(1)) {
      for (int n : amounts) {
        CalendarDate end = calendar.plusWorkingDays(start, n);
        String what = n + " working days after " + start;
        assertThat(end.provisional()).as(what).isFalse();
        assertThat(calendar.isWorkingDay(end.date()).working()).as(what).isTrue();
        assertThat(calendar.workingDaysBetween(start, end.date()).days()).as(what).isEqualTo(n);
        // minimal: the day before the end is one working day short
        assertThat(calendar.workingDaysBetween(start, end.date().minusDays(1)).days())
            .as(what)
            .isEqualTo(n - 1);
      }
    }
  }

  @Test
  void anEmptyCalendarCountsWeekdaysAndSaysItIsGuessing() {
    WorkingDayCalendar empty = WorkingDayCalendar.empty();
    // Thu 2025-09-25 + 5 working days on weekdays alone: 09-26, 09-29, 09-30, 10-01, 10-02.
    assertThat(empty.plusWorkingDays(date("2025-09-25"), 5))
        .isEqualTo(new CalendarDate(date("2025-10-02"), true));
    assertThat(empty.isKnownYear(2025)).isFalse();
    assertThat(empty.isWorkingDay(date("2025-10-01")))
        .isEqualTo(new DayStatus(date("2025-10-01"), DayStatus.Kind.WORKDAY, true));
  }

  @Test
  void badArgumentsNameTheArgument() {
    assertThat(fieldOf(() -> calendar.plusWorkingDays(null, 1))).isEqualTo("start");
    assertThat(fieldOf(() -> calendar.plusWorkingDays(date("2025-01-01"), -1))).isEqualTo("n");
    assertThat(fieldOf(() -> calendar.plusCalendarDays(date("2025-01-01"), -1))).isEqualTo("n");
    assertThat(fieldOf(() -> calendar.plusCalendarDays(date("2025-01-01"), 3661))).isEqualTo("n");
    assertThat(fieldOf(() -> calendar.isWorkingDay(null))).isEqualTo("date");
    assertThat(fieldOf(() -> calendar.isWorkingDay(LocalDate.MAX))).isEqualTo("date");
    assertThat(fieldOf(() -> calendar.end(date("2025-01-01"), null))).isEqualTo("period");
    assertThat(fieldOf(() -> calendar.workingDaysBetween(date("2025-01-02"), date("2025-01-01"))))
        .isEqualTo("toInclusive");
    assertThat(fieldOf(() -> calendar.workingDaysBetween(date("2025-01-01"), date("2060-01-01"))))
        .isEqualTo("toInclusive");
    assertThat(fieldOf(() -> calendar.workingDaysBetween(null, date("2025-01-01"))))
        .isEqualTo("fromExclusive");
  }

  @Test
  void theLargestAmountStillComputes() {
    // 3660 working days from 2025-01-01 reach well past 2026, so the answer is provisional.
    CalendarDate end = calendar.plusWorkingDays(date("2025-01-01"), WorkingDayCalendar.MAX_DAYS);
    assertThat(end.provisional()).isTrue();
    assertThat(calendar.workingDaysBetween(date("2025-01-01"), end.date()).days())
        .isEqualTo(WorkingDayCalendar.MAX_DAYS);
  }

  private static String fieldOf(Runnable call) {
    List<String> fields = new ArrayList<>();
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> e.errors().stream().map(FieldError::field).forEach(fields::add));
    assertThat(fields).hasSize(1);
    return fields.get(0);
  }
}
