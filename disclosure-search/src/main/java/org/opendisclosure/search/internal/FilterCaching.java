package org.opendisclosure.search.internal;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;

/**
 * The document sets of the facet-dimension filters (category, organ, year, and any combination of
 * them), kept per segment from their first use: a county's portal has a few dozen categories, some
 * 150 organs and ten years, so the same filters come back request after request, the way Solr's
 * filter cache serves {@code fq}. Lucene's default policy never caches a term query and skips a
 * filter that costs more than ten times the text query, so it caches none of these.
 *
 * <p>Safe by construction: Lucene keys each entry by the segment's core (deletions are applied
 * to the cached set at search time, an entry goes when its segment is merged away) and caches only
 * what can be cached; the policy decides only which queries are worth it. The text query, date,
 * amount and window ranges are not cached (they rarely repeat).
 */
public final class FilterCaching {
  /** Queries (filters) the cache holds at most. */
  public static final int MAX_FILTERS = 512;
  /** Memory the cache holds at most: 16 MB, about 650 filters at 200,000 documents. */
  public static final long MAX_BYTES = 16L << 20;

  private static final Set<String> DIMENSION_FIELDS = Set.of(Fields.CATEGORY, Fields.ORGAN, Fields.YEAR);

  /** Caches a query when every field it reads is a facet dimension's filter field. */
  public static final QueryCachingPolicy POLICY = new QueryCachingPolicy() {
    @Override
    public void onUse(Query query) {}

    @Override
    public boolean shouldCache(Query query) {
      return isDimensionFilter(query);
    }
  };

  private FilterCaching() {}

  /**
   * A cache for one index's searchers: every segment, from the first use (skip factor infinite:
   * a filter is worth its one pass even under a rare word, since it comes back).
   */
  public static LRUQueryCache newCache() {
    return new LRUQueryCache(MAX_FILTERS, MAX_BYTES, leaf -> true, Float.POSITIVE_INFINITY);
  }

  /** Whether {@code query} reads only category, organ and year filter fields (and at least one). */
  static boolean isDimensionFilter(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return false;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return !fields.isEmpty() && DIMENSION_FIELDS.containsAll(fields);
  }
}
