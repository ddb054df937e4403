package org.opendisclosure.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentLoadTest {
  private static final LocalDate START = LocalDate.parse("2026-12-25");

  @Test
  void loadingWhileOthersComputeNeverThrowsOrMixesSnapshots() throws Exception {
    WorkingDayCalendar calendar = WorkingDayCalendar.chinaDefault();
    HolidayYear bundled2025 = calendar.holidayYear(2025).orElseThrow();
    // Two invented versions of 2027 (test data, not the real notice).
    HolidayYear only0101 =
        new HolidayYear(2027, List.of(LocalDate.parse("2027-01-01")), List.of(), "test A");
    HolidayYear with0104 =
        new HolidayYear(
            2027,
            List.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-04")),
            List.of(),
            "test B");
    // 10 working days after Fri 2026-12-25: 12-28…12-31 = 1…4, then
    //   2027 unknown (weekdays only): 01-01, 01-04…01-08 → 2027-01-08, provisional;
    //   version A (01-01 off): 01-04…01-08 = 5…9, 01-11 = 10 → 2027-01-11;
    //   version B (01-01, 01-04 off): 01-05…01-08 = 5…8, 01-11, 01-12 → 2027-01-12.
    Set<CalendarDate> allowed =
        Set.of(
            new CalendarDate(LocalDate.parse("2027-01-08"), true),
            new CalendarDate(LocalDate.parse("2027-01-11"), false),
            new CalendarDate(LocalDate.parse("2027-01-12"), false));
    CalendarDate national2025 = new CalendarDate(LocalDate.parse("2025-10-30"), false);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Callable<Integer>> tasks = new ArrayList<>();
      tasks.add(
          () -> {
            go.await();
            for (int i = 0; i < 500; i++) {
              calendar.loadYear(i % 2 == 0 ? only0101 : with0104);
              calendar.loadYear(bundled2025);
              calendar.loadJson(HolidayFileTest.json(HolidayFileTest.YEAR_2027));
            }
            return 500;
          });
      for (int t = 0; t < 3; t++) {
        tasks.add(
            () -> {
              go.await();
              int checked = 0;
              for (int i = 0; i < 2000; i++) {
                assertThat(allowed).contains(calendar.plusWorkingDays(START, 10));
                assertThat(calendar.plusWorkingDays(LocalDate.parse("2025-09-26"), 20))
                    .isEqualTo(national2025);
                checked++;
              }
              return checked;
            });
      }
      List<Future<Integer>> futures = new ArrayList<>();
      for (Callable<Integer> task : tasks) {
        futures.add(pool.submit(task));
      }
      go.countDown();
      for (Future<Integer> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(calendar.isKnownYear(2027)).isTrue();
    assertThat(calendar.holidayYear(2025)).contains(bundled2025);
  }
}
