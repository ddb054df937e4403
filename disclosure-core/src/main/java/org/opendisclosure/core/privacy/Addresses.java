package org.opendisclosure.core.privacy;

/**
 * Cutting addresses down to township level (乡镇/街道). A township marker is 镇, 乡 or 街道 ending
 * a township name: it must follow a Chinese character that is not itself an administrative
 * suffix, and must not be followed by one, so 镇江市, 湘乡市, 江苏省镇江市 and 城市街道 are not
 * townships; 城镇, 乡镇, 村镇, 城乡 and 乡村 are ordinary words, not markers.
 */
final class Addresses {
  /** What replaces an address detail cut out of free text. */
  static final String REMOVED = "***";

  private static final String ADMIN_SUFFIXES = "省市县区州旗盟";
  private static final String COUNTY_SUFFIXES = "市县区州旗";
  private static final String NUMERALS = "〇零一二两三四五六七八九十百千";
  private static final int DETAIL_WINDOW = 32;

  private Addresses() {}

  /**
   * {@code address} up to and including its first township marker; without one, up to the
   * first county-level marker (县/区/旗), else the first 市, else the first 省; without any of
   * them, the empty string, since nothing at township level or above can be told apart.
   */
  static String truncateToTownship(String address) {
    if (address == null) {
      return null;
    }
    for (int i = 0; i < address.length(); i++) {
      int len = markerLength(address, i);
      if (len > 0) {
        return address.substring(0, i + len);
      }
    }
    for (String level : new String[] {"县区旗", "市", "省"}) {
      for (int i = 0; i < address.length(); i++) {
        if (level.indexOf(address.charAt(i)) >= 0) {
          return address.substring(0, i + 1);
        }
      }
    }
    return "";
  }

  /**
   * Free text with every detailed address after a township marker replaced by {@link #REMOVED}.
   * A detail is recognised only when it names a village, community or street (村, 社区, 小区,
   * 路, 街, 巷, 弄, 大道) and then a numbered unit (3组, 12号, 2栋, 1单元, 501室, 第三村民小组)
   * within the same unbroken stretch of characters; a village named alone (红岭镇红岭村) stays,
   * as 低保 lists publish the village. Best effort by design: an address written without a
   * township marker is not found, so structured address fields should use {@link
   * #truncateToTownship(String)}.
   */
  static String cutDetails(String text) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      int len = markerLength(text, i);
      if (len == 0) {
        i++;
        continue;
      }
      int afterMarker = i + len;
      int cursor = afterMarker;
      int next = detailEnd(text, cursor);
      while (next > cursor) {
        cursor = next;
        next = detailEnd(text, cursor);
      }
      if (cursor > afterMarker) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, afterMarker).append(REMOVED);
        copied = cursor;
      }
      i = cursor;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static int markerLength(String text, int i) {
    char c = text.charAt(i);
    int len = c == '镇' || c == '乡' ? 1 : text.startsWith("街道", i) ? 2 : 0;
    if (len == 0 || i == 0) {
      return 0;
    }
    char prev = text.charAt(i - 1);
    char next = i + len < text.length() ? text.charAt(i + len) : '\n';
    if (!isHan(prev) || ADMIN_SUFFIXES.indexOf(prev) >= 0 || COUNTY_SUFFIXES.indexOf(next) >= 0) {
      return 0;
    }
    if (c == '镇' && "城乡村".indexOf(prev) >= 0) {
      return 0;
    }
    if (c == '乡' && (prev == '城' || next == '村' || next == '镇')) {
      return 0;
    }
    return len;
  }

  /** The end of an address detail starting at {@code from}, or {@code from} when there is none. */
  private static int detailEnd(String text, int from) {
    int limit = Math.min(text.length(), from + DETAIL_WINDOW);
    int window = from;
    while (window < limit && isAddressChar(text.charAt(window))) {
      window++;
    }
    int locality = -1;
    for (int j = from; j < window && locality < 0; j++) {
      if (isLocality(text, j, from)) {
        locality = j;
      }
    }
    int end = from;
    for (int j = locality + 2; locality >= 0 && j < window; j++) {
      int unit = unitEnd(text, j, window);
      if (unit > 0 && isNumeral(text.charAt(j - 1))) {
        end = unit;
      }
    }
    return end;
  }

  private static boolean isLocality(String text, int j, int from) {
    char c = text.charAt(j);
    if ("村路街巷弄".indexOf(c) >= 0) {
      return true;
    }
    char prev = j > from ? text.charAt(j - 1) : 0;
    return (c == '区' && (prev == '社' || prev == '小')) || (c == '道' && prev == '大');
  }

  private static int unitEnd(String text, int j, int window) {
    for (String unit : new String[] {"村民小组", "号楼", "单元"}) {
      if (text.startsWith(unit, j) && j + unit.length() <= window) {
        return j + unit.length();
      }
    }
    return "组号栋幢室层楼".indexOf(text.charAt(j)) >= 0 ? j + 1 : 0;
  }

  private static boolean isNumeral(char c) {
    return Chars.isDigit(c) || NUMERALS.indexOf(c) >= 0;
  }

  private static boolean isAddressChar(char c) {
    return isHan(c) || Character.isSurrogate(c) || Chars.isAlnum(c) || c == '-' || c == '#';
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
