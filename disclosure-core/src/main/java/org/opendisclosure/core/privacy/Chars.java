package org.opendisclosure.core.privacy;

/**
 * Character helpers shared by the detectors and the masker. Full-width digits and Latin letters
 * (０-９, Ａ-Ｚ, ａ-ｚ), which Chinese documents sometimes use, are folded to ASCII so that an ID
 * typed in full width is still found; folding maps one char to one char, so offsets hold.
 */
final class Chars {
  static final char MASK = '*';

  private Chars() {}

  static char fold(char c) {
    if (c >= '\uFF10' && c <= '\uFF19') {
      return (char) (c - '\uFF10' + '0');
    }
    if (c >= '\uFF21' && c <= '\uFF3A') {
      return (char) (c - '\uFF21' + 'A');
    }
    if (c >= '\uFF41' && c <= '\uFF5A') {
      return (char) (c - '\uFF41' + 'a');
    }
    return c;
  }

  static boolean isDigit(char c) {
    char f = fold(c);
    return f >= '0' && f <= '9';
  }

  /** ASCII or full-width letter or digit: what makes up a "run" for the boundary rule. */
  static boolean isAlnum(char c) {
    char f = fold(c);
    return (f >= '0' && f <= '9') || (f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z');
  }

  /** Space, tab, ideographic space or no-break space. */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
  }

  static boolean allDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Replaces the significant characters (letters, digits and mask stars) of {@code value} with
   * {@link #MASK}, except the first {@code keepHead} and the last {@code keepTail}; separators
   * such as spaces, hyphens and a leading '+' stay, so layout and length are kept. Masking a
   * masked value changes nothing, because stars count as significant.
   */
  static String maskSignificant(String value, int keepHead, int keepTail) {
    int significant = 0;
    for (int i = 0; i < value.length(); i++) {
      if (isSignificant(value.charAt(i))) {
        significant++;
      }
    }
    StringBuilder out = new StringBuilder(value.length());
    int seen = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isSignificant(c)) {
        boolean keep = seen < keepHead || seen >= significant - keepTail;
        out.append(keep ? c : MASK);
        seen++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static int countSignificant(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      if (isSignificant(value.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean isSignificant(char c) {
    return c == MASK || isAlnum(c);
  }
}
