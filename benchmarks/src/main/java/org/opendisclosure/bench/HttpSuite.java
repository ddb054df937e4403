package org.opendisclosure.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.rest.ServerConfig;
import org.opendisclosure.rest.http.Json;
import org.opendisclosure.search.DisclosureIndex;

/**
 * Search over HTTP: {@code GET /api/v1/search?q=…} on our REST server (its jar, its own JVM, a
 * prepared data folder; each call split at its {@code Server-Timing}, and run again with {@code
 * Accept-Encoding: gzip}) next to the same searches in process ({@code Searches.query} → {@code
 * DisclosureIndex.search} → {@code Searches.page}, what the resource does, in its own JVM with the
 * server's heap: {@link InProcessPeer}) and a bare Jersey endpoint answering a fixed search page
 * ({@link BareEndpoint}, the HTTP limit; at the lowest concurrency also after as long on the CPU as
 * the in-process median), each at every concurrency. The load driver ({@link HttpLoad}) runs in
 * this JVM on the same cores.
 *
 * <p>{@code -Dn} corpus size (default 200,000), {@code -Dwarmup} and {@code -Dduration} seconds per
 * row (default 10 and 20), {@code -Dconcurrency} (default {@code 1,8}), {@code -Dserver.heap} the
 * REST server's -Xmx (default 1g).
 */
public final class HttpSuite {
  private static final String SUITE = "http";
  private static final String BARE_HEAP = "256m";
  /** Default of {@code -Djit.warmup}: seconds each side runs unmeasured before its first row. */
  static final int JIT_WARMUP_SECONDS = 45;

  private HttpSuite() {}

  public static void main(String[] args) throws Exception {
    Corpus corpus = Corpora.corpus(Corpus.DEFAULT_SIZE);
    Path data = ServerData.prepare(corpus);
    Duration warmup = SearchLoad.seconds("warmup", 10);
    Duration duration = SearchLoad.seconds("duration", 20);
    Duration jitWarmup = SearchLoad.seconds("jit.warmup", JIT_WARMUP_SECONDS);
    List<Integer> levels = SearchLoad.concurrency("1,8");
    String heap = SearchLoad.option("server.heap", "1g");
    Path jar = SearchLoad.serverJar();
    List<String> texts = SearchLoad.texts();
    List<String> paths = HttpLoad.searchPaths(texts);
    Path logs = SearchLoad.logs();
    Files.createDirectories(logs);
    Path body = logs.resolve("bare-body.json");

    Path indexDir = ServerConfig.forDataDir(data).searchIndexDir();
    try (DisclosureIndex index = DisclosureIndex.open(indexDir, Clock.systemUTC())) {
      Files.write(body, Json.mapper().writeValueAsBytes(SearchLoad.page(index, texts.get(0))));
    }
    Map<Integer, LoadReport> inProcess = InProcessPeer.run(indexDir, heap, levels, jitWarmup, warmup, duration);
    inProcess.values().forEach(r -> SearchLoad.progress(SUITE, "in process", r));
    int low = levels.stream().min(Integer::compare).orElseThrow();
    long busyMicros = Math.round(inProcess.get(low).p50() * 1000);
    Map<Integer, LoadReport> bare = new LinkedHashMap<>();
    LoadReport busy;
    try (ServerProcess server = ServerProcess.bare(body, BARE_HEAP, logs)) {
      server.awaitReady("/bare", Duration.ofSeconds(60));
      SearchLoad.jitWarmup(jitWarmup,
          (c, w) -> HttpLoad.timed(ServerProcess.HOST, server.port(), List.of("/bare"), c, Duration.ZERO, w));
      for (int c : levels) {
        LoadReport r = HttpLoad.timed(ServerProcess.HOST, server.port(), List.of("/bare"), c, warmup, duration);
        SearchLoad.progress(SUITE, "bare", r);
        bare.put(c, r);
      }
      busy = HttpLoad.timed(ServerProcess.HOST, server.port(), List.of("/bare/busy?micros=" + busyMicros), low, warmup,
          duration);
      SearchLoad.progress(SUITE, "bare busy", busy);
    }
    Map<Integer, HttpLoad.Split> splits = new LinkedHashMap<>();
    Map<Integer, HttpLoad.Split> gzipped = new LinkedHashMap<>();
    ServerProcess.Ready ready;
    try (ServerProcess server = ServerProcess.rest(jar, data, heap, logs)) {
      ready = server.awaitReady("/health", Duration.ofSeconds(120));
      System.out.printf("[%s] REST server healthy after %.1f s: %s%n", SUITE, ready.after().toMillis() / 1e3,
          ready.body());
      SearchLoad.jitWarmup(jitWarmup,
          (c, w) -> HttpLoad.timed(ServerProcess.HOST, server.port(), paths, c, Duration.ZERO, w));
      for (int c : levels) {
        HttpLoad.Split split = HttpLoad.split(ServerProcess.HOST, server.port(), paths, c, warmup, duration, false);
        SearchLoad.progress(SUITE, "REST", split.load());
        splits.put(c, split);
      }
      for (int c : levels) {
        HttpLoad.Split split = HttpLoad.split(ServerProcess.HOST, server.port(), paths, c, warmup, duration, true);
        SearchLoad.progress(SUITE, "REST gzip", split.load());
        gzipped.put(c, split);
      }
    }
    Results.publish(SUITE, table(corpus, jitWarmup, warmup, duration, heap, Files.size(body), inProcess, bare,
        busyMicros, busy, splits, gzipped));
  }

