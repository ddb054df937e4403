package org.opendisclosure.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendisclosure.bench.corpus.Corpus;

/**
 * Footprint: the HTTP search load at one concurrency against our REST server started fresh with
 * each heap of a ladder, to find the smallest {@code -Xmx} that serves the corpus without a drop in
 * throughput (at least 0.9× the best step; an out-of-memory exit, a failed start or any error fails
 * the step); then start-up: the time from launching the server's JVM on the complete data folder
 * to {@code /health} answering 200 (database up, index open), several times.
 *
 * <p>{@code -Dn} corpus size (default 200,000), {@code -Dheaps} the ladder (default
 * {@code 96m,128m,192m,256m,384m,512m,1g}), {@code -Dconcurrency} (default 8), {@code -Dwarmup} and
 * {@code -Dduration} seconds per step (default 10 and 20), {@code -Dstarts} (default 5) and
 * {@code -Dserver.heap} (default 512m) for the start-up measurement.
 */
public final class FootprintSuite {
  private static final String SUITE = "footprint";
  private static final Pattern DOCUMENTS = Pattern.compile("(\\d+) documents");

  private FootprintSuite() {}

  /** One step of the ladder: its load figures and GC pauses, or why it failed. */
  record Step(String heap, Duration startup, LoadReport load, GcLog gc, String failure) {
    boolean ok() {
      return failure == null;
    }
  }

  public static void main(String[] args) {
    Corpus corpus = Corpora.corpus(Corpus.DEFAULT_SIZE);
    Path data = ServerData.prepare(corpus);
    List<String> heaps = Arrays.stream(SearchLoad.option("heaps", "96m,128m,192m,256m,384m,512m,1g").split(","))
        .map(String::strip).toList();
    int concurrency = SearchLoad.concurrency("8").get(0);
    Duration warmup = SearchLoad.seconds("warmup", 10);
    Duration duration = SearchLoad.seconds("duration", 20);
    int starts = Integer.parseInt(SearchLoad.option("starts", "5"));
    String startHeap = SearchLoad.option("server.heap", "512m");
    Path jar = SearchLoad.serverJar();
    List<String> paths = HttpLoad.searchPaths(SearchLoad.texts());

    List<Step> steps = new ArrayList<>();
    String collector = "";
    for (String heap : heaps) {
      Step step = step(jar, data, heap, paths, concurrency, warmup, duration);
      System.out.printf("[%s] -Xmx%s: %s%n", SUITE, heap, step.ok() ? String.format("%,.0f/s, p50 %s ms, %d GC pauses",
          step.load().perSecond(), Results.ms(step.load().p50()), step.gc().pauses()) : "failed: " + step.failure());
      steps.add(step);
      collector = collector.isEmpty() ? collector(SearchLoad.logs().resolve("rest-" + heap + "-gc.log")) : collector;
    }

    long[] startMillis = new long[starts];
    String documents = "?";
    for (int i = 0; i < starts; i++) {
      try (ServerProcess server = ServerProcess.rest(jar, data, startHeap, SearchLoad.logs())) {
        ServerProcess.Ready ready = server.awaitReady("/health", Duration.ofSeconds(120));
        startMillis[i] = ready.after().toMillis();
        Matcher m = DOCUMENTS.matcher(ready.body());
        documents = m.find() ? m.group(1) : "?";
        System.out.printf("[%s] start %d: healthy after %d ms (%s)%n", SUITE, i + 1, startMillis[i], ready.body());
      }
    }
    Results.publish(SUITE, table(corpus, concurrency, warmup, duration, collector, steps, startHeap, startMillis,
        documents));
  }

