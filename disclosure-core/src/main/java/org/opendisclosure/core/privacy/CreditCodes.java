package org.opendisclosure.core.privacy;

/**
 * Checks on 统一社会信用代码 (unified social credit codes, GB 32100). A credit code identifies an
 * organisation, not a person: it is not personal data and the {@link PrivacyScanner} does not
 * flag one. Stateless and thread-safe.
 */
public final class CreditCodes {
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private CreditCodes() {}

  /**
   * True when {@code code} is 18 characters over {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
   * (uppercase; I, O, S, V and Z are not used) and its last character is the GB 32100 check
   * character: {@code alphabet[(31 − Σ value·weight mod 31) mod 31]}.
   */
  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return code.charAt(17) == checkCharacter(code.substring(0, 17));
  }

  /** The GB 32100 check character for the first 17 characters; package-private for tests. */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * True when a valid code also has the structure of an issued one: positions 3–8 are a region
   * code starting 1–8 and positions 9–17 are an organisation code (组织机构代码, GB 11714) whose
   * ninth character is its own check digit. Used only to tell apart a string that is valid both
   * as a credit code and as an ID number.
   */
  static boolean looksIssued(String code) {
    if (!isValid(code) || code.charAt(2) < '1' || code.charAt(2) > '8') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(code.charAt(8 + i), 36) * ORGANIZATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    return code.charAt(16) == expected;
  }
}