  private static String spread(HttpLoad.Spread s) {
    return String.format("%.2f / %.2f / %.2f ms", s.p50(), s.p90(), s.mean());
  }

  static String table(Corpus corpus, Duration jitWarmup, Duration warmup, Duration duration, String heap,
      long bodyBytes, Map<Integer, LoadReport> inProcess, Map<Integer, LoadReport> bare, long busyMicros,
      LoadReport busy, Map<Integer, HttpLoad.Split> splits, Map<Integer, HttpLoad.Split> gzipped) {
    StringBuilder md = new StringBuilder();
    md.append(String.format("Search over HTTP: %,d items; %d search texts in turn (two-character words, longer "
        + "words, quoted phrases, citizens' phrases), default page (top 10, facets, highlighted snippets); "
        + "each side first runs %d s unmeasured at concurrency %d (JIT warm-up), then %d s warm-up and %d s "
        + "measured per row; REST server -Xmx%s, bare endpoint -Xmx%s (a fixed "
        + "%,d-byte search page), the in-process peer in its own JVM with the REST server's heap; the load "
        + "driver (plain-socket HTTP/1.1 keep-alive, one connection per worker) runs in the suite's JVM on the "
        + "same cores.%n%n", corpus.size(),
        SearchLoad.texts().size(), jitWarmup.toSeconds(), SearchLoad.JIT_WARMUP_CONCURRENCY, warmup.toSeconds(),
        duration.toSeconds(), heap, BARE_HEAP, bodyBytes));
    int low = inProcess.keySet().stream().min(Integer::compare).orElseThrow();
    int high = inProcess.keySet().stream().max(Integer::compare).orElseThrow();
    md.append(SearchLoad.HEADER);
    for (int c : inProcess.keySet()) {
      md.append(SearchLoad.row("in process: Searches + DisclosureIndex.search", inProcess.get(c)));
      md.append(SearchLoad.row("bare Jersey endpoint, fixed JSON", bare.get(c)));
      if (c == low) {
        md.append(SearchLoad.row(String.format("bare Jersey endpoint, fixed JSON after %.2f ms on the CPU",
            busyMicros / 1e3), busy));
      }
      md.append(SearchLoad.row("REST `/api/v1/search`", splits.get(c).load()));
      md.append(SearchLoad.row("REST `/api/v1/search`, `Accept-Encoding: gzip`", gzipped.get(c).load()));
    }
    md.append("\n| concurrency | REST p50 − in-process p50 (target ≤ 1 ms) | REST per request: latency − the "
        + "search's own time, p50 / p90 / mean | of which outside the server's window, p50 / p90 / mean | REST / "
        + "in-process requests/s (target ≥ 0.6× at 8) | REST / bare requests/s |\n|---|---|---|---|---|---|\n");
    for (int c : inProcess.keySet()) {
      for (HttpLoad.Split split : List.of(splits.get(c), gzipped.get(c))) {
        LoadReport i = inProcess.get(c);
        LoadReport r = split.load();
        md.append(String.format("| %d%s | %+.2f ms | %s (%,d calls; the search's own p50 %.2f ms) | %s | %s | %s |%n",
            c, split == splits.get(c) ? "" : ", gzip", r.p50() - i.p50(), spread(split.beyondSearch()),
            split.beyondSearch().calls(), split.search().p50(), spread(split.outside()),
            Results.ratio(r.perSecond(), i.perSecond()), Results.ratio(r.perSecond(), bare.get(c).perSecond())));
      }
    }
    md.append(String.format("%nThe HTTP limit at concurrency %d: %.2f ms at p50 for the fixed body, %.2f ms over "
        + "its work for the fixed body after %.2f ms on the CPU (the in-process median).%n", low, bare.get(low).p50(),
        busy.p50() - busyMicros / 1e3, busyMicros / 1e3));
    md.append(String.format("%nREST adds %.2f ms at p50 (concurrency %d; per request, beyond the search's own time, "
        + "%.2f ms at p50); REST throughput / in-process throughput at concurrency %d: %s.%n",
        splits.get(low).load().p50() - inProcess.get(low).p50(), low, splits.get(low).beyondSearch().p50(), high,
        Results.ratio(splits.get(high).load().perSecond(), inProcess.get(high).perSecond())));
    return md.toString();
  }
}
