package org.opendisclosure.core.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opendisclosure.core.FieldError;

/**
 * The result of a tender or government procurement (招投标/政府采购结果公告): project, method, purchaser and
 * agent, the winning suppliers with their amounts, the main items, the evaluation experts and the
 * dates.
 *
 * <p>Rules: the awarded amounts together do not exceed the budget; the announcement and the
 * contract are not dated before the winner was determined. A supplier's 统一社会信用代码 is checked for
 * shape only here (18 characters of its alphabet), not for its check character. Immutable and
 * thread-safe.
 *
 * @param projectNumber 项目编号
 * @param projectName 项目名称
 * @param budget 预算金额
 * @param method 采购方式
 * @param purchaser 采购人
 * @param agent 采购代理机构, if any
 * @param awards the winning suppliers (中标/成交供应商), at least one
 * @param items the main items (主要标的)
 * @param experts names of the evaluation experts (评审专家)
 * @param determinedOn when the winner was determined, which starts the announcement deadline
 * @param announcedOn when the result was announced
 * @param contractSignedOn when the contract was signed, once it is
 */
public record ProcurementResult(
    String projectNumber,
    String projectName,
    Money budget,
    Method method,
    String purchaser,
    String agent,
    List<Award> awards,
    List<Item> items,
    List<String> experts,
    LocalDate determinedOn,
    LocalDate announcedOn,
    LocalDate contractSignedOn)
    implements Payload {

  /** 统一社会信用代码 (GB 32100): 18 characters of this alphabet, upper case. */
  private static final Pattern CREDIT_CODE = Pattern.compile("[0-9ABCDEFGHJKLMNPQRTUWXY]{18}");

  /** 采购方式 / 招标方式. */
  public enum Method {
    /** 公开招标. */
    OPEN_TENDERING("公开招标"),
    /** 邀请招标. */
    INVITED_TENDERING("邀请招标"),
    /** 竞争性谈判. */
    COMPETITIVE_NEGOTIATION("竞争性谈判"),
    /** 竞争性磋商. */
    COMPETITIVE_CONSULTATION("竞争性磋商"),
    /** 询价. */
    REQUEST_FOR_QUOTATION("询价"),
    /** 单一来源. */
    SINGLE_SOURCE("单一来源"),
    /** 框架协议. */
    FRAMEWORK_AGREEMENT("框架协议");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    /** The method as notices print it. */
    public String label() {
      return label;
    }
  }

  /**
   * A winning supplier and its awarded amount (中标/成交金额). Immutable and thread-safe.
   *
   * @param supplier 供应商名称
   * @param creditCode 统一社会信用代码, 18 characters
   * @param amount 中标/成交金额
   */
  public record Award(String supplier, String creditCode, Money amount) {}

  /**
   * A main item (主要标的): name, specification, quantity with its unit of measure, unit price.
   * Immutable and thread-safe.
   *
   * @param name 名称
   * @param specification 规格型号 or 服务/施工要求, if printed
   * @param quantity 数量, positive
   * @param unitOfMeasure 单位 such as 台, 套, 项, if printed
   * @param unitPrice 单价
   */
  public record Item(
      String name,
      String specification,
      BigDecimal quantity,
      String unitOfMeasure,
      Money unitPrice) {}

  public ProcurementResult {
    awards = Violations.copy(awards);
    items = Violations.copy(items);
    experts = Violations.copy(experts);
  }

  @Override
  public PayloadKind kind() {
    return PayloadKind.PROCUREMENT;
  }

  @Override
  public List<FieldError> validate() {
    Violations v = new Violations();
    v.text("projectNumber", projectNumber);
    v.text("projectName", projectName);
    v.money("budget", budget);
    v.present("method", method);
    v.text("purchaser", purchaser);
    if (v.notEmpty("awards", awards)) {
      v.each("awards", awards, ProcurementResult::checkAward);
      checkAwardsWithinBudget(v);
    }
    v.each(
        "items",
        items,
        (at, item) -> {
          at.text("name", item.name());
          at.positive("quantity", item.quantity());
          at.money("unitPrice", item.unitPrice());
        });
    v.texts("experts", experts);
    boolean determined = v.present("determinedOn", determinedOn);
    if (v.present("announcedOn", announcedOn) && determined && announcedOn.isBefore(determinedOn)) {
      v.add("announcedOn", "must not be before determinedOn (" + determinedOn + ")");
    }
    if (contractSignedOn != null && determined && contractSignedOn.isBefore(determinedOn)) {
      v.add("contractSignedOn", "must not be before determinedOn (" + determinedOn + ")");
    }
    return v.errors();
  }

  private static void checkAward(Violations v, Award award) {
    v.text("supplier", award.supplier());
    if (v.text("creditCode", award.creditCode()) && !CREDIT_CODE.matcher(award.creditCode()).matches()) {
      v.add("creditCode", "must be 18 characters of 0-9 and A-Y without I, O, S, V, Z");
    }
    v.money("amount", award.amount());
  }

  private void checkAwardsWithinBudget(Violations v) {
    List<Money> amounts = new ArrayList<>();
    for (Award award : awards) {
      if (award == null || !Violations.summable(award.amount())) {
        return;
      }
      amounts.add(award.amount());
    }
    Money sum = Money.sum(amounts);
    if (Violations.summable(budget) && sum.exceeds(budget)) {
      v.add("awards", "must not exceed the budget (" + budget + ") in sum, was " + sum);
    }
  }
}
