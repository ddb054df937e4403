package org.opendisclosure.core.payload;

import java.math.BigDecimal;

/** A land area with its unit as printed (亩 or 公顷). */
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

  @Override
  public String toString() {
    return value == null || unit == null ? "?" : value.toPlainString() + unit.label();
  }
}
