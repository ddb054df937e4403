package org.opendisclosure.core.privacy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Finds ID numbers, mobile numbers and bank cards in one left-to-right pass.
 *
 * <p>The text is cut into <em>runs</em>: maximal stretches of ASCII or full-width letters and
 * digits. Only a whole run (or a whole group of runs, below) is ever a candidate, so a number
 * inside a longer run of letters or digits — a credit code, {@code 11350100MB0123456X}, a date
 * {@code 20240315}, a 17-digit figure — never matches part-way. A run joined to another by a
 * decimal point ({@code 123456789012345678.00}) is part of an amount and is skipped.
 *
 * <p>Runs separated by exactly one hyphen, or exactly one space, form a group that is tried as
 * a whole when its run lengths have a known layout: 3-4-4 (mobile), 6-8-4 and 6-4-4-4 (ID),
 * or fours ending in a group of 1–4 with 16–19 digits in all (bank card). A leading
 * {@code 86}/{@code +86} group is kept with a mobile. A group that does not fit is looked at run
 * by run, so table figures in one line stay separate. Tabs never join runs. Leftovers of masked
 * values never join a group, which keeps masking idempotent.
 */
final class NumberDetector {
  private static final byte NONE = 0;
  private static final byte HYPHEN = 1;
  private static final byte SPACE = 2;
  private static final Candidate ID = new Candidate(FindingType.ID_NUMBER, Severity.BLOCKING);
  private static final Candidate DOUBTFUL_ID = new Candidate(FindingType.ID_NUMBER, Severity.WARNING);
  private static final Candidate OLD_ID = new Candidate(FindingType.ID_NUMBER_15, Severity.BLOCKING);
  private static final Candidate MOBILE = new Candidate(FindingType.MOBILE, Severity.BLOCKING);
  private static final Candidate CARD = new Candidate(FindingType.BANK_CARD, Severity.BLOCKING);

