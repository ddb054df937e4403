package org.opendisclosure.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

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
    return ClosedLoop.timed(concurrency, w -> worker(host, port, paths, w), warmup, duration, atStart);
  }

  /** Exactly {@code requestsPerConnection} requests on each connection, all measured (tests). */
  public static LoadReport counted(String host, int port, List<String> paths, int concurrency,
      int requestsPerConnection) {
    checkPaths(paths);
    return ClosedLoop.counted(concurrency, w -> worker(host, port, paths, w), requestsPerConnection);
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

  private static ClosedLoop.Worker worker(String host, int port, List<String> paths, int w) {
    HttpConnection connection = new HttpConnection(host, port);
    return new ClosedLoop.Worker() {
      @Override
      public long call(int i) throws IOException {
        String path = paths.get((w + i) % paths.size());
        HttpConnection.Response r = connection.get(path);
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
