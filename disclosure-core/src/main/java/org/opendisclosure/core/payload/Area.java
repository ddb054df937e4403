package org.opendisclosure.core.payload;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A land area with its unit and scale as printed (亩 or 公顷; 1 公顷 = 15 亩). Null parts are allowed
 * here so that a payload's {@code validate()} can report them by path. Immutable and thread-safe.
 */
public record Area(BigDecimal value, AreaUnit unit) {

  public static Area mu(String value) {
    return new Area(new BigDecimal(value), AreaUnit.MU);
  }

  public static Area hectares(String value) {
    return new Area(new BigDecimal(value), AreaUnit.HECTARE);
  }

  /** The area in 亩, exact. */
  public BigDecimal toMu() {
    return value.multiply(unit.inMu());
  }

  /**
   * This area in {@code target}, rounded half-up to {@code scale} decimals as a notice prints it:
   * 100亩 in 公顷 at scale 2 is 6.67公顷.
   */
  public Area convertedTo(AreaUnit target, int scale) {
    return new Area(toMu().divide(target.inMu(), scale, RoundingMode.HALF_UP), target);
  }

  /**
   * True when {@code printed} is this area in another unit as a notice would print it: this area
   * converted to {@code printed}'s unit and rounded at its scale equals it ("3.2公顷（合48亩）").
   */
  public boolean agreesWith(Area printed) {
    int scale = Math.max(printed.value().scale(), 0);
    return convertedTo(printed.unit(), scale).value().compareTo(printed.value()) == 0;
  }

  @Override
  public String toString() {
    return value == null || unit == null ? "?" : value.toPlainString() + unit.label();
  }
}
