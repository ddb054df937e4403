package org.opendisclosure.bench.corpus;

import java.util.List;

/**
 * The query texts and filters of the search benchmarks, shared by every peer (DisclosureIndex, raw
 * Lucene, Solr, PostgreSQL) so that each runs the same searches. The words avoid the project's
 * domain synonyms, so a "term" query is one term everywhere.
 */
public final class Queries {
  private Queries() {}

  /** One two-character word. */
  public static final List<String> TERM = List.of("补偿", "道路", "公示", "村民", "工程", "资金", "安全", "教育");
  /** Two quoted words, both required. */
  public static final List<String> AND =
      List.of("\"道路\" \"补偿\"", "\"公示\" \"村民\"", "\"工程\" \"资金\"", "\"安全\" \"教育\"");
  /** A quoted phrase. */
  public static final List<String> PHRASE = List.of("\"补偿安置方案\"", "\"公务接待费\"", "\"城乡居民养老保险\"", "\"农村公路\"", "\"安全生产\"");
  /** A word with filters, facet counts and the top 10. */
  public static final List<String> FACETS = List.of("补偿", "公示", "工程", "资金");
  /** A word, newest first. */
  public static final List<String> DATE = List.of("补偿", "公示", "工程", "村民");
  /** A citizen's phrase typed without quotes. */
  public static final List<String> HIGHLIGHT = List.of("农村公路建设资金", "城乡居民养老保险待遇", "污水处理设施建设项目", "防汛应急预案");

  /** The category filter (with subcategories) of facet query {@code k}, or null. */
  public static String facetCategory(int k) {
    return switch (k % 4) {
      case 0 -> "land";
      case 1 -> null;
      case 2 -> "procurement";
      default -> "finance";
    };
  }

  /** The organ filter (a township with its villages) of facet query {@code k}, or null. */
  public static String facetOrgan(int k) {
    if (k % 4 != 1) {
      return null;
    }
    return Corpus.organs().stream().filter(o -> o.level() == CorpusOrgan.Level.TOWNSHIP).findFirst().orElseThrow()
        .code();
  }

  /** The year filter of facet query {@code k}. */
  public static int facetYear(int k) {
    return 2019 + k % 6;
  }
}
