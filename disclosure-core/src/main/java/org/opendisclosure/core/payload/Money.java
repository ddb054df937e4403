package org.opendisclosure.core.payload;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * An amount of money with its unit and scale as printed (never a {@code double}). Null parts are
 * allowed here so that a payload's {@code validate()} can report them by path. Amounts in different
 * units are compared by value ({@link #sameValueAs}), exactly. Immutable and thread-safe.
 */
public record Money(BigDecimal amount, MoneyUnit unit) {

  public static Money yuan(String amount) {
    return new Money(new BigDecimal(amount), MoneyUnit.YUAN);
  }

  public static Money wan(String amount) {
    return new Money(new BigDecimal(amount), MoneyUnit.WAN_YUAN);
  }

  /**
   * The exact sum of {@code parts}: in their unit when they all share one (keeping the printed
   * scale, so 12.30万元 + 0.70万元 is 13.00万元), otherwise in 元; zero 元 when there are none. Every part
   * must have an amount and a unit.
   */
  public static Money sum(Collection<Money> parts) {
    MoneyUnit common =
        parts.stream().map(Money::unit).distinct().count() == 1
            ? parts.iterator().next().unit()
            : MoneyUnit.YUAN;
    BigDecimal total = BigDecimal.ZERO;
    for (Money part : parts) {
      total = total.add(common == MoneyUnit.YUAN ? part.toYuan() : part.amount());
    }
    return new Money(total, common);
  }

  /** The amount in 元, exact. */
  public BigDecimal toYuan() {
    return amount.multiply(unit.inYuan());
  }

  /** True when both amounts are the same sum of money, whatever their units and scales. */
  public boolean sameValueAs(Money other) {
    return toYuan().compareTo(other.toYuan()) == 0;
  }

  /** True when this is more money than {@code other}, whatever their units and scales. */
  public boolean exceeds(Money other) {
    return toYuan().compareTo(other.toYuan()) > 0;
  }

  @Override
  public String toString() {
    return amount == null || unit == null ? "?" : amount.toPlainString() + unit.label();
  }
}
