package org.opendisclosure.core.privacy;

import java.util.List;

/**
 * Finds classification markings (密级标志, 保守国家秘密法 and GB/T 9704 layout) and internal-use
 * labels. The rules, chosen so that ordinary prose about secrecy does not block publication:
 *
 * <ul>
 *   <li>{@code 绝密} and {@code 机密} anywhere are BLOCKING (with a following {@code ★} and
 *       secrecy period, e.g. {@code 机密★5年}, in the same finding). The one exception is an
 *       enumeration of levels as the law states them ({@code 绝密、机密、秘密三级}, {@code 机密级或
 *       秘密级}): a WARNING, because quoting the law is not marking a document.
 *   <li>{@code 秘密} only in marker form: next to {@code ★} on either side ({@code 秘密★1年},
 *       {@code ★秘密}), or at the start of a line followed by a blank, {@code ★}, a digit or the
 *       end of the line. {@code 保守国家秘密}, {@code 商业秘密}, {@code 秘密投票} are not markers.
 *   <li>{@code ★} followed by a secrecy period ({@code ★1年}, {@code ★6个月}, {@code ★长期}) is a
 *       classification star even when the level is missing: BLOCKING. A star anywhere else
 *       (ratings, bullets) is not.
 *   <li>{@code 内部资料} and {@code 工作秘密} anywhere: BLOCKING.
 * </ul>
 */
final class SecrecyMarkers {
  /**
   * The words looked for; no two start with the same character, so at most one starts at any
   * position and the leftmost occurrence of any of them is found in one pass over the text.
   */
  private static final List<String> KEYS = List.of("工作秘密", "内部资料", "绝密", "机密", "秘密", "★");
  private static final String ENUMERATION_SEPARATORS = "、，,和或与及/";

  private SecrecyMarkers() {}

  static void detect(String text, List<Finding> out) {
    int from = 0;
    int s;
    while (from < text.length() && (s = nextKey(text, from)) >= 0) {
      String key = keyAt(text, s);
      int e = s + key.length();
      int end = -1;
      Severity severity = Severity.BLOCKING;
      if (key.equals("工作秘密") || key.equals("内部资料")) {
        end = e;
      } else if (key.equals("★")) {
        end = star(text, e);
      } else {
        int afterStar = starAfter(text, e);
        if (afterStar > 0) {
          end = afterStar;
        } else if (atLineStart(text, s) && lineStartFollower(text, e)) {
          end = e;
        } else if (!key.equals("秘密")) {
          end = e;
          severity = inEnumeration(text, s, e) ? Severity.WARNING : Severity.BLOCKING;
        }
      }
      if (end > 0) {
        out.add(new Finding(FindingType.SECRECY_MARKER, severity, s, end, text.substring(s, end)));
        from = end;
      } else {
        from = e;
      }
    }
  }

  /** The start of the first key at or after {@code from}, or -1. */
  private static int nextKey(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '工' || c == '内' || c == '绝' || c == '机' || c == '秘' || c == '★') && keyAt(text, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The key that starts at {@code i}, or null. */
  private static String keyAt(String text, int i) {
    for (String key : KEYS) {
      if (text.startsWith(key, i)) {
        return key;
      }
    }
    return null;
  }

  /** For a star ending at {@code e}: the end of "★ level [★] [period]" or "★ period", else -1. */
  private static int star(String text, int e) {
    int p = skipBlanks(text, e);
    int level = levelEnd(text, p);
    if (level > 0) {
      int again = starAfter(text, level);
      return again > 0 ? again : withPeriod(text, level);
    }
    return periodEnd(text, p);
  }

  /** If blanks and a star follow {@code e}: the end of the star and a period after it, else -1. */
  private static int starAfter(String text, int e) {
    int p = skipBlanks(text, e);
    if (p < text.length() && text.charAt(p) == '★') {
      return withPeriod(text, p + 1);
    }
    return -1;
  }

  private static int withPeriod(String text, int e) {
    int period = periodEnd(text, skipBlanks(text, e));
    return period > 0 ? period : e;
  }

  /** The end of a secrecy period ("10年", "6个月", "长期") starting at {@code p}, else -1. */
  private static int periodEnd(String text, int p) {
    if (text.startsWith("长期", p)) {
      return p + 2;
    }
    int q = p;
    while (q < text.length() && q - p < 3 && Chars.isDigit(text.charAt(q))) {
      q++;
    }
    if (q == p) {
      return -1;
    }
    if (text.startsWith("年", q)) {
      return q + 1;
    }
    return text.startsWith("个月", q) ? q + 2 : -1;
  }

  /** The end of a level word (绝密, 机密, 秘密) starting at {@code p}, else -1. */
  private static int levelEnd(String text, int p) {
    if (p + 2 <= text.length() && text.charAt(p + 1) == '密') {
      char c = text.charAt(p);
      if (c == '绝' || c == '机' || c == '秘') {
        return p + 2;
      }
    }
    return -1;
  }

  private static boolean atLineStart(String text, int s) {
    int i = s - 1;
    while (i >= 0 && (Chars.isBlank(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  private static boolean lineStartFollower(String text, int e) {
    if (e >= text.length()) {
      return true;
    }
    char c = text.charAt(e);
    return Chars.isBlank(c) || c == '\n' || c == '\r' || Chars.isDigit(c);
  }

  /** True when the level at [s, e) is listed next to another level: 绝密、机密、秘密 or 机密级和秘密级. */
  private static boolean inEnumeration(String text, int s, int e) {
    int after = e < text.length() && text.charAt(e) == '级' ? e + 1 : e;
    if (after < text.length()
        && ENUMERATION_SEPARATORS.indexOf(text.charAt(after)) >= 0
        && levelEnd(text, after + 1) > 0) {
      return true;
    }
    int sep = s - 1;
    if (sep < 0 || ENUMERATION_SEPARATORS.indexOf(text.charAt(sep)) < 0) {
      return false;
    }
    int before = sep - 1 >= 0 && text.charAt(sep - 1) == '级' ? sep - 1 : sep;
    return before >= 2 && levelEnd(text, before - 2) == before;
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && Chars.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
