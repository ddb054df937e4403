package org.opendisclosure.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendisclosure.core.DisclosureException;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

class HolidayFileTest {
  /** Invented for the tests, not the real 2027 notice: only 2027-01-01 (a Friday) off. */
  static final String YEAR_2027 =
      """
      {"years": [{"year": 2027, "source": "test data, not a real notice",
                  "daysOff": ["2027-01-01"], "makeUpWorkdays": []}]}
      """;

  private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaDefault();

  static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theBundledCalendarKnows2024To2026AsDomainListsThem() {
    assertThat(calendar.knownYears()).containsExactly(2024, 2025, 2026);
    // 2024 off: 1 + 8 (02-10…17) + 3 + 5 + 1 (06-10) + 3 + 7 = 28; make-up: 8 listed.
    // 2025 off: 1 + 8 (01-28…02-04) + 3 + 5 + 3 (05-31…06-02) + 8 (10-01…08) = 28; make-up: 5.
    // 2026 off: 3 + 9 (02-15…23) + 3 + 5 + 3 + 3 + 7 = 33; make-up: 6.
    assertThat(calendar.holidayYear(2024).orElseThrow().daysOff()).hasSize(28);
    assertThat(calendar.holidayYear(2024).orElseThrow().makeUpWorkdays()).hasSize(8);
    assertThat(calendar.holidayYear(2025).orElseThrow().daysOff()).hasSize(28);
    assertThat(calendar.holidayYear(2025).orElseThrow().makeUpWorkdays())
        .containsExactly(
            date("2025-01-26"), date("2025-02-08"), date("2025-04-27"), date("2025-09-28"),
            date("2025-10-11"));
    assertThat(calendar.holidayYear(2026).orElseThrow().daysOff()).hasSize(33);
    assertThat(calendar.holidayYear(2026).orElseThrow().makeUpWorkdays()).hasSize(6);
    assertThat(calendar.holidayYear(2026).orElseThrow().source()).contains("2026");
  }

  @Test
  void year2027IsProvisionalUntilLoaded() {
    // Fri 2027-01-01: a weekday on weekdays alone, but provisional.
    assertThat(calendar.isKnownYear(2027)).isFalse();
    assertThat(calendar.isWorkingDay(date("2027-01-01")))
        .isEqualTo(new DayStatus(date("2027-01-01"), DayStatus.Kind.WORKDAY, true));

    List<HolidayYear> loaded = calendar.loadJson(json(YEAR_2027));

    assertThat(loaded).extracting(HolidayYear::year).containsExactly(2027);
    assertThat(calendar.isKnownYear(2027)).isTrue();
    assertThat(calendar.isWorkingDay(date("2027-01-01")))
        .isEqualTo(new DayStatus(date("2027-01-01"), DayStatus.Kind.HOLIDAY, false));
  }

  @Test
  void workingDaysFrom2026Into2027AreProvisionalUntil2027IsLoaded() {
    // Fri 2026-12-25: 12-28…12-31 = 1…4 (2026, known). Unknown 2027 on weekdays alone:
    // 01-01 Fri = 5, 01-04…01-08 = 6…10 → 2027-01-08, provisional.
    assertThat(calendar.plusWorkingDays(date("2026-12-25"), 10))
        .isEqualTo(new CalendarDate(date("2027-01-08"), true));
    assertThat(calendar.workingDaysBetween(date("2026-12-25"), date("2027-01-08")))
        .isEqualTo(new DayTally(10, true));
    // Staying inside 2026: 4 working days → Thu 2026-12-31, final.
    assertThat(calendar.plusWorkingDays(date("2026-12-25"), 4))
        .isEqualTo(new CalendarDate(date("2026-12-31"), false));

    calendar.loadJson(json(YEAR_2027));

    // With 2027-01-01 off: 01-04…01-08 = 5…9, Mon 01-11 = 10 → 2027-01-11, final.
    assertThat(calendar.plusWorkingDays(date("2026-12-25"), 10))
        .isEqualTo(new CalendarDate(date("2027-01-11"), false));
  }

