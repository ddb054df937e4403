package org.opendisclosure.search.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.opendisclosure.core.DisclosureException;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.SearchSort;

/**
 * The opaque paging cursor: the sort values of the last hit (score or publication time, then the
 * item id), its doc number in the index snapshot the page came from, the version of that
 * snapshot (so the next page is served from the same snapshot while it is kept, resuming after
 * the doc), and a hash of the query so a cursor cannot be replayed against another query.
 * Immutable.
 */
public record Cursor(long snapshot, SearchSort sort, long value, String id, int doc, int queryHash) {
  private static final String VERSION = "c2";

  /**
   * Where the next page starts in the cursor's own snapshot, whose order breaks ties by doc
   * number: a {@link ScoreDoc} for relevance, a {@link FieldDoc} with the publication time for
   * date order.
   */
  public ScoreDoc toScoreDoc() {
    return sort == SearchSort.RELEVANCE
        ? new ScoreDoc(doc, Float.intBitsToFloat((int) value))
        : new FieldDoc(doc, Float.NaN, new Object[] {value});
  }

  /**
   * The {@code after} argument of {@code IndexSearcher.searchAfter} on another snapshot with
   * {@code maxDoc} documents, sorted by the sort value and then the item id. Lucene breaks exact
   * ties by doc number and keeps those above {@code after.doc}; the sort values end with the
   * unique id, so the only tie is the last hit itself, which the largest doc number excludes.
   */
  public FieldDoc toFieldDoc(int maxDoc) {
    Object first = sort == SearchSort.RELEVANCE ? (Object) Float.intBitsToFloat((int) value) : (Object) value;
    float score = sort == SearchSort.RELEVANCE ? Float.intBitsToFloat((int) value) : Float.NaN;
    return new FieldDoc(Math.max(0, maxDoc - 1), score, new Object[] {first, new BytesRef(id)});
  }

  public String encode() {
    String plain = String.join("~", VERSION, Long.toString(snapshot), sort.name(),
        Long.toString(value), id, Integer.toString(doc), Integer.toString(queryHash));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor for a query with {@code queryHash}; ValidationException on {@code cursor}. */
  public static Cursor decode(String cursor, int queryHash) {
    Cursor decoded;
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = plain.split("~", -1);
      if (parts.length != 7 || !parts[0].equals(VERSION)) {
        throw invalid();
      }
      SearchSort sort = SearchSort.valueOf(parts[2]);
      long value = Long.parseLong(parts[3]);
      if (sort == SearchSort.RELEVANCE && (value != (int) value || Float.isNaN(Float.intBitsToFloat((int) value)))) {
        throw invalid();
      }
      int doc = Integer.parseInt(parts[5]);
      if (doc < 0) {
        throw invalid();
      }
      decoded = new Cursor(Long.parseLong(parts[1]), sort, value, new ItemId(parts[4]).value(), doc,
          Integer.parseInt(parts[6]));
    } catch (IllegalArgumentException | DisclosureException e) {
      throw invalid();
    }
    if (decoded.queryHash != queryHash) {
      throw ValidationException.of("cursor", "belongs to another query; start again without a cursor");
    }
    return decoded;
  }

  private static ValidationException invalid() {
    return ValidationException.of("cursor", "is not a cursor this service returned");
  }
}
