package org.opendisclosure.search.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * The index's query cache: the facet-dimension filters (category, organ, year, and any combination
 * of them) in a cache of their own, kept from their first use in every segment; every other query
 * in a cache as Lucene's default (cached once seen several times among the last 256, where no
 * score is needed, in segments of at least 10,000 documents). A county's portal has a few dozen
 * categories, some 150 organs and ten years, so the same filters come back request after request,
 * the way Solr's filter cache serves {@code fq}; Lucene's default policy never caches a term query,
 * caches other filters only after several uses and skips small segments, so it kept few of them.
 *
 * <p>Safe by construction: Lucene keys each entry by the segment's core (deletions are applied
 * to the cached set at search time, an entry goes when its segment is merged away) and caches only
 * what can be cached; the policy decides only which queries are worth it.
 */
public final class FilterCaching {
  /** Dimension filters the filter cache holds at most. */
  public static final int MAX_FILTERS = 512;
  /** Memory the filter cache holds at most: 16 MB (650 filters at 200,000 documents), or 1/20 of the heap. */
  public static final long MAX_FILTER_BYTES = Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 20);
  /** Other queries the other cache holds at most (Lucene's default). */
  public static final int MAX_OTHERS = 1000;
  /**
   * Memory the other cache holds at most: 16 MB, or 1/40 of the heap (Lucene's single default
   * cache takes up to 32 MB or 1/20 of the heap).
   */
  public static final long MAX_OTHER_BYTES = Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 40);
  /** Lucene's default: a filter that would cost ten times the query leading it is not cached then. */
  private static final float SKIP_CACHE_FACTOR = 10f;

  private static final Set<String> DIMENSION_FIELDS = Set.of(Fields.CATEGORY, Fields.ORGAN, Fields.YEAR);

  private final LRUQueryCache filters = new LRUQueryCache(MAX_FILTERS, MAX_FILTER_BYTES, leaf -> true,
      SKIP_CACHE_FACTOR);
  private final QueryCache others = new LRUQueryCache(MAX_OTHERS, MAX_OTHER_BYTES);
  private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

  /** The cache of one index, shared by its snapshots. */
  public FilterCaching() {}

  /** The query cache to give each snapshot's searcher. */
  public QueryCache cache() {
    return (weight, policy) -> isDimensionFilter(weight.getQuery()) ? filters.doCache(weight, policy)
        : others.doCache(weight, policy);
  }

  /** The policy for each snapshot's searcher: dimension filters at once, the rest as Lucene's default says. */
  public QueryCachingPolicy policy() {
    return new QueryCachingPolicy() {
      @Override
      public void onUse(Query query) {
        usage.onUse(query);
      }

      @Override
      public boolean shouldCache(Query query) throws IOException {
        return isDimensionFilter(query) || usage.shouldCache(query);
      }
    };
  }

  /** The dimension filters' cache (its hit and cache counts, for tests). */
  public LRUQueryCache filters() {
    return filters;
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
