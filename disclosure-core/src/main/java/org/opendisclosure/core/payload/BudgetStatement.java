package org.opendisclosure.core.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.core.FieldError;

/**
 * A budget or final accounts (预算/决算) of an organ for one fiscal year, as approved (批准/批复): totals,
 * expenditure by function classification (支出功能分类) down to 项 and basic expenditure (基本支出) by
 * economic classification (支出经济分类) down to 款. Amounts are usually in 万元.
 *
 * <p>Rules: {@code totalExpenditure} equals the sum of the 类 lines of {@code functionLines}; a line
 * with children equals their sum; a child's code starts with its parent's code, which must be in
 * the same table; codes are unique per table. Immutable and thread-safe.
 *
 * @param fiscalYear the fiscal year (预算年度)
 * @param statementKind budget or final accounts
 * @param approvedOn the approval date, which starts the 20-day publication deadline
 * @param approvedBy the approving body, e.g. 镇人民代表大会 or 县财政局
 * @param totalRevenue 收入总计
 * @param totalExpenditure 支出总计
 * @param functionLines expenditure by function: 类 (201 一般公共服务支出), 款 (20101), 项 (2010101)
 * @param economicLines basic expenditure by economic class: 类 (301 工资福利支出), 款 (30101)
 * @param tables names of the standard tables published with it, see {@link #STANDARD_TABLES}
 */
public record BudgetStatement(
    int fiscalYear,
    StatementKind statementKind,
    LocalDate approvedOn,
    String approvedBy,
    Money totalRevenue,
    Money totalExpenditure,
    List<Line> functionLines,
    List<Line> economicLines,
    List<String> tables)
    implements Payload {

  /** The standard tables of a department budget disclosure, in their usual order. */
  public static final List<String> STANDARD_TABLES =
      List.of(
          "收支总表",
          "收入总表",
          "支出总表",
          "财政拨款收支总表",
          "一般公共预算支出表",
          "一般公共预算基本支出表",
          "三公经费支出表",
          "政府性基金预算支出表",
          "国有资本经营预算支出表");

  /**
   * One line of a classification table: a 类 (3 digits), 款 (5) or 项 (7) code, its name and amount.
   * Immutable and thread-safe.
   */
  public record Line(String code, String name, Money amount) {}

  public BudgetStatement {
    functionLines = Violations.copy(functionLines);
    economicLines = Violations.copy(economicLines);
    tables = Violations.copy(tables);
  }

  @Override
  public PayloadKind kind() {
    return PayloadKind.BUDGET;
  }

  @Override
  public List<FieldError> validate() {
    Violations v = new Violations();
    boolean year = v.year("fiscalYear", fiscalYear);
    v.present("statementKind", statementKind);
    if (v.present("approvedOn", approvedOn) && year && statementKind != null) {
      checkApprovalYear(v);
    }
    v.text("approvedBy", approvedBy);
    v.money("totalRevenue", totalRevenue);
    v.money("totalExpenditure", totalExpenditure);
    if (v.notEmpty("functionLines", functionLines)) {
      Optional<List<Money>> classes =
          ClassificationTable.check(v, "functionLines", functionLines, 3);
      classes.ifPresent(
          amounts ->
              v.sum("totalExpenditure", totalExpenditure, amounts, "the sum of the 类 lines"));
    }
    ClassificationTable.check(v, "economicLines", economicLines, 2);
    v.texts("tables", tables);
    return v.errors();
  }

  private void checkApprovalYear(Violations v) {
    if (statementKind == StatementKind.FINAL_ACCOUNTS && approvedOn.getYear() <= fiscalYear) {
      v.add("approvedOn", "must be after fiscal year " + fiscalYear + " for final accounts");
    }
    if (statementKind == StatementKind.BUDGET && approvedOn.getYear() > fiscalYear) {
      v.add("approvedOn", "must not be after fiscal year " + fiscalYear + " for a budget");
    }
  }
}
