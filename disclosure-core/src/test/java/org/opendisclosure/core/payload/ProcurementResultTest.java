package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.ProcurementResult.Award;
import org.opendisclosure.core.payload.ProcurementResult.Item;

class ProcurementResultTest {

  @Test
  void awardValidatesClean() {
    ProcurementResult result = SamplePayloads.procurementResult();

    assertThat(result.validate()).isEmpty();
    assertThat(result.kind()).isEqualTo(PayloadKind.PROCUREMENT);
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    ProcurementResult sample = SamplePayloads.procurementResult();
    ProcurementResult bad =
        new ProcurementResult(
            sample.projectNumber(),
            "",
            sample.budget(),
            null,
            sample.purchaser(),
            sample.agent(),
            List.of(new Award("清河环保工程有限公司", "91350100M00010OY43", Money.yuan("3280000.00"))),
            List.of(new Item("污水处理设施施工", null, BigDecimal.ZERO, "项", Money.yuan("3280000.00"))),
            List.of("刘志强", " "),
            sample.determinedOn(),
            sample.announcedOn(),
            sample.contractSignedOn());

    assertThat(ErrorPaths.of(bad))
        .containsExactlyInAnyOrder(
            "projectName", "method", "awards[0].creditCode", "items[0].quantity", "experts[1]");
  }

  @Test
  void awardsMustNotExceedTheBudgetInSum() {
    ProcurementResult bad =
        withAwards(
            new Award("清河环保工程有限公司", "91350100M000100Y43", Money.yuan("2000000")),
            new Award("青石建设有限公司", "91350100M000100Y43", Money.wan("150")));

    assertThat(ErrorPaths.of(bad)).containsExactly("awards");
    assertThat(ErrorPaths.message(bad, "awards"))
        .isEqualTo("must not exceed the budget (335.00万元) in sum, was 3500000元");
  }

  @Test
  void awardsMayUseTheWholeBudgetInAnotherUnit() {
    ProcurementResult whole =
        withAwards(new Award("清河环保工程有限公司", "91350100M000100Y43", Money.yuan("3350000.00")));

    assertThat(whole.validate()).isEmpty();
  }

  @Test
  void creditCodeIsCheckedForShapeOnly() {
    assertThat(ErrorPaths.of(withCreditCode("91350100M000100Y4")))
        .containsExactly("awards[0].creditCode");
    assertThat(ErrorPaths.of(withCreditCode("91350100m000100y43")))
        .containsExactly("awards[0].creditCode");
    assertThat(ErrorPaths.of(withCreditCode("91350100M000100Z43")))
        .containsExactly("awards[0].creditCode");
    assertThat(ErrorPaths.of(withCreditCode(null))).containsExactly("awards[0].creditCode");
    assertThat(withCreditCode("91350100M000100Y44").validate()).isEmpty();
  }

  @Test
  void announcementAndContractComeAfterTheWinnerIsDetermined() {
    ProcurementResult sample = SamplePayloads.procurementResult();
    ProcurementResult early =
        new ProcurementResult(
            sample.projectNumber(),
            sample.projectName(),
            sample.budget(),
            sample.method(),
            sample.purchaser(),
            null,
            sample.awards(),
            null,
            null,
            LocalDate.of(2026, 4, 8),
            LocalDate.of(2026, 4, 7),
            LocalDate.of(2026, 4, 1));

    assertThat(ErrorPaths.of(early)).containsExactly("announcedOn", "contractSignedOn");
  }

  @Test
  void needsAWinner() {
    assertThat(ErrorPaths.of(withAwards())).containsExactly("awards");
  }

  private static ProcurementResult withCreditCode(String code) {
    return withAwards(new Award("清河环保工程有限公司", code, Money.yuan("3280000.00")));
  }

  private static ProcurementResult withAwards(Award... awards) {
    ProcurementResult sample = SamplePayloads.procurementResult();
    return new ProcurementResult(
        sample.projectNumber(),
        sample.projectName(),
        sample.budget(),
        sample.method(),
        sample.purchaser(),
        sample.agent(),
        List.of(awards),
        sample.items(),
        sample.experts(),
        sample.determinedOn(),
        sample.announcedOn(),
        sample.contractSignedOn());
  }
}
