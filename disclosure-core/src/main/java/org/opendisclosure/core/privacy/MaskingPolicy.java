package org.opendisclosure.core.privacy;

/**
 * Which kinds of personal data {@link Masker#mask(String, MaskingPolicy)} hides. The formats
 * are fixed by DOMAIN.md: ID first 6 + last 4 ({@code 440524********0014}), 15-digit ID first
 * 6 + last 3, mobile 3 + 4 ({@code 138****1234}), bank card first 4 + last 4, address cut
 * after the township (乡镇/街道). The policy chooses per category which of them apply.
 * Immutable and thread-safe.
 *
 * @param idNumbers mask 居民身份证号码 (18- and 15-digit, including ones with a wrong check
 *     character)
 * @param mobiles mask mobile numbers
 * @param bankCards mask bank card numbers
 * @param addressesBelowTownship cut detailed addresses in free text after the township, see
 *     {@link Masker#mask(String, MaskingPolicy)}
 */
public record MaskingPolicy(
    boolean idNumbers, boolean mobiles, boolean bankCards, boolean addressesBelowTownship) {

  /**
   * Everything masked: the default, and what social-assistance lists (低保/特困 公示) need, where
   * IDs, bank accounts, phones and addresses below township are never public.
   */
  public static MaskingPolicy standard() {
    return new MaskingPolicy(true, true, true, true);
  }

  /**
   * Land acquisition (征地) notices: numbers masked, but addresses kept, because the location
   * down to the villager group (村民小组) is content the notice must publish.
   */
  public static MaskingPolicy landAcquisition() {
    return new MaskingPolicy(true, true, true, false);
  }

  boolean covers(FindingType type) {
    switch (type) {
      case ID_NUMBER:
      case ID_NUMBER_15:
        return idNumbers;
      case MOBILE:
        return mobiles;
      case BANK_CARD:
        return bankCards;
      default:
        return false;
    }
  }
}
