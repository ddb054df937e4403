package org.opendisclosure.core.payload;

import java.math.BigDecimal;

/**
 * An amount of money with its unit and scale as printed (never a {@code double}). Null parts are
 * allowed here so that validation can report them by path; {@link #check} does that.
 */
public record Money(BigDecimal amount, MoneyUnit unit) {

  public static Money yuan(String amount) {
    return new Money(new BigDecimal(amount), MoneyUnit.YUAN);
  }

  public static Money wan(String amount) {
    return new Money(new BigDecimal(amount), MoneyUnit.WAN_YUAN);
  }

  /** The amount in 元, exact. */
  public BigDecimal toYuan() {
    return amount.multiply(unit.inYuan());
  }

  /** True when both amounts are the same sum of money, whatever their units and scales. */
  public boolean sameValueAs(Money other) {
    return toYuan().compareTo(other.toYuan()) == 0;
  }

  @Override
  public String toString() {
    return amount == null || unit == null ? "?" : amount.toPlainString() + unit.label();
  }
}
