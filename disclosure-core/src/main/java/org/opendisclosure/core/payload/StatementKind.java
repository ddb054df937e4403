package org.opendisclosure.core.payload;

/**
 * Whether figures are planned or the outturn: 预算 (budget) or 决算 (final accounts, the audited
 * outturn of a budget). Used by {@link BudgetStatement} and {@link ThreePublicExpenses}. Immutable
 * and thread-safe.
 */
public enum StatementKind {
  /** 预算. */
  BUDGET("预算"),
  /** 决算. */
  FINAL_ACCOUNTS("决算");

  private final String label;

  StatementKind(String label) {
    this.label = label;
  }

  /** The Chinese term as notices print it. */
  public String label() {
    return label;
  }
}
