package org.opendisclosure.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notice already published elsewhere (an earlier CMS) that {@code
 * Disclosures.importPublished} brings in as published. Like {@link Content}, it is checked by
 * {@code Disclosures}, which reports every bad field of every item at once ({@code
 * items[3].payload.lines[0].amount}); the constructor only copies the overrides. Immutable.
 *
 * @param organCode the organ that published it
 * @param categoryCode its category in the catalogue
 * @param content title, body and typed payload, checked exactly as for a draft; a missing formed
 *     date (成文日期) means the day it was published
 * @param publishedAt when it was originally published; not in the future
 * @param indexNumber its original index number (索引号), or null to be given the organ's next one
 * @param sourceReference where it comes from (the old address or record id), or null; kept in the
 *     audit trail
 * @param privacyOverrides finding key → the reason a blocking finding of the confidentiality
 *     review may stand, as an approver gives them; empty when none
 */
public record ArchivedItem(
    String organCode,
    String categoryCode,
    Content content,
    Instant publishedAt,
    String indexNumber,
    String sourceReference,
    Map<String, String> privacyOverrides) {

  public ArchivedItem {
    // Not Map.copyOf: a null reason is reported as a field error, not thrown here.
    privacyOverrides = privacyOverrides == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(privacyOverrides));
  }

  /** An archived item without an original index number, source reference or overrides. */
  public static ArchivedItem of(String organCode, String categoryCode, Content content, Instant publishedAt) {
    return new ArchivedItem(organCode, categoryCode, content, publishedAt, null, null, Map.of());
  }

  public ArchivedItem withIndexNumber(String number) {
    return new ArchivedItem(organCode, categoryCode, content, publishedAt, number, sourceReference, privacyOverrides);
  }

  public ArchivedItem withSourceReference(String reference) {
    return new ArchivedItem(organCode, categoryCode, content, publishedAt, indexNumber, reference, privacyOverrides);
  }

  public ArchivedItem withPrivacyOverrides(Map<String, String> overrides) {
    return new ArchivedItem(organCode, categoryCode, content, publishedAt, indexNumber, sourceReference, overrides);
  }
}
