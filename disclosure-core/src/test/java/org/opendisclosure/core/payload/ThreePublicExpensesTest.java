package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendisclosure.core.payload.SamplePayloads.amounts;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.ThreePublicExpenses.Activity;
import org.opendisclosure.core.payload.ThreePublicExpenses.Amounts;

class ThreePublicExpensesTest {

  @Test
  void finalAccountsValidateClean() {
    ThreePublicExpenses expenses = SamplePayloads.threePublicExpenses2024();

    assertThat(expenses.validate()).isEmpty();
    assertThat(expenses.kind()).isEqualTo(PayloadKind.THREE_PUBLIC_EXPENSES);
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    ThreePublicExpenses sample = SamplePayloads.threePublicExpenses2024();
    Amounts current = sample.amounts();
    Amounts noHospitality =
        new Amounts(
            current.outboundTravel(),
            current.vehicles(),
            current.vehiclePurchase(),
            current.vehicleRunning(),
            null,
            current.total());
    Amounts previous = sample.previousAmounts();
    Amounts noRunningUnit =
        new Amounts(
            previous.outboundTravel(),
            previous.vehicles(),
            previous.vehiclePurchase(),
            new Money(new BigDecimal("33.40"), null),
            previous.hospitality(),
            previous.total());

    ThreePublicExpenses bad =
        new ThreePublicExpenses(
            0,
            StatementKind.FINAL_ACCOUNTS,
            noHospitality,
            noRunningUnit,
            sample.changeExplanation(),
            new Activity(0, 0, 0, 3, 56, -412));

    assertThat(ErrorPaths.of(bad))
        .containsExactlyInAnyOrder(
            "year",
            "amounts.hospitality",
            "previousAmounts.vehicleRunning.unit",
            "activity.hospitalityPersons");
  }

  @Test
  void vehiclesMustEqualPurchasePlusRunning() {
    ThreePublicExpenses bad =
        withAmounts(amounts("38.62", "0.00", "31.20", "0.00", "30.20", "7.42"));

    assertThat(ErrorPaths.of(bad)).containsExactly("amounts.vehicles");
    assertThat(ErrorPaths.message(bad, "amounts.vehicles"))
        .isEqualTo("must equal vehiclePurchase + vehicleRunning (30.20万元), was 31.20万元");
  }

  @Test
  void totalMustEqualTheThreeExpenses() {
    ThreePublicExpenses bad =
        withAmounts(amounts("38.00", "0.00", "31.20", "0.00", "31.20", "7.42"));

    assertThat(ErrorPaths.of(bad)).containsExactly("amounts.total");
    assertThat(ErrorPaths.message(bad, "amounts.total"))
        .isEqualTo("must equal outboundTravel + vehicles + hospitality (38.62万元), was 38.00万元");
  }

  @Test
  void previousYearFiguresMustAddUpToo() {
    ThreePublicExpenses sample = SamplePayloads.threePublicExpenses2024();
    ThreePublicExpenses bad =
        new ThreePublicExpenses(
            2024,
            StatementKind.FINAL_ACCOUNTS,
            sample.amounts(),
            amounts("42.77", "0.00", "33.40", "5.00", "33.40", "9.37"),
            sample.changeExplanation(),
            sample.activity());

    assertThat(ErrorPaths.of(bad)).containsExactly("previousAmounts.vehicles");
  }

  @Test
  void explanationIsRequiredOnlyWhenAFigureChanged() {
    ThreePublicExpenses sample = SamplePayloads.threePublicExpenses2024();
    ThreePublicExpenses changed =
        new ThreePublicExpenses(
            2024,
            StatementKind.FINAL_ACCOUNTS,
            sample.amounts(),
            sample.previousAmounts(),
            " ",
            sample.activity());
    ThreePublicExpenses unchanged =
        new ThreePublicExpenses(
            2024,
            StatementKind.FINAL_ACCOUNTS,
            sample.amounts(),
            sample.amounts(),
            null,
            sample.activity());
    ThreePublicExpenses noPreviousYear =
        new ThreePublicExpenses(
            2024, StatementKind.FINAL_ACCOUNTS, sample.amounts(), null, null, sample.activity());

    assertThat(ErrorPaths.of(changed)).containsExactly("changeExplanation");
    assertThat(unchanged.validate()).isEmpty();
    assertThat(noPreviousYear.validate()).isEmpty();
  }

  @Test
  void sameFiguresInYuanAreUnchanged() {
    ThreePublicExpenses sample = SamplePayloads.threePublicExpenses2024();
    Amounts inYuan =
        new Amounts(
            Money.yuan("0"),
            Money.yuan("312000"),
            Money.yuan("0"),
            Money.yuan("312000"),
            Money.yuan("74200"),
            Money.yuan("386200"));

    ThreePublicExpenses expenses =
        new ThreePublicExpenses(
            2024, StatementKind.FINAL_ACCOUNTS, sample.amounts(), inYuan, null, sample.activity());

    assertThat(expenses.validate()).isEmpty();
  }

  @Test
  void finalAccountsRequireEveryActivityCount() {
    ThreePublicExpenses sample = SamplePayloads.threePublicExpenses2024();
    ThreePublicExpenses noActivity = withActivity(StatementKind.FINAL_ACCOUNTS, null);
    ThreePublicExpenses partial =
        withActivity(StatementKind.FINAL_ACCOUNTS, new Activity(0, null, 0, 3, null, 412));

    assertThat(ErrorPaths.of(noActivity)).containsExactly("activity");
    assertThat(ErrorPaths.message(noActivity, "activity"))
        .isEqualTo("is required for final accounts");
    assertThat(ErrorPaths.of(partial))
        .containsExactly("activity.personsAbroad", "activity.hospitalityBatches");
    assertThat(sample.activity().vehiclesHeld()).isEqualTo(3);
  }

  @Test
  void budgetNeedsNoActivityButRejectsNegativeCounts() {
    assertThat(withActivity(StatementKind.BUDGET, null).validate()).isEmpty();
    assertThat(
            withActivity(StatementKind.BUDGET, new Activity(null, null, 1, 3, null, null))
                .validate())
        .isEmpty();
    assertThat(
            ErrorPaths.of(
                withActivity(StatementKind.BUDGET, new Activity(-1, null, null, null, null, null))))
        .containsExactly("activity.delegationsAbroad");
  }

  private static ThreePublicExpenses withAmounts(Amounts amounts) {
    ThreePublicExpenses sample = SamplePayloads.threePublicExpenses2024();
    return new ThreePublicExpenses(
        2024,
        StatementKind.FINAL_ACCOUNTS,
        amounts,
        sample.previousAmounts(),
        sample.changeExplanation(),
        sample.activity());
  }

  private static ThreePublicExpenses withActivity(StatementKind kind, Activity activity) {
    ThreePublicExpenses sample = SamplePayloads.threePublicExpenses2024();
    return new ThreePublicExpenses(
        2024,
        kind,
        sample.amounts(),
        sample.previousAmounts(),
        sample.changeExplanation(),
        activity);
  }
}
