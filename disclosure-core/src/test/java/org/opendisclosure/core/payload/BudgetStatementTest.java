package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.BudgetStatement.Line;

class BudgetStatementTest {

  @Test
  void townshipBudgetValidatesClean() {
    BudgetStatement budget = SamplePayloads.budget2024();

    assertThat(budget.validate()).isEmpty();
    assertThat(budget.kind()).isEqualTo(PayloadKind.BUDGET);
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    BudgetStatement sample = SamplePayloads.budget2024();
    List<Line> functions = new ArrayList<>(sample.functionLines());
    functions.set(6, new Line("208", null, Money.wan("186.40")));
    List<Line> economics = new ArrayList<>(sample.economicLines());
    economics.set(3, new Line("30103", "奖金", Money.wan("-95.70")));

    BudgetStatement bad = with(sample, 0, " ", functions, economics);

    assertThat(ErrorPaths.of(bad))
        .containsExactlyInAnyOrder(
            "fiscalYear", "approvedBy", "functionLines[6].name", "economicLines[3].amount");
  }

  @Test
  void totalExpenditureMustEqualTheSumOfTheClasses() {
    BudgetStatement sample = SamplePayloads.budget2024();
    BudgetStatement bad =
        new BudgetStatement(
            2024,
            sample.statementKind(),
            sample.approvedOn(),
            sample.approvedBy(),
            sample.totalRevenue(),
            Money.wan("1280.00"),
            sample.functionLines(),
            sample.economicLines(),
            sample.tables());

    assertThat(ErrorPaths.of(bad)).containsExactly("totalExpenditure");
    assertThat(ErrorPaths.message(bad, "totalExpenditure"))
        .isEqualTo("must equal the sum of the 类 lines (1286.40万元), was 1280.00万元");
  }

  @Test
  void totalInYuanMayMatchLinesInWan() {
    BudgetStatement sample = SamplePayloads.budget2024();
    BudgetStatement inYuan =
        new BudgetStatement(
            2024,
            sample.statementKind(),
            sample.approvedOn(),
            sample.approvedBy(),
            Money.yuan("12864000"),
            Money.yuan("12864000.00"),
            sample.functionLines(),
            sample.economicLines(),
            sample.tables());

    assertThat(inYuan.validate()).isEmpty();
  }

  @Test
  void classMustEqualTheSumOfItsSections() {
    BudgetStatement bad = withFunctionLine(0, new Line("201", "一般公共服务支出", Money.wan("600.00")));

    assertThat(ErrorPaths.of(bad))
        .containsExactlyInAnyOrder("functionLines[0].amount", "totalExpenditure");
    assertThat(ErrorPaths.message(bad, "functionLines[0].amount"))
        .isEqualTo("must equal the sum of its 款 lines (612.30万元), was 600.00万元");
  }

  @Test
  void sectionMustEqualTheSumOfItsItems() {
    BudgetStatement bad = withFunctionLine(4, new Line("2010301", "行政运行", Money.wan("490.00")));

    assertThat(ErrorPaths.of(bad)).containsExactly("functionLines[3].amount");
    assertThat(ErrorPaths.message(bad, "functionLines[3].amount"))
        .isEqualTo("must equal the sum of its 项 lines (565.20万元), was 573.80万元");
  }

  @Test
  void economicClassMustEqualTheSumOfItsSections() {
    BudgetStatement sample = SamplePayloads.budget2024();
    List<Line> economics = new ArrayList<>(sample.economicLines());
    economics.set(15, new Line("30305", "生活补助", Money.wan("11.00")));

    BudgetStatement bad =
        with(sample, 2024, sample.approvedBy(), sample.functionLines(), economics);

    assertThat(ErrorPaths.of(bad)).containsExactly("economicLines[14].amount");
  }

  @Test
  void childCodeMustStartWithAnExistingParentCode() {
    BudgetStatement sample = SamplePayloads.budget2024();
    List<Line> functions = new ArrayList<>(sample.functionLines());
    functions.add(new Line("2010201", "行政运行", Money.wan("0")));
    functions.add(new Line("20205", "国际组织", Money.wan("0")));

    BudgetStatement bad =
        with(sample, 2024, sample.approvedBy(), functions, sample.economicLines());

    assertThat(ErrorPaths.of(bad))
        .containsExactly("functionLines[19].code", "functionLines[20].code");
    assertThat(ErrorPaths.message(bad, "functionLines[19].code"))
        .isEqualTo("has no parent line 20102");
    assertThat(ErrorPaths.message(bad, "functionLines[20].code"))
        .isEqualTo("has no parent line 202");
  }