  private static Step step(Path jar, Path data, String heap, List<String> paths, int concurrency, Duration warmup,
      Duration duration) {
    try (ServerProcess server = ServerProcess.rest(jar, data, heap, SearchLoad.logs())) {
      ServerProcess.Ready ready = server.awaitReady("/health", Duration.ofSeconds(120));
      GcLog[] before = {GcLog.read(server.gcLog())};
      LoadReport load = HttpLoad.timed(ServerProcess.HOST, server.port(), paths, concurrency, warmup, duration,
          () -> before[0] = GcLog.read(server.gcLog()));
      GcLog during = GcLog.since(server.gcLog(), before[0].lines());
      String failure = !server.alive() ? "exited during the load: " + server.tail()
          : load.errors() > 0 ? load.errors() + " errors, first: " + load.firstError() : null;
      return new Step(heap, ready.after(), load, during, failure);
    } catch (IllegalStateException e) {
      return new Step(heap, null, null, null, e.getMessage());
    }
  }

  /** The collector the JVM chose ("Using G1" in the GC log), for the table's header. */
  private static String collector(Path gcLog) {
    try {
      return java.nio.file.Files.readAllLines(gcLog).stream().filter(l -> l.contains("Using ")).findFirst()
          .map(l -> l.substring(l.indexOf("Using ") + 6).strip()).orElse("");
    } catch (java.io.IOException e) {
      return "";
    }
  }

  static String table(Corpus corpus, int concurrency, Duration warmup, Duration duration, String collector,
      List<Step> steps, String startHeap, long[] startMillis, String documents) {
    double best = steps.stream().filter(Step::ok).mapToDouble(s -> s.load().perSecond()).max().orElse(0);
    String smallest = steps.stream().filter(s -> s.ok() && s.load().perSecond() >= 0.9 * best).map(Step::heap)
        .findFirst().orElse("none");
    StringBuilder md = new StringBuilder();
    md.append(String.format("Footprint: %,d items; `/api/v1/search` at concurrency %d over the HTTP suite's texts, "
        + "a fresh server JVM per heap (%s collector, -XX:+ExitOnOutOfMemoryError), %d s warm-up, %d s measured; "
        + "GC pauses from -Xlog:gc during the measured window.%n%n", corpus.size(), concurrency,
        collector.isEmpty() ? "default" : collector, warmup.toSeconds(), duration.toSeconds()));
    md.append("| -Xmx | requests/s | of best | p50 ms | p99 ms | errors | GC pauses (full) | GC pause total ms "
        + "| most heap after a GC | started in |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (Step s : steps) {
      if (s.load() == null) {
        md.append(String.format("| %s | failed: %s | | | | | | | | |%n", s.heap(), s.failure().replace('|', '/')));
        continue;
      }
      LoadReport r = s.load();
      md.append(String.format("| %s | %,.0f%s | %.2f | %s | %s | %d | %d (%d) | %.0f | %d MB | %.1f s |%n", s.heap(),
          r.perSecond(), s.ok() ? "" : " (failed: " + s.failure().replace('|', '/') + ")",
          best == 0 ? 0 : r.perSecond() / best, Results.ms(r.p50()), Results.ms(r.p99()), r.errors(), s.gc().pauses(),
          s.gc().fullPauses(), s.gc().pauseMillis(), s.gc().maxAfterMb(), s.startup().toMillis() / 1e3));
    }
    md.append(String.format("%nSmallest heap with at least 0.9× the best throughput: **%s** (target: within 512m).%n",
        smallest));
    long[] sorted = startMillis.clone();
    Arrays.sort(sorted);
    if (sorted.length > 0) {
      md.append(String.format("%nStart-up to `/health` 200 with the existing index open (%s documents), -Xmx%s, %d "
          + "starts: median %.2f s, max %.2f s (target under 5 s); each: %s.%n", documents, startHeap, sorted.length,
          sorted[(sorted.length - 1) / 2] / 1e3, sorted[sorted.length - 1] / 1e3,
          String.join(", ", Arrays.stream(startMillis).mapToObj(m -> String.format("%.2f s", m / 1e3)).toList())));
    }
    return md.toString();
  }
}
