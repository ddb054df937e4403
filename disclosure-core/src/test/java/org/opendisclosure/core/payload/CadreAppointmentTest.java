package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.CadreAppointment.Person;
import org.opendisclosure.core.payload.CadreAppointment.Sex;

class CadreAppointmentTest {

  @Test
  void noticeValidatesClean() {
    CadreAppointment notice = SamplePayloads.cadreNotice();

    assertThat(notice.validate()).isEmpty();
    assertThat(notice.kind()).isEqualTo(PayloadKind.CADRE_APPOINTMENT);
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    CadreAppointment sample = SamplePayloads.cadreNotice();
    Person first = sample.persons().get(0);
    Person nameless = person(" ", first.birthMonth(), first.workStart());
    Person second = sample.persons().get(1);
    Person sexless =
        new Person(
            second.name(),
            null,
            second.ethnicity(),
            second.birthMonth(),
            second.nativePlace(),
            second.partyMembership(),
            second.education(),
            YearMonth.of(2026, 4),
            second.currentPost(),
            second.proposedPost(),
            null);

    CadreAppointment bad =
        new CadreAppointment(
            Arrays.asList(nameless, sexless, null),
            sample.windowStart(),
            sample.windowEnd(),
            sample.receivingOffice(),
            "举报电话",
            sample.address(),
            null);

    assertThat(ErrorPaths.of(bad))
        .containsExactlyInAnyOrder(
            "persons[0].name", "persons[1].sex", "persons[1].workStart", "persons[2]", "phone");
  }

  @Test
  void windowMustEndAfterItStarts() {
    CadreAppointment sameDay = withWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));

    assertThat(ErrorPaths.of(sameDay)).containsExactly("windowEnd");
    assertThat(ErrorPaths.message(sameDay, "windowEnd"))
        .isEqualTo("must be after windowStart (2026-03-02), was 2026-03-02");
    assertThat(ErrorPaths.of(withWindow(null, null))).containsExactly("windowStart", "windowEnd");
  }

  @Test
  void personMustBeEighteenToSeventyAtTheWindowStart() {
    assertThat(withPerson(person("赵阳", YearMonth.of(2008, 3), YearMonth.of(2025, 9))).validate())
        .isEmpty();
    assertThat(
            ErrorPaths.of(withPerson(person("赵阳", YearMonth.of(2008, 4), YearMonth.of(2025, 9)))))
        .containsExactly("persons[0].birthMonth");
    assertThat(withPerson(person("钱伟", YearMonth.of(1955, 4), YearMonth.of(1975, 8))).validate())
        .isEmpty();
    assertThat(
            ErrorPaths.of(withPerson(person("钱伟", YearMonth.of(1955, 3), YearMonth.of(1975, 8)))))
        .containsExactly("persons[0].birthMonth");
  }

  @Test
  void workStartsNoEarlierThanSixteenAndNotAfterTheWindowStart() {
    YearMonth born = YearMonth.of(1986, 5);

    assertThat(withPerson(person("王建国", born, YearMonth.of(2002, 5))).validate()).isEmpty();
    assertThat(
            ErrorPaths.message(
                withPerson(person("王建国", born, YearMonth.of(2002, 4))), "persons[0].workStart"))
        .isEqualTo("must not be before the 16th birthday (2002-05)");
    assertThat(withPerson(person("王建国", born, YearMonth.of(2026, 3))).validate()).isEmpty();
    assertThat(
            ErrorPaths.message(
                withPerson(person("王建国", born, YearMonth.of(2026, 4))), "persons[0].workStart"))
        .isEqualTo("must not be after the window start, was 2026-04");
  }

  @Test
  void needsAtLeastOnePersonAndTheReceivingOffice() {
    CadreAppointment empty =
        new CadreAppointment(
            null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), null, null, null, null);

    assertThat(ErrorPaths.of(empty))
        .containsExactly("persons", "receivingOffice", "phone", "address");
  }

  @Test
  void emptyPersonReportsEveryRequiredField() {
    Person empty = new Person(null, null, null, null, null, null, null, null, null, null, null);

    assertThat(ErrorPaths.of(withPerson(empty)))
        .containsExactly(
            "persons[0].name",
            "persons[0].sex",
            "persons[0].ethnicity",
            "persons[0].birthMonth",
            "persons[0].nativePlace",
            "persons[0].partyMembership",
            "persons[0].education",
            "persons[0].workStart",
            "persons[0].currentPost",
            "persons[0].proposedPost");
  }

  @Test
  void phoneMayCarryAnAreaCode() {
    CadreAppointment sample = SamplePayloads.cadreNotice();
    CadreAppointment withAreaCode =
        new CadreAppointment(
            sample.persons(),
            sample.windowStart(),
            sample.windowEnd(),
            sample.receivingOffice(),
            "0571-12380、0571-87654321",
            sample.address(),
            sample.hours());

    assertThat(withAreaCode.validate()).isEmpty();
  }

  private static Person person(String name, YearMonth born, YearMonth workStart) {
    return new Person(
        name, Sex.MALE, "汉族", born, "清河县", "中共党员", "大学", workStart, "青石镇副镇长", "青石镇党委副书记", null);
  }

  private static CadreAppointment withPerson(Person person) {
    CadreAppointment sample = SamplePayloads.cadreNotice();
    return new CadreAppointment(
        List.of(person),
        sample.windowStart(),
        sample.windowEnd(),
        sample.receivingOffice(),
        sample.phone(),
        sample.address(),
        sample.hours());
  }

  private static CadreAppointment withWindow(LocalDate start, LocalDate end) {
    CadreAppointment sample = SamplePayloads.cadreNotice();
    return new CadreAppointment(
        sample.persons(),
        start,
        end,
        sample.receivingOffice(),
        sample.phone(),
        sample.address(),
        sample.hours());
  }
}
