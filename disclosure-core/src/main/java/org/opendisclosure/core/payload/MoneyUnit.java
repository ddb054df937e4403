package org.opendisclosure.core.payload;

import java.math.BigDecimal;

/** The unit an amount is printed in: 元, or 万元 as budget tables print it. Immutable, thread-safe. */
public enum MoneyUnit {
  YUAN("元", BigDecimal.ONE),
  WAN_YUAN("万元", BigDecimal.valueOf(10_000));

  private final String label;
  private final BigDecimal yuan;

  MoneyUnit(String label, BigDecimal yuan) {
    this.label = label;
    this.yuan = yuan;
  }

  public String label() {
    return label;
  }

  /** How many 元 one of this unit is. */
  public BigDecimal inYuan() {
    return yuan;
  }
}
