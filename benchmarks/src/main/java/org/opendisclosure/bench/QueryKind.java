package org.opendisclosure.bench;

import java.util.List;
import org.opendisclosure.bench.corpus.Queries;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchSort;

/**
 * The query kinds of the search suite, each with a few texts ({@link Queries}) that a benchmark
 * cycles through; every peer runs the same texts and filters.
 */
public enum QueryKind {
  /** One two-character word: a single bigram in title (×3) or body. */
  TERM(Queries.TERM),
  /** Two quoted words, both required. */
  AND(Queries.AND),
  /** A quoted phrase of several bigrams. */
  PHRASE(Queries.PHRASE),
  /** A word with a category and a year filter (or an organ with its descendants), facet counts, top 10. */
  FACETS(Queries.FACETS),
  /** A word, newest first. */
  DATE(Queries.DATE),
  /** A citizen's phrase typed without quotes (exact phrase or a third of its bigrams), top 10 with snippets. */
  HIGHLIGHT(Queries.HIGHLIGHT);

  private final List<String> texts;

  QueryKind(List<String> texts) {
    this.texts = texts;
  }

  public List<String> texts() {
    return texts;
  }

  /** The category filter of the {@link #FACETS} query number {@code i}, or null. */
  public static String facetCategory(int i) {
    return Queries.facetCategory(i);
  }

  /** The organ filter (a township, with its villages) of the {@link #FACETS} query {@code i}, or null. */
  public static String facetOrgan(int i) {
    return Queries.facetOrgan(i);
  }

  /** The year filter of the {@link #FACETS} query {@code i}. */
  public static int facetYear(int i) {
    return Queries.facetYear(i);
  }

  /** The query {@code DisclosureIndex} is asked: text {@code i} of this kind with its filters and sort. */
  public SearchQuery query(int i) {
    int k = i % texts.size();
    SearchQuery.Builder b = SearchQuery.builder().text(texts.get(k));
    if (this == FACETS) {
      if (facetCategory(k) != null) {
        b.category(facetCategory(k));
      }
      if (facetOrgan(k) != null) {
        b.organ(facetOrgan(k));
      }
      b.year(facetYear(k));
    }
    if (this == DATE) {
      b.sort(SearchSort.DATE);
    }
    // Ask for what the kind shows, as a portal page would: facets for FACETS, snippets for HIGHLIGHT.
    return b.facets(this == FACETS).snippets(this == HIGHLIGHT).build();
  }
}
