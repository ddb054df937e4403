package org.opendisclosure.core.payload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import org.opendisclosure.core.FieldError;

/**
 * Collects the field errors of one {@code validate()} call, each under a path prefix such as {@code
 * lines[3]}. A child made by {@link #at} shares the parent's list. Not thread-safe: make one per
 * call and drop it.
 */
final class Violations {
  private static final String REQUIRED = "is required";

  private final List<FieldError> errors;
  private final String prefix;

  Violations() {
    this(new ArrayList<>(), "");
  }

  private Violations(List<FieldError> errors, String prefix) {
    this.errors = errors;
    this.prefix = prefix;
  }

  /**
   * The list a payload keeps: empty for null, otherwise an unmodifiable copy that keeps null
   * elements so that {@code validate()} can report them ({@code List.copyOf} would throw).
   */
  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** A collector that adds {@code field} to this one's prefix and shares its errors. */
  Violations at(String field) {
    return new Violations(errors, path(field));
  }

  private String path(String field) {
    if (prefix.isEmpty()) {
      return field;
    }
    return field.startsWith("[") ? prefix + field : prefix + "." + field;
  }

  void add(String field, String message) {
    errors.add(new FieldError(path(field), message));
  }

  /** Reports a missing value; true when it is there. */
  boolean present(String field, Object value) {
    if (value == null) {
      add(field, REQUIRED);
      return false;
    }
    return true;
  }

  /** Reports a null or blank string; true when it has text. */
  boolean text(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, REQUIRED);
      return false;
    }
    return true;
  }

  /** Reports a year outside 1950–2100 (a missing JSON number reads as 0); true when inside. */
  boolean year(String field, int year) {
    if (year < 1950 || year > 2100) {
      add(field, "must be a year between 1950 and 2100, was " + year);
      return false;
    }
    return true;
  }

  /** Reports a missing count or one below {@code min}. */
  void count(String field, Integer value, int min) {
    if (present(field, value) && value < min) {
      add(field, "must be at least " + min + ", was " + value);
    }
  }

  /** Reports a count below {@code min} when it is given. */
  void optionalCount(String field, Integer value, int min) {
    if (value != null) {
      count(field, value, min);
    }
  }

  /** Reports a missing money, a missing amount or unit, and a negative amount. */
  void money(String field, Money money) {
    if (present(field, money)) {
      moneyParts(field, money);
    }
  }

  /** As {@link #money} when given. */
  void optionalMoney(String field, Money money) {
    if (money != null) {
      moneyParts(field, money);
    }
  }

  private void moneyParts(String field, Money money) {
    boolean amount = present(field + ".amount", money.amount());
    present(field + ".unit", money.unit());
    if (amount && money.amount().signum() < 0) {
      add(field, "must not be negative, was " + money);
    }
  }

  /** Reports a missing area, a missing value or unit, and a value that is not positive. */
  void area(String field, Area area) {
    if (present(field, area)) {
      boolean value = present(field + ".value", area.value());
      present(field + ".unit", area.unit());
      if (value && area.value().signum() <= 0) {
        add(field, "must be positive, was " + area);
      }
    }
  }

  /** Reports a quantity that is missing or not positive. */
  void positive(String field, BigDecimal value) {
    if (present(field, value) && value.signum() <= 0) {
      add(field, "must be positive, was " + value.toPlainString());
    }
  }

  /**
   * Reports each null element as {@code field[i]} and runs {@code check} on the others with a
   * collector prefixed {@code field[i]}.
   */
  <T> void each(String field, List<T> list, BiConsumer<Violations, T> check) {
    for (int i = 0; i < list.size(); i++) {
      String element = field + "[" + i + "]";
      T value = list.get(i);
      if (present(element, value)) {
        check.accept(at(element), value);
      }
    }
  }

  /** Reports each null or blank string of {@code list} as {@code field[i]}. */
  void texts(String field, List<String> list) {
    for (int i = 0; i < list.size(); i++) {
      text(field + "[" + i + "]", list.get(i));
    }
  }

  /** Reports an empty list; true when it has elements. */
  boolean notEmpty(String field, List<?> list) {
    if (list.isEmpty()) {
      add(field, "must not be empty");
      return false;
    }
    return true;
  }

  /**
   * Reports {@code printed} when it is not the same sum of money as {@code parts}, naming both.
   * Does nothing when {@code printed} or any part cannot be summed (those are reported already).
   */
  void sum(String field, Money printed, List<Money> parts, String what) {
    if (!summable(printed) || !parts.stream().allMatch(Violations::summable)) {
      return;
    }
    Money expected = Money.sum(parts);
    if (!printed.sameValueAs(expected)) {
      add(field, "must equal " + what + " (" + expected + "), was " + printed);
    }
  }

  /** As {@link #sum(String, Money, List, String)}, for a fixed set of parts that may be null. */
  void sum(String field, Money printed, String what, Money... parts) {
    sum(field, printed, Arrays.asList(parts), what);
  }

  /**
   * True when {@code money} can take part in a sum rule: amount and unit are there and the amount
   * is not negative. Anything else is reported on its own, and a sum over it would only repeat it.
   */
  static boolean summable(Money money) {
    return money != null
        && money.amount() != null
        && money.unit() != null
        && money.amount().signum() >= 0;
  }

  /** As {@link #summable(Money)}: value and unit are there and the value is positive. */
  static boolean summable(Area area) {
    return area != null && area.value() != null && area.unit() != null && area.value().signum() > 0;
  }

  List<FieldError> errors() {
    return List.copyOf(errors);
  }
}
