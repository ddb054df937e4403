package org.opendisclosure.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.search.DisclosureIndex;

/**
 * The search suite: builds (or reuses) the index of the corpus, checks recall, then runs {@link
 * SearchBenchmarks} with JMH and prints each kind next to its raw-Lucene peer with the ratios.
 *
 * <p>{@code -Dn} corpus size (default 200,000), {@code -Dbench.only} a regular expression of
 * benchmark methods, {@code -Dbench.iterations} measurement iterations (default 5),
 * {@code -Dbench.heap} heap of the forked JVMs (default 1g).
 */
public final class SearchSuite {
  private SearchSuite() {}

  /**
   * JMH warm-up iterations of one second per fork ({@code -Dbench.warmups}, default 8): with three,
   * a fresh JVM on two cores was still compiling Lucene's scorers into the first two or three
   * measured seconds (those iterations 2–10× slower than the last ones, on every side).
   */
  static int warmups() {
    return Integer.getInteger("bench.warmups", 8);
  }

  public static void main(String[] args) throws Exception {
    Corpus corpus = Corpora.corpus(Corpus.DEFAULT_SIZE);
    Path folder = Corpora.builtIndex(corpus);
    long bytes = Corpora.sizeOf(folder);
    System.out.printf("[search] %,d items, index %.1f MB (%.0f bytes per item)%n", corpus.size(), bytes / 1e6,
        (double) bytes / corpus.size());
    Recall.Result recall;
    try (DisclosureIndex ours = DisclosureIndex.open(folder, Clock.systemUTC()); RawLucene raw = new RawLucene(folder)) {
      int stride = Math.max(1, corpus.size() / 20_000);
      recall = Recall.check(corpus, ours, raw, Integer.getInteger("recall.queries", 200), stride);
      System.out.printf("[search] recall: %d substrings, %,d (query, document) pairs over every %d-th notice, "
          + "%,d found (%.2f %%); DisclosureIndex's count equals raw Lucene's for %d of %d%n", recall.queries(),
          recall.pairs(), stride, recall.found(), 100 * recall.recall(), recall.countsAgreeing(), recall.queries());
      recall.misses().forEach(m -> System.out.println("[search] missed: " + m));
    }
    String heap = System.getProperty("bench.heap", "1g");
    Options options = new OptionsBuilder()
        .include(SearchBenchmarks.class.getName() + "." + System.getProperty("bench.only", ".*"))
        .forks(1)
        .warmupIterations(warmups())
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(Integer.getInteger("bench.iterations", 5))
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap, "-Dbench.index=" + folder, "-Dfile.encoding=UTF-8")
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> runs = new Runner(options).run();
    Results.publish("search", table(corpus, bytes, recall, Results.of(runs), heap));
  }

  /** A row of the table: ours against raw and against raw doing all of ours' work (when measured). */
  private static String row(String label, Results.Figure o, Results.Figure r, Results.Figure full) {
    return String.format("| %s | %s ms (%s–%s) | %s ms | %s ms | %s ms | %s | %s | %s | %s |%n", label,
        Results.ms(o.p50()), Results.ms(o.spreadLow()), Results.ms(o.spreadHigh()), Results.ms(o.p99()),
        Results.ms(r.p50()), Results.ms(r.p99()), Results.ratio(o.p50(), r.p50()), Results.ratio(o.p99(), r.p99()),
        full == null ? "–" : Results.ms(full.p50()) + " / " + Results.ms(full.p99()) + " ms",
        full == null ? "–" : Results.ratio(o.p50(), full.p50()) + " / " + Results.ratio(o.p99(), full.p99()));
  }

  static String table(Corpus corpus, long bytes, Recall.Result recall, Map<String, Results.Figure> f, String heap) {
    StringBuilder md = new StringBuilder();
    md.append(String.format("Search in process: %,d items, index %.0f MB (%.0f bytes/item), forked JVM -Xmx%s.%n%n",
        corpus.size(), bytes / 1e6, (double) bytes / corpus.size(), heap));
    md.append("| kind | ours p50 (iteration medians) | ours p99 | raw p50 | raw p99 | p50 ratio | p99 ratio "
        + "| raw, all of ours' work: p50 / p99 | ratio to it p50 / p99 |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (String kind : new String[] {"term", "and", "phrase", "facets", "date", "highlight"}) {
      Results.Figure o = f.get(kind + "Ours");
      Results.Figure r = f.get(kind + "Raw");
      Results.Figure full = f.get(kind + "RawFull");
      if (o == null || r == null) {
        continue;
      }
      md.append(row(kind, o, r, full));
    }
    Results.Figure uncached = f.get("facetsOursNoFacetCache");
    Results.Figure facetsRaw = f.get("facetsRaw");
    Results.Figure facetsFull = f.get("facetsRawFull");
    if (uncached != null && facetsRaw != null) {
      md.append(row("facets, ours without its facet cache", uncached, facetsRaw, facetsFull));
      md.append("\nThe facets kind cycles through its four searches, so from the second round on ours takes their "
          + "counts from its facet cache (kept per index snapshot) and only collects the page; raw Lucene counts "
          + "every time. The last row turns the cache off (the filter cache stays on): every search counts again, "
          + "the same work as raw's.\n");
    }
    Results.Figure mo = f.get("mixOurs");
    Results.Figure mr = f.get("mixRaw");
    Results.Figure mf = f.get("mixRawFull");
    if (mo != null && mr != null) {
      md.append(String.format("%nMixed traffic (the six kinds in turn), 2 threads: ours %.0f ± %.0f queries/s, raw %.0f ± %.0f "
          + "(ours/raw %.2f×)", mo.score(), mo.error(), mr.score(), mr.error(), mo.score() / mr.score()));
      if (mf != null) {
        md.append(String.format(", raw doing all of ours' work %.0f ± %.0f (%.2f×)", mf.score(), mf.error(),
            mo.score() / mf.score()));
      }
      md.append(".\n");
    }
    Results.Figure suggest = f.get("suggestOurs");
    if (suggest != null) {
      md.append(String.format("%nTitle suggestions (DisclosureIndex.suggest, 8 titles, %d prefixes of 1–6 characters in "
          + "turn): p50 %s ms (%s–%s), p99 %s ms (no peer).%n", SearchBenchmarks.PREFIXES.length, Results.ms(suggest.p50()),
          Results.ms(suggest.spreadLow()), Results.ms(suggest.spreadHigh()), Results.ms(suggest.p99())));
    }
    md.append(String.format("%nRecall: %d substrings (1–6 characters) typed without quotes; %,d (query, document) "
        + "pairs checked; %,d found (%.2f %%). DisclosureIndex's hit count equals raw Lucene's for %d of %d queries.%n",
        recall.queries(), recall.pairs(), recall.found(), 100 * recall.recall(), recall.countsAgreeing(),
        recall.queries()));
    return md.toString();
  }
}
