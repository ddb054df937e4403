package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.SocialAssistanceList.Household;

class SocialAssistanceListTest {

  @Test
  void minimumLivingListValidatesClean() {
    SocialAssistanceList list = SamplePayloads.minimumLivingList();

    assertThat(list.validate()).isEmpty();
    assertThat(list.kind()).isEqualTo(PayloadKind.SOCIAL_ASSISTANCE);
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    SocialAssistanceList sample = SamplePayloads.minimumLivingList();
    SocialAssistanceList bad =
        new SocialAssistanceList(
            sample.program(),
            null,
            " ",
            sample.village(),
            Arrays.asList(
                new Household("张德顺", 3, Money.yuan("-1260"), "A类", null),
                null,
                new Household("王福生", 2, Money.yuan("840"), "A类", "1101051949123100")),
            3,
            6,
            Money.yuan("2620"));

    assertThat(ErrorPaths.of(bad))
        .containsExactlyInAnyOrder(
            "period",
            "township",
            "households[0].amount",
            "households[1]",
            "households[2].idNumber");
  }

  @Test
  void printedTotalsMustEqualTheSums() {
    SocialAssistanceList bad = withTotals(4, 5, Money.yuan("2600"));

    assertThat(ErrorPaths.of(bad))
        .containsExactly("totalHouseholds", "totalPersons", "totalAmount");
    assertThat(ErrorPaths.message(bad, "totalHouseholds"))
        .isEqualTo("must equal the number of households (3), was 4");
    assertThat(ErrorPaths.message(bad, "totalPersons"))
        .isEqualTo("must equal the sum of persons (6), was 5");
    assertThat(ErrorPaths.message(bad, "totalAmount"))
        .isEqualTo("must equal the sum of the households' amounts (2620元), was 2600元");
  }

  @Test
  void totalsAreOptionalAndMayBeInAnotherUnit() {
    assertThat(withTotals(null, null, null).validate()).isEmpty();
    assertThat(withTotals(3, null, Money.wan("0.262")).validate()).isEmpty();
  }

  @Test
  void householdCoversAtLeastOnePerson() {
    SocialAssistanceList list =
        withHousehold(new Household("李秀英", 0, Money.yuan("520"), "B类", null));

    assertThat(ErrorPaths.of(list)).containsExactly("households[0].persons");
    assertThat(
            ErrorPaths.of(withHousehold(new Household("李秀英", null, Money.yuan("520"), null, null))))
        .containsExactly("households[0].persons");
  }

  @Test
  void idNumberIsCheckedForShapeOnly() {
    assertThat(withId("440524188001010014").validate()).isEmpty();
    assertThat(withId("11010519491231002x").validate()).isEmpty();
    assertThat(withId("440524800101001").validate()).isEmpty();
    assertThat(withId("440524188001010015").validate()).isEmpty();
    assertThat(ErrorPaths.of(withId("4405241880010100"))).containsExactly("households[0].idNumber");
    assertThat(ErrorPaths.of(withId("44052418800101001Y")))
        .containsExactly("households[0].idNumber");
    assertThat(ErrorPaths.of(withId("X40524188001010014")))
        .containsExactly("households[0].idNumber");
  }

  @Test
  void idNumberNeverAppearsInToString() {
    SocialAssistanceList list = SamplePayloads.minimumLivingList();

    assertThat(list.toString())
        .contains("张德顺", "1260元")
        .doesNotContain("440524188001010014", "11010519491231002X");
  }

  private static SocialAssistanceList withId(String id) {
    return withHousehold(new Household("张德顺", 3, Money.yuan("1260"), "A类", id));
  }

  private static SocialAssistanceList withHousehold(Household household) {
    SocialAssistanceList sample = SamplePayloads.minimumLivingList();
    return new SocialAssistanceList(
        sample.program(),
        sample.period(),
        sample.township(),
        sample.village(),
        List.of(household),
        null,
        null,
        null);
  }

  private static SocialAssistanceList withTotals(
      Integer households, Integer persons, Money amount) {
    SocialAssistanceList sample = SamplePayloads.minimumLivingList();
    return new SocialAssistanceList(
        sample.program(),
        sample.period(),
        sample.township(),
        sample.village(),
        sample.households(),
        households,
        persons,
        amount);
  }
}
