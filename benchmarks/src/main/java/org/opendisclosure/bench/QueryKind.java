package org.opendisclosure.bench;

import java.util.List;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.CorpusOrgan;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchSort;

/**
 * The query kinds of the search suite, each with a few texts that a benchmark cycles through. The
 * words avoid the domain synonyms, so that a "term" query is one term in title and body and the
 * peers run the same Lucene query as {@code DisclosureIndex} does.
 */
public enum QueryKind {
  /** One two-character word: a single bigram in title (×3) or body. */
  TERM(List.of("补偿", "道路", "公示", "村民", "工程", "资金", "安全", "教育")),
  /** Two quoted words, both required. */
  AND(List.of("\"道路\" \"补偿\"", "\"公示\" \"村民\"", "\"工程\" \"资金\"", "\"安全\" \"教育\"")),
  /** A quoted phrase of several bigrams. */
  PHRASE(List.of("\"补偿安置方案\"", "\"公务接待费\"", "\"城乡居民养老保险\"", "\"农村公路\"", "\"安全生产\"")),
  /** A word with a category and a year filter (or an organ with its descendants), facet counts, top 10. */
  FACETS(List.of("补偿", "公示", "工程", "资金")),
  /** A word, newest first. */
  DATE(List.of("补偿", "公示", "工程", "村民")),
  /** A citizen's phrase typed without quotes (exact phrase or a third of its bigrams), top 10 with snippets. */
  HIGHLIGHT(List.of("农村公路建设资金", "城乡居民养老保险待遇", "污水处理设施建设项目", "防汛应急预案"));

  private final List<String> texts;

  QueryKind(List<String> texts) {
    this.texts = texts;
  }

  public List<String> texts() {
    return texts;
  }

  /** The category filter of the {@link #FACETS} query number {@code i}, or null. */
  public static String facetCategory(int i) {
    return switch (i % 4) {
      case 0 -> "land";
      case 1 -> null;
      case 2 -> "procurement";
      default -> "finance";
    };
  }

  /** The organ filter (a township, with its villages) of the {@link #FACETS} query {@code i}, or null. */
  public static String facetOrgan(int i) {
    if (i % 4 != 1) {
      return null;
    }
    return Corpus.organs().stream().filter(o -> o.level() == CorpusOrgan.Level.TOWNSHIP).findFirst().orElseThrow().code();
  }

  /** The year filter of the {@link #FACETS} query {@code i}. */
  public static int facetYear(int i) {
    return 2019 + i % 6;
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
    return b.build();
  }
}
