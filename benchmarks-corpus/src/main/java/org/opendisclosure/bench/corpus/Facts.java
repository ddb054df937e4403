package org.opendisclosure.bench.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The structured content of a notice, one record per payload kind of the core model, holding only
 * JDK types so that this module needs no dependency. The benchmarks module maps each to the core
 * payload; the notice's text is written from the same facts, so text and payload agree. All
 * figures add up as the core validation demands. Immutable.
 */
public sealed interface Facts {

  /** An amount as printed: its value and whether it is in 万元 (else 元). */
  record Amount(BigDecimal value, boolean wan) {
    /** The amount in 元. */
    public BigDecimal yuan() {
      return wan ? value.movePointRight(4) : value;
    }

    @Override
    public String toString() {
      return value.toPlainString() + (wan ? "万元" : "元");
    }
  }

  /** One classification line (类/款/项 code, name, amount in 万元). */
  record Line(String code, String name, Amount amount) {}

  /** 预算/决算 of an organ for a fiscal year. */
  record Budget(
      int fiscalYear,
      boolean finalAccounts,
      LocalDate approvedOn,
      String approvedBy,
      Amount totalRevenue,
      Amount totalExpenditure,
      List<Line> functionLines,
      List<Line> economicLines,
      List<String> tables)
      implements Facts {}

  /** One year's three public expenses, all in 万元. */
  record ExpenseAmounts(
      Amount outboundTravel, Amount vehicles, Amount vehiclePurchase, Amount vehicleRunning,
      Amount hospitality, Amount total) {}

  /**
   * 三公经费 statement. {@code activity} holds the six counts of final accounts in the order of the
   * core's {@code Activity} record (delegations, persons abroad, vehicles bought, vehicles held,
   * hospitality batches and persons), or is null for a budget.
   */
  record ThreePublicExpenses(
      int year,
      boolean finalAccounts,
      ExpenseAmounts amounts,
      ExpenseAmounts previousAmounts,
      String changeExplanation,
      List<Integer> activity)
      implements Facts {}

  /** One land type and its area in 公顷. */
  record Parcel(String landType, BigDecimal hectares) {}

  /** One compensation rate, e.g. 区片综合地价 52000 元/亩. */
  record Compensation(String item, Amount amount, String perUnit) {}

  /** A land-acquisition notice at one of its three stages (0 pre-announcement, 1 plan, 2 announcement). */
  record Land(
      int stage,
      String approvalNumber,
      String township,
      String village,
      List<String> villagerGroups,
      List<Parcel> parcels,
      BigDecimal totalHectares,
      BigDecimal totalMu,
      String purpose,
      List<Compensation> compensation,
      String resettlement,
      Integer affectedHouseholds,
      String registrationMethod,
      LocalDate registrationDeadline,
      String objectionChannel,
      boolean hearingRights)
      implements Facts {}

  /** One person of a cadre notice. */
  record Person(
      String name,
      boolean male,
      String ethnicity,
      YearMonth birthMonth,
      String nativePlace,
      String partyMembership,
      String education,
      YearMonth workStart,
      String currentPost,
      String proposedPost) {}

  /** 干部任前公示. */
  record Cadre(
      List<Person> persons,
      LocalDate windowStart,
      LocalDate windowEnd,
      String receivingOffice,
      String phone,
      String address,
      String hours)
      implements Facts {}

  /** A winning supplier. */
  record Award(String supplier, String creditCode, Amount amount) {}

  /** A main item of a procurement. */
  record ProcurementItem(String name, String specification, BigDecimal quantity, String unit, Amount unitPrice) {}

  /** 中标/成交结果, 采购合同 or 中标候选人公示; {@code method} is the index of the core enum's constant. */
  record Procurement(
      String projectNumber,
      String projectName,
      Amount budget,
      int method,
      String purchaser,
      String agent,
      List<Award> awards,
      List<ProcurementItem> items,
      List<String> experts,
      LocalDate determinedOn,
      LocalDate announcedOn,
      LocalDate contractSignedOn)
      implements Facts {}

  /** One household of an assistance list. */
  record Household(String headName, int persons, Amount amount, String category) {}

  /** 低保/五保/特困/临时救助 list; {@code program} is the index of the core enum's constant. */
  record Assistance(
      int program,
      YearMonth period,
      String township,
      String village,
      List<Household> households,
      int totalPersons,
      Amount totalAmount)
      implements Facts {}

  /** Any other document: policy, report, guide, plan, notice. */
  record Document(String documentNumber, String issuer, LocalDate writtenOn, LocalDate effectiveFrom, boolean valid)
      implements Facts {}
}
