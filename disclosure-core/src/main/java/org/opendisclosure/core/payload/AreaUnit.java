package org.opendisclosure.core.payload;

import java.math.BigDecimal;

/** Land area units as notices print them; 1 公顷 = 15 亩. Immutable and thread-safe. */
public enum AreaUnit {
  MU("亩", BigDecimal.ONE),
  HECTARE("公顷", BigDecimal.valueOf(15));

  private final String label;
  private final BigDecimal mu;

  AreaUnit(String label, BigDecimal mu) {
    this.label = label;
    this.mu = mu;
  }

  public String label() {
    return label;
  }

  /** How many 亩 one of this unit is. */
  public BigDecimal inMu() {
    return mu;
  }
}
