package org.opendisclosure.core.privacy;

/** The Luhn (mod 10) check used by bank card numbers (ISO/IEC 7812). */
final class Luhn {
  private Luhn() {}

  /** True when {@code digits} is non-empty, all ASCII digits, and passes the check. */
  static boolean isValid(CharSequence digits) {
    int n = digits.length();
    if (n == 0) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < n; i++) {
      char c = digits.charAt(n - 1 - i);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
