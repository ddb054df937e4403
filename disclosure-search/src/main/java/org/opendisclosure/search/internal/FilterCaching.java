package org.opendisclosure.search.internal;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;

/**
 * The index's query cache: the facet-dimension filters (category, organ, year, and any combination
 * of them) go to a cache of their own, kept from their first use in every segment; every other
 * query goes to Lucene's default cache under Lucene's default policy, as before. A county's portal
 * has a few dozen categories, some 150 organs and ten years, so the same filters come back request
 * after request, the way Solr's filter cache serves {@code fq}; Lucene's default policy never caches
 * a term query, caches other filters only after several uses and skips segments under 10,000
 * documents, so it kept few of them.
 *
 * <p>Safe by construction: Lucene keys each entry by the segment's core (deletions are applied
 * to the cached set at search time, an entry goes when its segment is merged away) and caches only
 * what can be cached; which cache a query goes to decides only how soon it is cached.
 */
public final class FilterCaching {
  /** Dimension filters the filter cache holds at most. */
  public static final int MAX_FILTERS = 512;
  /** Memory the filter cache holds at most: 16 MB (650 filters at 200,000 documents), or 1/20 of the heap. */
  public static final long MAX_FILTER_BYTES = Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 20);
  /** Lucene's default: a filter that would cost ten times the query leading it is not cached then. */
  private static final float SKIP_CACHE_FACTOR = 10f;

  private static final QueryCachingPolicy ALWAYS = new QueryCachingPolicy() {
    @Override
    public void onUse(Query query) {}

    @Override
    public boolean shouldCache(Query query) {
      return true;
    }
  };

  private static final Set<String> DIMENSION_FIELDS = Set.of(Fields.CATEGORY, Fields.ORGAN, Fields.YEAR);

  private final LRUQueryCache filters = new LRUQueryCache(MAX_FILTERS, MAX_FILTER_BYTES, leaf -> true,
      SKIP_CACHE_FACTOR);

  /** The cache of one index, shared by its snapshots. */
  public FilterCaching() {}

  /**
   * The query cache to give each snapshot's searcher: dimension filters to this index's filter
   * cache, at once; everything else to Lucene's default cache with the searcher's (default) policy.
   */
  public QueryCache cache() {
    QueryCache others = IndexSearcher.getDefaultQueryCache();
    return (weight, policy) -> isDimensionFilter(weight.getQuery())
        ? filters.doCache(weight, ALWAYS)
        : others == null ? weight : others.doCache(weight, policy);
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