  private final String text;
  private final LocalDate today;
  private final List<Finding> out;
  private int count;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] consumed;

  private NumberDetector(String text, LocalDate today, List<Finding> out) {
    this.text = text;
    this.today = today;
    this.out = out;
  }

  static void detect(String text, LocalDate today, List<Finding> out) {
    new NumberDetector(text, today, out).run();
  }

  private void run() {
    collectRuns();
    consumed = new boolean[count];
    groups(HYPHEN);
    groups(SPACE);
    for (int k = 0; k < count; k++) {
      int length = ends[k] - starts[k];
      if (length >= 11 && length <= 19 && !consumed[k] && !glued(k)) {
        Candidate c = classify(compact(k, k));
        if (c != null) {
          emit(k, k, c);
        }
      }
    }
  }

  private void collectRuns() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Chars.isAlnum(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && Chars.isAlnum(text.charAt(j))) {
        j++;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = i;
      ends[count] = j;
      count++;
      i = j;
    }
  }

  /** How run {@code k} is joined to run {@code k + 1}. */
  private byte link(int k) {
    if (k + 1 >= count || starts[k + 1] != ends[k] + 1) {
      return NONE;
    }
    char c = text.charAt(ends[k]);
    if (c == '-') {
      return HYPHEN;
    }
    return c == ' ' || c == '\u00A0' ? SPACE : NONE;
  }

  /** True when a decimal point joins run {@code k} to a neighbouring run: part of an amount. */
  private boolean glued(int k) {
    int s = starts[k];
    int e = ends[k];
    boolean before = s >= 2 && isPoint(text.charAt(s - 1)) && Chars.isAlnum(text.charAt(s - 2));
    boolean after =
        e + 1 < text.length() && isPoint(text.charAt(e)) && Chars.isAlnum(text.charAt(e + 1));
    return before || after;
  }

  /**
   * True when run {@code k} touches a mask star, directly or across one separator: it is a
   * leftover piece of a masked value ({@code 0014} in {@code 440524********0014}) and must not
   * be grouped with its neighbours, or masking masked text could find something new.
   */
  private boolean touchesMask(int k) {
    return starAt(starts[k] - 1)
        || (starAt(starts[k] - 2) && isSeparator(starts[k] - 1))
        || starAt(ends[k])
        || (starAt(ends[k] + 1) && isSeparator(ends[k]));
  }

  private boolean starAt(int i) {
    return i >= 0 && i < text.length() && text.charAt(i) == Chars.MASK;
  }

  private boolean isSeparator(int i) {
    char c = text.charAt(i);
    return c == '-' || c == ' ' || c == '\u00A0';
  }

  private static boolean isPoint(char c) {
    return c == '.' || c == '\uFF0E';
  }

  private void groups(byte separator) {
    int k = 0;
    while (k < count) {
      if (link(k) != separator) {
        k++;
        continue;
      }
      int j = k;
      while (link(j) == separator) {
        j++;
      }
      tryFreeStretches(k, j);
      k = j + 1;
    }
  }

  /**
   * Tries each stretch of free runs in the group {@code from..to} as a group of its own: a run
   * already found (a hyphenated mobile), part of an amount, or left over from masking splits
   * the group.
   */
  private void tryFreeStretches(int from, int to) {
    int k = from;
    while (k <= to) {
      if (!free(k)) {
        k++;
        continue;
      }
      int j = k;
      while (j < to && free(j + 1)) {
        j++;
      }
      if (j > k && !tryGroup(k, j) && j - k >= 2 && isEightySix(k)) {
        tryGroup(k + 1, j);
      }
      k = j + 1;
    }
  }

  private boolean free(int k) {
    return !consumed[k] && !glued(k) && !touchesMask(k);
  }

  private boolean tryGroup(int from, int to) {
    int[] lengths = new int[to - from + 1];
    for (int k = from; k <= to; k++) {
      lengths[k - from] = ends[k] - starts[k];
    }
    if (!knownLayout(lengths)) {
      return false;
    }
    Candidate c = classify(compact(from, to));
    if (c == null) {
      return false;
    }
    emit(from, to, c);
    return true;
  }

  private static boolean knownLayout(int[] l) {
    if (Arrays.equals(l, new int[] {3, 4, 4})
        || Arrays.equals(l, new int[] {6, 8, 4})
        || Arrays.equals(l, new int[] {6, 4, 4, 4})) {
      return true;
    }
    if (l.length < 4) {
      return false;
    }
    int total = 0;
    for (int i = 0; i < l.length - 1; i++) {
      if (l[i] != 4) {
        return false;
      }
      total += 4;
    }
    int last = l[l.length - 1];
    total += last;
    return last >= 1 && last <= 4 && total >= 16 && total <= 19;
  }

  private boolean isEightySix(int k) {
    return ends[k] - starts[k] == 2
        && Chars.fold(text.charAt(starts[k])) == '8'
        && Chars.fold(text.charAt(starts[k] + 1)) == '6';
  }

  /** Runs {@code from..to} folded to ASCII, upper case, separators dropped. */
  private String compact(int from, int to) {
    StringBuilder s = new StringBuilder(ends[to] - starts[from]);
    for (int k = from; k <= to; k++) {
      for (int i = starts[k]; i < ends[k]; i++) {
        s.append(Character.toUpperCase(Chars.fold(text.charAt(i))));
      }
    }
    return s.toString();
  }

  private void emit(int from, int to, Candidate c) {
    for (int k = from; k <= to; k++) {
      consumed[k] = true;
    }
    int start = starts[from];
    int end = ends[to];
    if (c.type() == FindingType.MOBILE) {
      if (from > 0 && !consumed[from - 1] && isEightySix(from - 1) && link(from - 1) != NONE) {
        consumed[from - 1] = true;
        start = starts[from - 1];
      }
      if (start > 0 && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '\uFF0B')) {
        start--;
      }
    }
    String excerpt = Masker.maskAs(c.type(), text.substring(start, end));
    out.add(new Finding(c.type(), c.severity(), start, end, excerpt));
  }

  /**
   * What a compacted candidate is, or null. An 18-character candidate is decided in this order:
   * a valid credit code that is not also a valid ID is left alone; a valid ID is BLOCKING, or a
   * WARNING when it is also a credit code with an issued structure (the two cannot be told apart
   * from the digits alone); a Luhn-valid 18-digit number is a bank card; a plausible ID with a
   * wrong check character is a WARNING.
   */
  private Candidate classify(String s) {
    int n = s.length();
    if (n == 18) {
      return classify18(s);
    }
    if (!Chars.allDigits(s)) {
      return null;
    }
    switch (n) {
      case 11:
        return isMobile(s, 0) ? MOBILE : null;
      case 13:
        return s.startsWith("86") && isMobile(s, 2) ? MOBILE : null;
      case 15:
        return IdNumbers.isPlausible(s, today) ? OLD_ID : null;
      case 16:
      case 17:
      case 19:
        return Luhn.isValid(s) ? CARD : null;
      default:
        return null;
    }
  }

  private Candidate classify18(String s) {
    boolean plausible = IdNumbers.isPlausible(s, today);
    boolean validId = plausible && IdNumbers.hasValidCheck(s);
    boolean creditCode = CreditCodes.isValid(s);
    if (creditCode && !validId) {
      return null;
    }
    if (validId) {
      return creditCode && CreditCodes.looksIssued(s) ? DOUBTFUL_ID : ID;
    }
    if (Chars.allDigits(s) && Luhn.isValid(s)) {
      return CARD;
    }
    return plausible ? DOUBTFUL_ID : null;
  }

  private static boolean isMobile(String s, int from) {
    char second = s.charAt(from + 1);
    return s.charAt(from) == '1' && second >= '3' && second <= '9';
  }

  private record Candidate(FindingType type, Severity severity) {}
}
