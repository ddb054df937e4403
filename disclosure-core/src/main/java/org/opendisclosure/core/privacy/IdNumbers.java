package org.opendisclosure.core.privacy;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;

/**
 * Checks on 居民身份证号码 (resident identity card numbers). The 18-character form (GB 11643) is a
 * 6-digit region code, an 8-digit birth date, a 3-digit sequence and a check character ({@code
 * 0-9} or {@code X}; a lowercase {@code x} is accepted). The 15-digit first-generation form is a
 * region code, a {@code yymmdd} birth date in the 1900s and a 3-digit sequence, with no check.
 *
 * <p>"Plausible" means: the region code starts with 1–8 and the birth date is a real calendar
 * date between 1 January 1870 and today. The lower bound is 1870 rather than 1900 so that the
 * standard's own example {@code 440524188001010014} (born 1880) is recognised; a false positive
 * from a few more accepted years is cheaper than a missed ID. Only ASCII characters are
 * accepted here; the scanner folds full-width digits before calling. Stateless and thread-safe.
 */
public final class IdNumbers {
  /** The earliest birth year accepted as plausible. */
  public static final int EARLIEST_BIRTH_YEAR = 1870;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private IdNumbers() {}

  /**
   * True when {@code id} has the 18-character shape (17 ASCII digits and a digit or {@code X}/
   * {@code x}) and its last character is the GB 11643 check character of the first 17. Says
   * nothing about the region or the birth date; see {@link #isPlausible(String)}.
   */
  public static boolean hasValidCheck(String id) {
    if (id == null || id.length() != 18 || !isDigits(id, 0, 17)) {
      return false;
    }
    char last = Character.toUpperCase(id.charAt(17));
    return last == checkCharacter(id.substring(0, 17));
  }

  /** {@link #isPlausible(String, LocalDate)} with today's date in China. */
  public static boolean isPlausible(String id) {
    return isPlausible(id, LocalDate.now(CHINA));
  }

  /**
   * True when {@code id} is shaped like an 18- or 15-character ID number with a region code
   * starting 1–8 and a real birth date from 1870 up to {@code today}. The check character is
   * not looked at: a plausible number with a wrong check character is most likely a mistyped ID.
   */
  public static boolean isPlausible(String id, LocalDate today) {
    if (id == null || today == null) {
      return false;
    }
    if (id.length() == 18) {
      char last = id.charAt(17);
      boolean lastOk = (last >= '0' && last <= '9') || last == 'X' || last == 'x';
      return lastOk
          && isDigits(id, 0, 17)
          && regionOk(id)
          && dateOk(number(id, 6, 10), number(id, 10, 12), number(id, 12, 14), today);
    }
    if (id.length() == 15) {
      return isDigits(id, 0, 15)
          && regionOk(id)
          && dateOk(1900 + number(id, 6, 8), number(id, 8, 10), number(id, 10, 12), today);
    }
    return false;
  }

  /** {@link #isValid(String, LocalDate)} with today's date in China. */
  public static boolean isValid(String id) {
    return isValid(id, LocalDate.now(CHINA));
  }

  /**
   * True for a plausible 15-digit ID, or a plausible 18-character ID with a correct check
   * character.
   */
  public static boolean isValid(String id, LocalDate today) {
    return isPlausible(id, today) && (id.length() == 15 || hasValidCheck(id));
  }

  /** The GB 11643 check character for the first 17 digits; package-private for tests. */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static boolean regionOk(String id) {
    char first = id.charAt(0);
    return first >= '1' && first <= '8';
  }

  private static boolean dateOk(int year, int month, int day, LocalDate today) {
    if (year < EARLIEST_BIRTH_YEAR || year > today.getYear()) {
      return false;
    }
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return false;
    }
    return !LocalDate.of(year, month, day).isAfter(today);
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    return Integer.parseInt(s, from, to, 10);
  }
}