  @Test
  void calendarDaysEndingIn2027AreProvisionalUntil2027IsLoaded() {
    // Sat 2026-12-26 + 7 days = Sat 2027-01-02 → Mon 2027-01-04, provisional.
    assertThat(calendar.plusCalendarDays(date("2026-12-26"), 7))
        .isEqualTo(new CalendarDate(date("2027-01-04"), true));
    calendar.loadJson(json(YEAR_2027));
    assertThat(calendar.plusCalendarDays(date("2026-12-26"), 7))
        .isEqualTo(new CalendarDate(date("2027-01-04"), false));
    // Thu 2026-12-24 + 8 days = Fri 2027-01-01, now a day off → Mon 2027-01-04.
    assertThat(calendar.plusCalendarDays(date("2026-12-24"), 8))
        .isEqualTo(new CalendarDate(date("2027-01-04"), false));
  }

  @Test
  void reloadingAKnownYearReplacesIt() {
    assertThat(calendar.isWorkingDay(date("2025-10-08")).working()).isFalse();
    calendar.loadJson(
        json(
            """
            {"years": [{"year": 2025, "source": "corrected",
                        "daysOff": ["2025-10-01/2025-10-07"], "makeUpWorkdays": []}]}
            """));
    // 10-08 Wed is no longer listed; 2025-10-11 Sat is no longer a make-up day.
    assertThat(calendar.isWorkingDay(date("2025-10-08")).kind()).isEqualTo(DayStatus.Kind.WORKDAY);
    assertThat(calendar.isWorkingDay(date("2025-10-11")).kind()).isEqualTo(DayStatus.Kind.WEEKEND);
    assertThat(calendar.holidayYear(2025).orElseThrow().source()).isEqualTo("corrected");
    assertThat(calendar.holidayYear(2025).orElseThrow().daysOff()).hasSize(7);
    assertThat(calendar.isKnownYear(2024)).isTrue();
  }

  @Test
  void aYearCanBeLoadedAsARecord() {
    WorkingDayCalendar empty = WorkingDayCalendar.empty();
    empty.loadYear(
        new HolidayYear(2027, List.of(date("2027-01-01")), List.of(date("2027-01-02")), "test"));
    assertThat(empty.isWorkingDay(date("2027-01-02")).kind())
        .isEqualTo(DayStatus.Kind.MAKE_UP_WORKDAY);
    assertThat(empty.knownYears()).containsExactly(2027);
  }

