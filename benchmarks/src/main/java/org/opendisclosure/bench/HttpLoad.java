package org.opendisclosure.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HTTP load driver: {@code concurrency} keep-alive HTTP/1.1 connections in a closed loop
 * ({@link ClosedLoop}), each sending GET requests for the given paths in turn (worker {@code w}
 * starting at path {@code w}), every response read whole and checked: status 200 and a non-empty
 * body, anything else counts as an error. Plain sockets ({@link HttpConnection}) rather than
 * {@code java.net.http.HttpClient}, to keep the driver's own cost per request low on the cores the
 * server needs; the bare endpoint's rate shows what the driver can do.
 */
public final class HttpLoad {
  private HttpLoad() {}

  /** Warms up for {@code warmup}, then measures for {@code duration}. */
  public static LoadReport timed(String host, int port, List<String> paths, int concurrency, Duration warmup,
      Duration duration) {
    return timed(host, port, paths, concurrency, warmup, duration, () -> { });
  }

  /** As {@link #timed(String, int, List, int, Duration, Duration)}, running {@code atStart} as measuring starts. */
  public static LoadReport timed(String host, int port, List<String> paths, int concurrency, Duration warmup,
      Duration duration, Runnable atStart) {
    checkPaths(paths);
    return ClosedLoop.timed(concurrency, w -> worker(host, port, paths, w, false, null), warmup, duration,
        atStart);
  }

  /** Percentiles and mean of a per-call figure, in milliseconds (NaN without calls). */
  public record Spread(double p50, double p90, double mean, long calls) {
    static Spread of(long[] nanos) {
      if (nanos.length == 0) {
        return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
      }
      double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Spread(LoadReport.millis(sorted, 50), LoadReport.millis(sorted, 90), mean, sorted.length);
    }
  }

  /**
   * A timed run, each measured call's latency split at the server's {@code Server-Timing}.
   *
   * @param load the run
   * @param outside latency less the server's own time ({@code app}): what the network, the HTTP
   *     server and the client add to the application
   * @param beyondSearch latency less the search's own time ({@code search}): what everything but
   *     the search adds, paired call by call (calls without that metric left out)
   * @param search the search's own times
   */
  public record Split(LoadReport load, Spread outside, Spread beyondSearch, Spread search) {}

  /**
   * As {@link #timed(String, int, List, int, Duration, Duration)}, splitting each successful call's
   * latency; with {@code gzip} every request asks for gzip and a response that is not gzipped
   * counts as an error.
   */
  public static Split split(String host, int port, List<String> paths, int concurrency, Duration warmup,
      Duration duration, boolean gzip) {
    checkPaths(paths);
    AtomicBoolean measuring = new AtomicBoolean();
    List<long[]> calls = Collections.synchronizedList(new ArrayList<>());
    LoadReport load = ClosedLoop.timed(concurrency, w -> worker(host, port, paths, w, gzip, (latency, r) -> {
      if (measuring.get()) {
        calls.add(new long[] {latency, nanos(r.serverMillis("app")), nanos(r.serverMillis("search"))});
      }
    }), warmup, duration, () -> measuring.set(true));
    measuring.set(false);
    List<long[]> timed;
    synchronized (calls) {
      timed = List.copyOf(calls);
    }
    return new Split(load,
        Spread.of(timed.stream().filter(c -> c[1] >= 0).mapToLong(c -> c[0] - c[1]).toArray()),
        Spread.of(timed.stream().filter(c -> c[2] >= 0).mapToLong(c -> c[0] - c[2]).toArray()),
        Spread.of(timed.stream().filter(c -> c[2] >= 0).mapToLong(c -> c[2]).toArray()));
  }

  private static long nanos(double millis) {
    return Double.isNaN(millis) ? -1 : Math.round(millis * 1e6);
  }

  /** Exactly {@code requestsPerConnection} requests on each connection, all measured (tests). */
  public static LoadReport counted(String host, int port, List<String> paths, int concurrency,
      int requestsPerConnection) {
    checkPaths(paths);
    return ClosedLoop.counted(concurrency, w -> worker(host, port, paths, w, false, null), requestsPerConnection);
  }

  /** {@code /api/v1/search?q=…} for each text, percent-encoded. */
  public static List<String> searchPaths(List<String> texts) {
    return texts.stream().map(t -> "/api/v1/search?q=" + URLEncoder.encode(t, StandardCharsets.UTF_8)).toList();
  }

  private static void checkPaths(List<String> paths) {
    if (paths.isEmpty() || paths.stream().anyMatch(p -> !p.startsWith("/"))) {
      throw new IllegalArgumentException("paths must be non-empty and each start with /, were " + paths);
    }
  }

  /** Told, for each successful call, its latency in nanoseconds and the response. */
  private interface SplitSink {
    void accept(long latencyNanos, HttpConnection.Response response);
  }

  private static ClosedLoop.Worker worker(String host, int port, List<String> paths, int w, boolean gzip,
      SplitSink split) {
    HttpConnection connection = new HttpConnection(host, port, gzip);
    return new ClosedLoop.Worker() {
      @Override
      public long call(int i) throws IOException {
        String path = paths.get((w + i) % paths.size());
        long start = System.nanoTime();
        HttpConnection.Response r = connection.get(path);
        long latency = System.nanoTime() - start;
        if (r.status() != 200) {
          throw new IOException("status " + r.status() + " for " + path);
        }
        if (gzip && !"gzip".equals(r.contentEncoding())) {
          throw new IOException("not gzipped: " + path);
        }
        if (r.length() == 0) {
          throw new IOException("empty body for " + path);
        }
        if (split != null) {
          split.accept(latency, r);
        }
        return r.length();
      }

      @Override
      public void close() {
        connection.close();
      }
    };
  }
}
