package org.opendisclosure.core.payload;

import java.util.List;
import org.opendisclosure.core.FieldError;

/**
 * The three public expenses (三公经费) of an organ for one year: outbound official travel, official
 * vehicles and official hospitality, as budgeted or as spent, with last year's figures and the
 * explanation of the change. Amounts are usually in 万元.
 *
 * <p>Rules, for both years: {@code vehicles = vehiclePurchase + vehicleRunning} and {@code total =
 * outboundTravel + vehicles + hospitality}. The explanation is required when any figure differs
 * from last year's; the activity counts are required for final accounts. Immutable and thread-safe.
 *
 * @param year the year the figures are for
 * @param statementKind budget (预算) or final accounts (决算)
 * @param amounts this year's figures
 * @param previousAmounts last year's figures, if printed
 * @param changeExplanation why the figures changed (增减变化原因)
 * @param activity delegations, vehicles and hospitality counts; required for final accounts
 */
public record ThreePublicExpenses(
    int year,
    StatementKind statementKind,
    Amounts amounts,
    Amounts previousAmounts,
    String changeExplanation,
    Activity activity)
    implements Payload {

  /**
   * One year's figures. Immutable and thread-safe.
   *
   * @param outboundTravel 因公出国（境）费
   * @param vehicles 公务用车购置及运行（维护）费
   * @param vehiclePurchase 公务用车购置费
   * @param vehicleRunning 公务用车运行（维护）费
   * @param hospitality 公务接待费
   * @param total 合计
   */
  public record Amounts(
      Money outboundTravel,
      Money vehicles,
      Money vehiclePurchase,
      Money vehicleRunning,
      Money hospitality,
      Money total) {

    void check(Violations v) {
      v.money("outboundTravel", outboundTravel);
      v.money("vehicles", vehicles);
      v.money("vehiclePurchase", vehiclePurchase);
      v.money("vehicleRunning", vehicleRunning);
      v.money("hospitality", hospitality);
      v.money("total", total);
      v.sum(
          "vehicles",
          vehicles,
          "vehiclePurchase + vehicleRunning",
          vehiclePurchase,
          vehicleRunning);
      v.sum(
          "total",
          total,
          "outboundTravel + vehicles + hospitality",
          outboundTravel,
          vehicles,
          hospitality);
    }

    /** True when a figure that both years print is a different sum of money. */
    boolean differsFrom(Amounts other) {
      return differ(outboundTravel, other.outboundTravel)
          || differ(vehicles, other.vehicles)
          || differ(vehiclePurchase, other.vehiclePurchase)
          || differ(vehicleRunning, other.vehicleRunning)
          || differ(hospitality, other.hospitality)
          || differ(total, other.total);
    }

    private static boolean differ(Money a, Money b) {
      return Violations.summable(a) && Violations.summable(b) && !a.sameValueAs(b);
    }
  }

  /**
   * What the money paid for, as final accounts report it. Immutable and thread-safe.
   *
   * @param delegationsAbroad 因公出国（境）团组数
   * @param personsAbroad 因公出国（境）人次
   * @param vehiclesPurchased 公务用车购置数
   * @param vehiclesHeld 公务用车保有量
   * @param hospitalityBatches 公务接待批次
   * @param hospitalityPersons 公务接待人次
   */
  public record Activity(
      Integer delegationsAbroad,
      Integer personsAbroad,
      Integer vehiclesPurchased,
      Integer vehiclesHeld,
      Integer hospitalityBatches,
      Integer hospitalityPersons) {

    void check(Violations v, boolean required) {
      count(v, "delegationsAbroad", delegationsAbroad, required);
      count(v, "personsAbroad", personsAbroad, required);
      count(v, "vehiclesPurchased", vehiclesPurchased, required);
      count(v, "vehiclesHeld", vehiclesHeld, required);
      count(v, "hospitalityBatches", hospitalityBatches, required);
      count(v, "hospitalityPersons", hospitalityPersons, required);
    }

    private static void count(Violations v, String field, Integer value, boolean required) {
      if (required) {
        v.count(field, value, 0);
      } else {
        v.optionalCount(field, value, 0);
      }
    }
  }

  @Override
  public PayloadKind kind() {
    return PayloadKind.THREE_PUBLIC_EXPENSES;
  }

  @Override
  public List<FieldError> validate() {
    Violations v = new Violations();
    v.year("year", year);
    v.present("statementKind", statementKind);
    if (v.present("amounts", amounts)) {
      amounts.check(v.at("amounts"));
    }
    if (previousAmounts != null) {
      previousAmounts.check(v.at("previousAmounts"));
      boolean explained = changeExplanation != null && !changeExplanation.isBlank();
      if (amounts != null && amounts.differsFrom(previousAmounts) && !explained) {
        v.add("changeExplanation", "is required when figures differ from the previous year");
      }
    }
    boolean finalAccounts = statementKind == StatementKind.FINAL_ACCOUNTS;
    if (activity != null) {
      activity.check(v.at("activity"), finalAccounts);
    } else if (finalAccounts) {
      v.add("activity", "is required for final accounts");
    }
    return v.errors();
  }
}
