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
    return ClosedLoop.timed(concurrency, w -> worker(host, port, paths, w, null), warmup, duration, atStart);
  }

  /**
   * A timed run, and for each measured call the client's latency less the server's own time
   * ({@code Server-Timing: app;dur}): what the network, the HTTP server and the client add to the
   * application's work, paired request by request.
   *
   * @param load the run
   * @param outsideP50 median of (latency − server time) in milliseconds, NaN when no call was timed
   * @param outsideP90 its 90th percentile
   * @param outsideMean its mean
   * @param serverP50 median of the server's own times
   * @param timedCalls measured calls that carried a server time
   */
  public record Split(LoadReport load, double outsideP50, double outsideP90, double outsideMean, double serverP50,
      long timedCalls) {}

  /** As {@link #timed(String, int, List, int, Duration, Duration)}, splitting each call's latency. */
  public static Split split(String host, int port, List<String> paths, int concurrency, Duration warmup,
      Duration duration) {
    checkPaths(paths);
    AtomicBoolean measuring = new AtomicBoolean();
    List<long[]> timed = Collections.synchronizedList(new ArrayList<>());
    LoadReport load = ClosedLoop.timed(concurrency, w -> worker(host, port, paths, w, (latency, server) -> {
      if (measuring.get()) {
        timed.add(new long[] {latency - server, server});
      }
    }), warmup, duration, () -> measuring.set(true));
    measuring.set(false);
    long[] outside;
    long[] server;
    synchronized (timed) {
      outside = timed.stream().mapToLong(t -> t[0]).toArray();
      server = timed.stream().mapToLong(t -> t[1]).toArray();
    }
    if (outside.length == 0) {
      return new Split(load, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double mean = Arrays.stream(outside).average().orElse(Double.NaN) / 1e6;
    Arrays.sort(outside);
    Arrays.sort(server);
    return new Split(load, LoadReport.millis(outside, 50), LoadReport.millis(outside, 90), mean,
        LoadReport.millis(server, 50), outside.length);
  }

  /** Exactly {@code requestsPerConnection} requests on each connection, all measured (tests). */
  public static LoadReport counted(String host, int port, List<String> paths, int concurrency,
      int requestsPerConnection) {
    checkPaths(paths);
    return ClosedLoop.counted(concurrency, w -> worker(host, port, paths, w, null), requestsPerConnection);
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

  /** Told, for each successful call with a server time, its latency and that time in nanoseconds. */
  private interface SplitSink {
    void accept(long latencyNanos, long serverNanos);
  }

  private static ClosedLoop.Worker worker(String host, int port, List<String> paths, int w, SplitSink split) {
    HttpConnection connection = new HttpConnection(host, port);
    return new ClosedLoop.Worker() {
      @Override
      public long call(int i) throws IOException {
        String path = paths.get((w + i) % paths.size());
        long start = System.nanoTime();
        HttpConnection.Response r = connection.get(path);
        long latency = System.nanoTime() - start;
        if (split != null && r.status() == 200 && !Double.isNaN(r.serverMillis())) {
          split.accept(latency, Math.round(r.serverMillis() * 1e6));
        }
        if (r.status() != 200) {
          throw new IOException("status " + r.status() + " for " + path);
        }
        if (r.length() == 0) {
          throw new IOException("empty body for " + path);
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
