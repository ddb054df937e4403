package org.opendisclosure.portal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.payload.Money;

/** Dates, amounts and changes as Chinese notices print them. Stateless and thread-safe. */
public final class Format {
  private Format() {}

  /** 2026年3月2日. */
  public static String date(LocalDate d) {
    return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** The local date of {@code at} in Asia/Shanghai, as {@link #date(LocalDate)}. */
  public static String date(Instant at) {
    return at == null ? "" : date(LocalDate.ofInstant(at, Disclosures.ZONE));
  }

  /** 2026年3月. */
  public static String month(YearMonth m) {
    return m == null ? "" : m.getYear() + "年" + m.getMonthValue() + "月";
  }

  /** ISO date for machine-readable attributes ({@code <time datetime>}). */
  public static String iso(Instant at) {
    return at == null ? "" : LocalDate.ofInstant(at, Disclosures.ZONE).toString();
  }

  /** The amount as printed, with its unit: 38.62万元. */
  public static String money(Money m) {
    return m == null || m.amount() == null ? "—" : m.amount().toPlainString() + (m.unit() == null ? "" : m.unit().label());
  }

  /** The amount as printed, without unit (for table cells whose header names the unit). */
  public static String amount(Money m) {
    return m == null || m.amount() == null ? "—" : m.amount().toPlainString();
  }

  /** {@code a - b} in a's unit and scale, with a sign: +1.20, -4.15, 0.00. */
  public static String change(Money now, Money before) {
    BigDecimal d = difference(now, before);
    if (d == null) {
      return "—";
    }
    return (d.signum() > 0 ? "+" : "") + d.toPlainString();
  }

  /** The relative change in percent with one decimal (−9.7%), or — when last year was zero. */
  public static String percent(Money now, Money before) {
    BigDecimal d = difference(now, before);
    if (d == null || before.amount().signum() == 0) {
      return "—";
    }
    BigDecimal pct = d.multiply(BigDecimal.valueOf(100)).divide(before.toYuan().divide(now.unit().inYuan()), 1,
        RoundingMode.HALF_UP);
    return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
  }

  /** {@code now - before} in now's unit at now's scale, or null when either is missing. */
  static BigDecimal difference(Money now, Money before) {
    if (now == null || before == null || now.amount() == null || before.amount() == null || now.unit() == null
        || before.unit() == null) {
      return null;
    }
    BigDecimal beforeInUnit = before.toYuan().divide(now.unit().inYuan());
    return now.amount().subtract(beforeInUnit).setScale(Math.max(now.amount().scale(), 0), RoundingMode.HALF_UP);
  }

  /** The value of {@code m} in its unit as a plain number for charts, or null. */
  public static BigDecimal value(Money m) {
    return m == null ? null : m.amount();
  }
}