  @Test
  void theRecordNamesItsOwnBadFields() {
    // 2025-09-29 is a Monday, not a weekend.
    assertThatThrownBy(
            () ->
                new HolidayYear(
                    2025,
                    List.of(date("2025-10-01")),
                    List.of(date("2025-09-28"), date("2025-09-29")),
                    "test"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("makeUpWorkdays[1]"));
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "make-up workday on a weekday (2025-09-29 is a Monday)",
            year("\"daysOff\": [\"2025-10-01\"],"
                + " \"makeUpWorkdays\": [\"2025-09-27\", \"2025-09-28\", \"2025-09-29\"]"),
            "years[0].makeUpWorkdays[2]"),
        Arguments.of(
            "day off in another year",
            year("\"daysOff\": [\"2025-01-01\", \"2024-12-31\"], \"makeUpWorkdays\": []"),
            "years[0].daysOff[1]"),
        Arguments.of(
            "run crossing into the next year",
            year("\"daysOff\": [\"2025-12-31/2026-01-01\"], \"makeUpWorkdays\": []"),
            "years[0].daysOff[0]"),
        Arguments.of(
            "both off and make-up (2025-10-04 is a Saturday)",
            year("\"daysOff\": [\"2025-10-01/2025-10-07\"], \"makeUpWorkdays\": [\"2025-10-04\"]"),
            "years[0].makeUpWorkdays[0]"),
        Arguments.of(
            "same day off twice",
            year(
                "\"daysOff\": [\"2025-10-01/2025-10-05\", \"2025-10-05\"],"
                    + " \"makeUpWorkdays\": []"),
            "years[0].daysOff[1]"),
        Arguments.of(
            "same make-up day twice",
            year(
                "\"daysOff\": [\"2025-10-01\"],"
                    + " \"makeUpWorkdays\": [\"2025-10-11\", \"2025-10-11\"]"),
            "years[0].makeUpWorkdays[1]"),
        Arguments.of(
            "no such month",
            year("\"daysOff\": [\"2025-13-01\"], \"makeUpWorkdays\": []"),
            "years[0].daysOff[0]"),
        Arguments.of(
            "no such day in a make-up list",
            year(
                "\"daysOff\": [\"2025-01-01\"],"
                    + " \"makeUpWorkdays\": [\"2025-02-08\", \"2025-02-30\"]"),
            "years[0].makeUpWorkdays[1]"),
        Arguments.of(
            "run ending before it starts",
            year("\"daysOff\": [\"2025-10-08/2025-10-01\"], \"makeUpWorkdays\": []"),
            "years[0].daysOff[0]"),
        Arguments.of(
            "run with a mistyped month",
            year("\"daysOff\": [\"2025-01-28/2025-12-04\"], \"makeUpWorkdays\": []"),
            "years[0].daysOff[0]"),
        Arguments.of(
            "no days off",
            year("\"daysOff\": [], \"makeUpWorkdays\": []"),
            "years[0].daysOff"),
        Arguments.of(
            "make-up list missing",
            year("\"daysOff\": [\"2025-01-01\"]"),
            "years[0].makeUpWorkdays"),
        Arguments.of(
            "misspelt field",
            year("\"daysOff\": [\"2025-01-01\"], \"makeUpWorkdays\": [], \"makeupWorkdays\": []"),
            "years[0].makeupWorkdays"),
        Arguments.of(
            "a date where a list belongs",
            year("\"daysOff\": \"2025-01-01\", \"makeUpWorkdays\": []"),
            "years[0].daysOff"),
        Arguments.of(
            "year missing",
            "{\"years\": [{\"source\": \"s\", \"daysOff\": [\"2025-01-01\"],"
                + " \"makeUpWorkdays\": []}]}",
            "years[0].year"),
        Arguments.of(
            "year not a number",
            "{\"years\": [{\"year\": \"next\", \"source\": \"s\", \"daysOff\": [\"2025-01-01\"],"
                + " \"makeUpWorkdays\": []}]}",
            "years[0].year"),
        Arguments.of(
            "source missing",
            "{\"years\": [{\"year\": 2025, \"daysOff\": [\"2025-01-01\"],"
                + " \"makeUpWorkdays\": []}]}",
            "years[0].source"),
        Arguments.of(
            "same year twice",
            "{\"years\": [" + entry("2025-01-01") + ", " + entry("2025-10-01") + "]}",
            "years[1].year"),
        Arguments.of("no years", "{\"years\": []}", "years"),
        Arguments.of("cut off", "{\"years\": [", "json"),
        Arguments.of("not JSON", "{\"years\": [{\"year\": 2025,, }]}", "json"),
        Arguments.of(
            "something after the object", "{\"years\": [" + entry("2025-01-01") + "]} {}", "json"),
        Arguments.of("empty file", "", "json"),
        Arguments.of("an array, not an object", "[]", "json"));
  }

  private static String entry(String dayOff) {
    return "{\"year\": 2025, \"source\": \"s\", \"daysOff\": [\""
        + dayOff
        + "\"], \"makeUpWorkdays\": []}";
  }

  private static String year(String fields) {
    return "{\"years\": [{\"year\": 2025, \"source\": \"test\", " + fields + "}]}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileNamesTheBadFieldAndLoadsNothing(String why, String file, String field) {
    HolidayYear before = calendar.holidayYear(2025).orElseThrow();

    assertThatThrownBy(() -> calendar.loadJson(json(file)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors()).extracting(FieldError::field).containsExactly(field);
              assertThat(e.errors().get(0).message()).isNotBlank();
            });
    assertThat(calendar.holidayYear(2025)).containsSame(before);
    assertThat(calendar.knownYears()).containsExactly(2024, 2025, 2026);
  }

  @Test
  void everyErrorIsReportedAndAValidYearBesideABadOneIsNotLoaded() {
    String file =
        """
        {"years": [
          {"year": 2027, "source": "s", "daysOff": ["2027-01-01"], "makeUpWorkdays": []},
          {"year": 2028, "source": " ", "daysOff": ["2028-01-01"], "makeUpWorkdays": ["2028-01-03"]}
        ]}
        """;
    // 2028-01-03 is a Monday.
    assertThatThrownBy(() -> calendar.loadJson(json(file)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("years[1].source", "years[1].makeUpWorkdays[0]"));
    assertThat(calendar.isKnownYear(2027)).isFalse();
  }

  @Test
  void anUnreadableStreamIsADisclosureExceptionNotAValidationError() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> calendar.loadJson(broken))
        .isInstanceOf(DisclosureException.class)
        .isNotInstanceOf(ValidationException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void loadingDoesNotCloseTheCallersStream() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(YEAR_2027.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    calendar.loadJson(in);
    assertThat(closed[0]).isFalse();
    assertThat(calendar.isKnownYear(2027)).isTrue();
  }
}
