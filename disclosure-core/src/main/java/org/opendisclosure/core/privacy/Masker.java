package org.opendisclosure.core.privacy;

import java.util.List;
import java.util.Objects;

/**
 * Masks personal data in text before publication, in the formats of DOMAIN.md.
 *
 * <pre>{@code
 * Masker.standard().mask("户主张三，身份证号440524188001010014，电话13812341234", MaskingPolicy.standard());
 * // "户主张三，身份证号440524********0014，电话138****1234"
 * }</pre>
 *
 * <p>Masking replaces characters one for one with {@code *} (separators such as spaces and
 * hyphens are kept), so it never shifts text around it, and it is idempotent: masking masked
 * text changes nothing. No method throws on any string; {@code null} text gives {@code null}
 * back, and a {@code null} policy means {@link MaskingPolicy#standard()}. Names cannot be found
 * reliably in free text, so name fields are masked with {@link #maskName(String)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Masker {
  private final PrivacyScanner scanner;

  private Masker(PrivacyScanner scanner) {
    this.scanner = scanner;
  }

  /** A masker using {@link PrivacyScanner#standard()}. */
  public static Masker standard() {
    return new Masker(PrivacyScanner.standard());
  }

  /** A masker that finds values with {@code scanner}. */
  public static Masker of(PrivacyScanner scanner) {
    return new Masker(Objects.requireNonNull(scanner, "scanner"));
  }

  /**
   * {@code text} with every ID number (including those with a wrong check character, which are
   * most likely mistyped IDs), mobile and bank card the policy covers replaced by its masked
   * form, and, when {@link MaskingPolicy#addressesBelowTownship()} is set, every detailed
   * address after a township marker (镇/乡/街道) replaced by {@code ***}: {@code
   * 家住红岭镇红岭村3组12号} becomes {@code 家住红岭镇***}. Address recognition in free text needs
   * the township marker and a numbered unit (组/号/栋/单元/室); a village named alone is kept.
   * Classification markings are not masked: they block publication instead.
   */
  public String mask(String text, MaskingPolicy policy) {
    if (text == null) {
      return null;
    }
    MaskingPolicy p = policy == null ? MaskingPolicy.standard() : policy;
    List<Finding> findings = scanner.scan(text);
    StringBuilder out = new StringBuilder(text);
    for (Finding f : findings) {
      if (p.covers(f.type())) {
        out.replace(f.start(), f.end(), f.excerpt());
      }
    }
    String masked = out.toString();
    return p.addressesBelowTownship() ? Addresses.cutDetails(masked) : masked;
  }

  /**
   * An ID number with its middle hidden: 18 characters keep the first 6 and last 4 ({@code
   * 440524********0014}), 15 keep the first 6 and last 3; any other length is hidden entirely.
   * Spaces and hyphens inside are kept. {@code null} gives {@code null}.
   */
  public static String maskIdNumber(String id) {
    if (id == null) {
      return null;
    }
    int n = Chars.countSignificant(id);
    if (n == 18) {
      return Chars.maskSignificant(id, 6, 4);
    }
    return n == 15 ? Chars.maskSignificant(id, 6, 3) : Chars.maskSignificant(id, 0, 0);
  }

  /**
   * A mobile number with the four digits before the last four hidden: {@code 138****1234},
   * {@code +86 138 **** 1234}. Fewer than 8 digits are hidden entirely. {@code null} gives
   * {@code null}.
   */
  public static String maskMobile(String mobile) {
    if (mobile == null) {
      return null;
    }
    int n = Chars.countSignificant(mobile);
    return n >= 8 ? Chars.maskSignificant(mobile, n - 8, 4) : Chars.maskSignificant(mobile, 0, 0);
  }

  /**
   * A bank card number keeping its first 4 and last 4 digits: {@code 6222 **** **** 7890}.
   * Fewer than 12 digits are hidden entirely. {@code null} gives {@code null}.
   */
  public static String maskBankCard(String card) {
    if (card == null) {
      return null;
    }
    return Chars.countSignificant(card) >= 12
        ? Chars.maskSignificant(card, 4, 4)
        : Chars.maskSignificant(card, 0, 0);
  }

  /**
   * A personal name with all but its first character hidden (张三 → 张*, 王小明 → 王**), or all
   * but the first two for names of four or more characters (欧阳小明 → 欧阳**), which keeps a
   * compound surname. A one-character value is hidden entirely. Separators in transliterated
   * names (买买提·吐尔逊) and blanks are kept; characters outside the Basic Multilingual Plane
   * count as one. {@code null} gives {@code null}.
   */
  public static String maskName(String name) {
    if (name == null) {
      return null;
    }
    int letters = (int) name.codePoints().filter(cp -> !isNameSeparator(cp)).count();
    int keep = letters >= 4 ? 2 : letters >= 2 ? 1 : 0;
    StringBuilder out = new StringBuilder(name.length());
    int seen = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (isNameSeparator(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.appendCodePoint(seen < keep ? cp : Chars.MASK);
        seen++;
      }
    }
    return out.toString();
  }

  /**
   * An address cut after its first township marker (镇, 乡 or 街道): {@code 福建省某县红岭镇红岭村3组12号}
   * → {@code 福建省某县红岭镇}. County or city names that contain those characters (镇江市, 湘乡市)
   * are not taken for townships. Without a township marker the address is cut after the first
   * 县/区/旗, else 市, else 省 — coarser, never finer; with none of them the result is the empty
   * string. {@code null} gives {@code null}. Idempotent.
   */
  public static String truncateAddressToTownship(String address) {
    return Addresses.truncateToTownship(address);
  }

  /** The masked form of a value the scanner found, by its type; markers stay as they are. */
  static String maskAs(FindingType type, String value) {
    switch (type) {
      case ID_NUMBER:
      case ID_NUMBER_15:
        return maskIdNumber(value);
      case MOBILE:
        return maskMobile(value);
      case BANK_CARD:
        return maskBankCard(value);
      default:
        return value;
    }
  }

  private static boolean isNameSeparator(int cp) {
    return cp == '·' || cp == '•' || cp == '・' || cp == '．' || Character.isWhitespace(cp)
        || cp == '\u3000';
  }
}
