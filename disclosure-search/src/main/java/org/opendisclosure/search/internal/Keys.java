package org.opendisclosure.search.internal;

/**
 * Normal forms of the exact-lookup keys 文号 (document number) and 索引号 (index number): width
 * and traditional characters folded, spaces dropped, every bracket pair written as 〔〕, so
 * {@code 国发[2018]43号}, {@code 国发（2018）43号} and {@code 國發【2018】43號} all equal
 * {@code 国发〔2018〕43号}. Stateless and thread-safe.
 */
public final class Keys {
  private Keys() {}

  public static String normalize(String key) {
    String folded = TextFolding.foldKey(key);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case '[', '(', '【', '〖', '〔', '［', '（', '〈', '<' -> out.append('〔');
        case ']', ')', '】', '〗', '〕', '］', '）', '〉', '>' -> out.append('〕');
        default -> {
          if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
