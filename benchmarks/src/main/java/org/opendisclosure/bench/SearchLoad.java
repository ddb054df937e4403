package org.opendisclosure.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.bench.corpus.Queries;
import org.opendisclosure.rest.api.SearchPage;
import org.opendisclosure.rest.view.Searches;
import org.opendisclosure.search.DisclosureIndex;

/**
 * What the HTTP and footprint suites share: the search texts, the in-process peer, the options
 * ({@code -Dwarmup}, {@code -Dduration} in seconds, {@code -Dconcurrency} as a list, blank for the
 * suite's default) and the table rows.
 */
final class SearchLoad {
  /** Longer words, typed without quotes: each is several bigrams that must all be near. */
  static final List<String> LONGER = List.of("安置方案", "养老保险", "公务接待费", "安全生产");

  private SearchLoad() {}

  /**
   * The texts of the load, all taken from the corpus's vocabulary: the search suite's two-character
   * words, longer words, its quoted phrases and its citizens' phrases (21 in all).
   */
  static List<String> texts() {
    List<String> t = new ArrayList<>(Queries.TERM);
    t.addAll(LONGER);
    t.addAll(Queries.PHRASE);
    t.addAll(Queries.HIGHLIGHT);
    return List.copyOf(t);
  }

  /** What {@code GET /api/v1/search?q=text} does inside the server, without HTTP and JSON. */
  static SearchPage page(DisclosureIndex index, String text) {
    return Searches.page(index.search(Searches.query(new Searches.Request(text, List.of(), List.of(), List.of(),
        null, null, null, null, null, null, null, null, null))));
  }

  /** The in-process peer's worker {@code w}: the texts in turn, as {@link HttpLoad}'s worker takes paths. */
  static ClosedLoop.Worker inProcess(DisclosureIndex index, List<String> texts, int w) {
    return i -> {
      page(index, texts.get((w + i) % texts.size()));
      return 0;
    };
  }

  /** Concurrency of the unmeasured run that warms each side up before its first measured row. */
  static final int JIT_WARMUP_CONCURRENCY = 2;

  /**
   * Runs {@code load} unmeasured for {@code time} at {@link #JIT_WARMUP_CONCURRENCY} (nothing when
   * zero): a fresh JVM keeps compiling for a minute or more under this load (the REST server, with
   * Jersey, Grizzly, Jackson and H2 besides Lucene, longer than the in-process peer), so without it
   * the first rows measure the JIT as much as the search.
   */
  static void jitWarmup(Duration time, java.util.function.BiFunction<Integer, Duration, LoadReport> load) {
    if (!time.isZero()) {
      load.apply(JIT_WARMUP_CONCURRENCY, time);
    }
  }

  static Duration seconds(String name, int defaultSeconds) {
    String v = System.getProperty(name, "").strip();
    return Duration.ofMillis(Math.round(1000 * (v.isEmpty() ? defaultSeconds : Double.parseDouble(v))));
  }

  static List<Integer> concurrency(String defaultList) {
    String v = System.getProperty("concurrency", "").strip();
    List<Integer> out = new ArrayList<>();
    for (String s : (v.isEmpty() ? defaultList : v).split(",")) {
      out.add(Integer.parseInt(s.strip()));
    }
    return List.copyOf(out);
  }

  static String option(String name, String defaultValue) {
    String v = System.getProperty(name, "").strip();
    return v.isEmpty() ? defaultValue : v;
  }

  /** The server's runnable jar ({@code -Dserver.jar}, set by the exec configuration). */
  static Path serverJar() {
    Path jar = Path.of(option("server.jar", "../disclosure-rest/target/disclosure-server.jar")).toAbsolutePath()
        .normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no server jar at " + jar + ": run mvn install -DskipTests first");
    }
    return jar;
  }

  /** Where the servers' output and GC logs go. */
  static Path logs() {
    return Corpora.dataFolder().resolve("server-logs");
  }

  static String row(String what, LoadReport r) {
    return String.format("| %s | %d | %,.0f | %s | %s | %s | %s | %d | %s |%n", what, r.concurrency(), r.perSecond(),
        Results.ms(r.p50()), Results.ms(r.p90()), Results.ms(r.p99()), Results.ms(r.max()), r.errors(),
        r.bytes() == 0 ? "–" : String.format("%,.0f", r.bytesPerCall()));
  }

  static final String HEADER = "| what | concurrency | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors "
      + "| body bytes |\n|---|---|---|---|---|---|---|---|---|\n";

  static void progress(String suite, String what, LoadReport r) {
    System.out.printf("[%s] %s c=%d: %,.0f/s, p50 %s ms, p99 %s ms, %d errors%s%n", suite, what, r.concurrency(),
        r.perSecond(), Results.ms(r.p50()), Results.ms(r.p99()), r.errors(),
        r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
  }
}
