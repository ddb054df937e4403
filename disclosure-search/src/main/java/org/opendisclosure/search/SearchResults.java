package org.opendisclosure.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts of the whole result. Immutable and thread-safe.
 *
 * @param hits this page, best or newest first
 * @param totalHits how many documents match the query and all its filters: exact when {@code
 *     totalExact}, otherwise a lower bound (at least this many; see {@link SearchQuery#exactTotal()})
 * @param totalExact whether {@code totalHits} is the exact count
 * @param facets counts per dimension ({@code category}, {@code organ}, {@code year}) when {@link
 *     SearchQuery#facets()} asked for them, otherwise empty; each
 *     dimension's counts apply every filter except that dimension's own, so a portal can show
 *     the alternatives to the current choice. A category or organ counts its descendants' hits.
 * @param nextCursor pass to {@link SearchQuery#withCursor} for the next page; null on the last
 */
public record SearchResults(
    List<SearchHit> hits, long totalHits, boolean totalExact, Map<String, List<FacetCount>> facets,
    String nextCursor) {

  /** Facet dimension names. */
  public static final String CATEGORY = "category";

  public static final String ORGAN = "organ";
  public static final String YEAR = "year";

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** The counts of {@code dimension}, largest first; empty when nothing matched. */
  public List<FacetCount> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }

  /** One facet value (a code or a year) and how many matching documents carry it. Immutable and thread-safe. */
  public record FacetCount(String value, long count) {}
}
