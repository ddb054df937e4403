package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyAndAreaTest {

  @Test
  void sumKeepsTheCommonUnitAndScale() {
    assertThat(Money.sum(List.of(Money.wan("12.30"), Money.wan("0.7"))))
        .isEqualTo(Money.wan("13.00"));
    assertThat(Money.sum(List.of())).isEqualTo(Money.yuan("0"));
  }

  @Test
  void sumOfMixedUnitsIsInYuan() {
    Money sum = Money.sum(List.of(Money.wan("1.5"), Money.yuan("250.50")));

    assertThat(sum.unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(sum.amount()).isEqualByComparingTo("15250.50");
  }

  @Test
  void comparesAcrossUnitsExactly() {
    assertThat(Money.wan("0.262").sameValueAs(Money.yuan("2620.00"))).isTrue();
    assertThat(Money.wan("0.2621").sameValueAs(Money.yuan("2620"))).isFalse();
    assertThat(Money.yuan("3350000.01").exceeds(Money.wan("335"))).isTrue();
    assertThat(Money.yuan("3350000.00").exceeds(Money.wan("335"))).isFalse();
  }

  @Test
  void areaConvertsAtThePrintedScale() {
    assertThat(Area.mu("100").convertedTo(AreaUnit.HECTARE, 2)).isEqualTo(Area.hectares("6.67"));
    assertThat(Area.hectares("3.2").agreesWith(Area.mu("48"))).isTrue();
    assertThat(Area.hectares("12.35").agreesWith(Area.mu("185.25"))).isTrue();
    assertThat(Area.hectares("12.35").agreesWith(Area.mu("185.3"))).isTrue();
    assertThat(Area.hectares("12.35").agreesWith(Area.mu("185.2"))).isFalse();
  }

  @Test
  void printsWithItsLabelOrAQuestionMark() {
    assertThat(Money.wan("38.62")).hasToString("38.62万元");
    assertThat(new Money(null, MoneyUnit.YUAN)).hasToString("?");
    assertThat(Area.hectares("3.2")).hasToString("3.2公顷");
  }
}
