package org.opendisclosure.core.payload;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opendisclosure.core.FieldError;

/**
 * A social assistance list (低保 / 五保 / 特困 / 临时救助名单) of one village or community for one period: per
 * household the head's name, persons covered, amount and category.
 *
 * <p>Rules: printed totals, when given, equal the sums of the households. A household's {@code
 * idNumber} is kept for reviewers only and checked for shape only (18 characters, digits with a
 * final X, or 15 digits); it must never be public, and {@link Household#toString()} hides it.
 * Immutable and thread-safe.
 *
 * @param program which assistance the list is for
 * @param period the month the list is for (e.g. 2026-03 拟新增)
 * @param township 乡镇
 * @param village 村 or 社区
 * @param households the households, at least one
 * @param totalHouseholds 合计户数, if printed
 * @param totalPersons 合计保障人数, if printed
 * @param totalAmount 合计金额, if printed
 */
public record SocialAssistanceList(
    Program program,
    YearMonth period,
    String township,
    String village,
    List<Household> households,
    Integer totalHouseholds,
    Integer totalPersons,
    Money totalAmount)
    implements Payload {

  /** 居民身份证号码: 17 digits and a digit or X, or the older 15 digits. */
  private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]|[0-9]{15}");

  /** The assistance programme. */
  public enum Program {
    /** 最低生活保障 (低保). */
    MINIMUM_LIVING("低保"),
    /** 农村五保供养 (五保). */
    FIVE_GUARANTEES("五保"),
    /** 特困人员救助供养 (特困). */
    EXTREME_POVERTY("特困"),
    /** 临时救助. */
    TEMPORARY("临时救助");

    private final String label;

    Program(String label) {
      this.label = label;
    }

    /** The programme as notices print it. */
    public String label() {
      return label;
    }
  }

  /**
   * One household. Immutable and thread-safe.
   *
   * @param headName 户主姓名, as local rules allow it to be shown
   * @param persons 保障人数, at least 1
   * @param amount 月保障金额; for {@link Program#TEMPORARY} the one-off amount
   * @param category 保障类别 such as A类, if any
   * @param idNumber the head's 居民身份证号码 for reviewers; never public
   */
  public record Household(
      String headName, Integer persons, Money amount, String category, String idNumber) {

    void check(Violations v) {
      v.text("headName", headName);
      v.count("persons", persons, 1);
      v.money("amount", amount);
      if (idNumber != null && !ID_NUMBER.matcher(idNumber).matches()) {
        v.add("idNumber", "must be 18 characters (digits, last may be X) or 15 digits");
      }
    }

    /** Shows every component but the ID number, which is never written to logs. */
    @Override
    public String toString() {
      return String.format(
          "Household[headName=%s, persons=%s, amount=%s, category=%s, idNumber=%s]",
          headName, persons, amount, category, idNumber == null ? null : "***");
    }
  }

  public SocialAssistanceList {
    households = Violations.copy(households);
  }

  @Override
  public PayloadKind kind() {
    return PayloadKind.SOCIAL_ASSISTANCE;
  }

  @Override
  public List<FieldError> validate() {
    Violations v = new Violations();
    v.present("program", program);
    v.present("period", period);
    v.text("township", township);
    v.text("village", village);
    if (v.notEmpty("households", households)) {
      v.each("households", households, (at, household) -> household.check(at));
    }
    if (totalHouseholds != null && totalHouseholds != households.size()) {
      String expected = "(" + households.size() + "), was " + totalHouseholds;
      v.add("totalHouseholds", "must equal the number of households " + expected);
    }
    checkTotals(v);
    return v.errors();
  }

  private void checkTotals(Violations v) {
    if (totalPersons == null && totalAmount == null) {
      return;
    }
    v.optionalMoney("totalAmount", totalAmount);
    int persons = 0;
    List<Money> amounts = new ArrayList<>();
    boolean personsKnown = true;
    for (Household household : households) {
      if (household == null) {
        return;
      }
      personsKnown &= household.persons() != null;
      persons += household.persons() == null ? 0 : household.persons();
      amounts.add(household.amount());
    }
    if (totalPersons != null && personsKnown && totalPersons != persons) {
      v.add("totalPersons", "must equal the sum of persons (" + persons + "), was " + totalPersons);
    }
    if (totalAmount != null) {
      v.sum("totalAmount", totalAmount, amounts, "the sum of the households' amounts");
    }
  }
}