  @Test
  void codesMustBeUniqueAndTheTableIsNotSummedThen() {
    BudgetStatement sample = SamplePayloads.budget2024();
    List<Line> functions = new ArrayList<>(sample.functionLines());
    functions.add(new Line("20101", "人大事务", Money.wan("1.00")));

    BudgetStatement bad =
        with(sample, 2024, sample.approvedBy(), functions, sample.economicLines());

    assertThat(ErrorPaths.of(bad)).containsExactly("functionLines[19].code");
    assertThat(ErrorPaths.message(bad, "functionLines[19].code"))
        .isEqualTo("duplicates functionLines[1].code");
  }

  @Test
  void codesMustHaveTheDigitsOfTheirLevels() {
    BudgetStatement sample = SamplePayloads.budget2024();
    List<Line> functions = new ArrayList<>(sample.functionLines());
    functions.set(1, new Line("2011", "人大事务", Money.wan("38.50")));
    List<Line> economics = new ArrayList<>(sample.economicLines());
    economics.set(1, new Line("3010101", "基本工资", Money.wan("260.00")));

    BudgetStatement bad = with(sample, 2024, sample.approvedBy(), functions, economics);

    assertThat(ErrorPaths.of(bad))
        .containsExactlyInAnyOrder(
            "functionLines[1].code", "functionLines[2].code", "economicLines[1].code");
    assertThat(ErrorPaths.message(bad, "functionLines[1].code"))
        .isEqualTo("must be 3, 5 or 7 digits (类/款/项)");
    assertThat(ErrorPaths.message(bad, "economicLines[1].code"))
        .isEqualTo("must be 3 or 5 digits (类/款)");
  }

  @Test
  void functionLinesAreRequiredAndNullLinesAreReportedByIndex() {
    BudgetStatement sample = SamplePayloads.budget2024();
    List<Line> withNull = new ArrayList<>(sample.functionLines());
    withNull.set(2, null);

    assertThat(ErrorPaths.of(with(sample, 2024, sample.approvedBy(), null, null)))
        .containsExactly("functionLines");
    assertThat(ErrorPaths.of(with(sample, 2024, sample.approvedBy(), withNull, null)))
        .containsExactly("functionLines[2]");
  }

  @Test
  void finalAccountsAreApprovedAfterTheFiscalYear() {
    BudgetStatement sample = SamplePayloads.budget2024();
    BudgetStatement finalAccounts =
        new BudgetStatement(
            2024,
            StatementKind.FINAL_ACCOUNTS,
            sample.approvedOn(),
            sample.approvedBy(),
            sample.totalRevenue(),
            sample.totalExpenditure(),
            sample.functionLines(),
            sample.economicLines(),
            sample.tables());

    assertThat(ErrorPaths.message(finalAccounts, "approvedOn"))
        .isEqualTo("must be after fiscal year 2024 for final accounts");
  }

  @Test
  void constructorNormalisesListsWithoutThrowing() {
    BudgetStatement empty =
        new BudgetStatement(2024, null, null, null, null, null, null, null, null);
    BudgetStatement withNull =
        new BudgetStatement(
            2024, null, null, null, null, null, Arrays.asList(null, null), null, null);

    assertThat(empty.functionLines()).isEmpty();
    assertThat(empty.tables()).isEmpty();
    assertThat(withNull.functionLines()).hasSize(2);
    assertThatThrownBy(() -> withNull.functionLines().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ErrorPaths.of(empty))
        .containsExactly(
            "statementKind",
            "approvedOn",
            "approvedBy",
            "totalRevenue",
            "totalExpenditure",
            "functionLines");
  }

  private static BudgetStatement withFunctionLine(int index, Line line) {
    BudgetStatement sample = SamplePayloads.budget2024();
    List<Line> functions = new ArrayList<>(sample.functionLines());
    functions.set(index, line);
    return with(sample, 2024, sample.approvedBy(), functions, sample.economicLines());
  }

  private static BudgetStatement with(
      BudgetStatement sample,
      int year,
      String approvedBy,
      List<Line> functions,
      List<Line> economics) {
    return new BudgetStatement(
        year,
        sample.statementKind(),
        sample.approvedOn(),
        approvedBy,
        sample.totalRevenue(),
        sample.totalExpenditure(),
        functions,
        economics,
        sample.tables());
  }
}
