package org.opendisclosure.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.Money;

class FormatTest {
  @Test
  void changesKeepTheScaleAndSignAsNoticesPrintThem() {
    assertThat(Format.change(Money.wan("38.62"), Money.wan("42.77"))).isEqualTo("-4.15");
    assertThat(Format.change(Money.wan("9.00"), Money.wan("7.80"))).isEqualTo("+1.20");
    assertThat(Format.percent(Money.wan("38.62"), Money.wan("42.77"))).isEqualTo("-9.7%");
    assertThat(Format.percent(Money.wan("0.00"), Money.wan("0.00"))).isEqualTo("—");
    assertThat(Format.change(Money.wan("1.50"), Money.yuan("5000"))).isEqualTo("+1.00");
    assertThat(Format.change(Money.wan("1.50"), null)).isEqualTo("—");
  }

  @Test
  void datesAreWrittenTheChineseWay() {
    assertThat(Format.date(LocalDate.of(2026, 3, 2))).isEqualTo("2026年3月2日");
    assertThat(Format.money(Money.yuan("52000"))).isEqualTo("52000元");
  }

  @Test
  void diffPathsGetChineseNames() {
    assertThat(FieldLabels.of("payload.amounts.hospitality.amount")).isEqualTo("本年数 · 公务接待费 · 金额");
    assertThat(FieldLabels.of("payload.persons[1].proposedPost")).isEqualTo("人选第2项 · 拟任职务");
    assertThat(FieldLabels.of("title")).isEqualTo("标题");
    assertThat(FieldLabels.of("payload.somethingNew")).isEqualTo("somethingNew");
  }
}
