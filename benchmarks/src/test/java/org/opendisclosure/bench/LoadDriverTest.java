package org.opendisclosure.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load driver's statistics and its checking of responses, against a tiny local server (the
 * JDK's): fixed-length and chunked bodies are read whole, a 500 and an empty body are errors, a
 * server that is not there gives errors rather than an exception, and each worker keeps its one
 * connection alive. Nothing here is timed.
 */
class LoadDriverTest {
  private static final byte[] OK = "{\"hits\":[\"补偿\"]}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CHUNKED = "{\"facets\":{\"year\":[2024,2025]},\"text\":\"chunked\"}"
      .getBytes(StandardCharsets.UTF_8);

  private HttpServer server;
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void startTinyServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", x -> answer(x, 200, OK, false));
    server.createContext("/chunked", x -> answer(x, 200, CHUNKED, true));
    server.createContext("/fail", x -> answer(x, 500, OK, false));
    server.createContext("/empty", x -> answer(x, 200, new byte[0], false));
    server.createContext("/gzip", x -> {
      boolean asked = String.valueOf(x.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(OK);
      }
      if (asked) {
        x.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      answer(x, 200, asked ? zipped.toByteArray() : OK, false);
    });
    server.createContext("/timed", x -> {
      x.getResponseHeaders().set("Server-Timing", "search;dur=0.125, app;desc=\"all\";dur=0.25");
      answer(x, 200, OK, false);
    });
    server.start();
  }

  @AfterEach
  void stopTinyServer() {
    server.stop(0);
  }

  private void answer(HttpExchange x, int status, byte[] body, boolean chunked) throws IOException {
    clientPorts.add(x.getRemoteAddress().getPort());
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, chunked ? 0 : body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private int port() {
    return server.getAddress().getPort();
  }

  @Test
  void percentilesAreByNearestRank() {
    List<Long> nanos = new ArrayList<>();
    for (long ms = 1; ms <= 100; ms++) {
      nanos.add(ms * 1_000_000);
    }
    Collections.shuffle(nanos, new java.util.Random(7));
    LoadReport r = LoadReport.of(2, nanos.stream().mapToLong(Long::longValue).toArray(), 3, 2.0, 500, "boom");

    assertThat(r.p50()).isEqualTo(50.0);
    assertThat(r.p90()).isEqualTo(90.0);
    assertThat(r.p99()).isEqualTo(99.0);
    assertThat(r.max()).isEqualTo(100.0);
    assertThat(r.calls()).isEqualTo(100);
    assertThat(r.perSecond()).isEqualTo(48.5);
    assertThat(r.bytesPerCall()).isEqualTo(5.0);
    assertThat(LoadReport.millis(new long[0], 50)).isZero();
    assertThat(LoadReport.millis(new long[] {3_000_000}, 99)).isEqualTo(3.0);
  }

  @Test
  void aReportCrossesFromThePeerJvmIntact() {
    LoadReport r = new LoadReport(8, 1234, 5, 20.000125, 3.25, 7.5, 41.125, 250.0, 0, "not carried");

    LoadReport back = InProcessPeer.parse(InProcessPeer.format(r));

    assertThat(back).usingRecursiveComparison().ignoringFields("firstError").isEqualTo(r);
    assertThat(back.perSecond()).isEqualTo(r.perSecond());
  }

  @Test
  void everyResponseIsReadWholeAndEveryFailureCounted() {
    List<String> paths = List.of("/ok", "/chunked", "/fail", "/empty");

    LoadReport r = HttpLoad.counted("127.0.0.1", port(), paths, 2, 8);

    assertThat(r.concurrency()).isEqualTo(2);
    assertThat(r.calls()).isEqualTo(16);
    assertThat(r.errors()).isEqualTo(8);
    assertThat(r.bytes()).isEqualTo(4L * OK.length + 4L * CHUNKED.length);
    assertThat(r.firstError()).containsAnyOf("status 500 for /fail", "empty body for /empty");
    assertThat(r.perSecond()).isPositive();
  }

  @Test
  void eachWorkerKeepsItsConnectionAlive() {
    LoadReport r = HttpLoad.counted("127.0.0.1", port(), List.of("/ok", "/chunked"), 3, 20);

    assertThat(r.errors()).isZero();
    assertThat(r.calls()).isEqualTo(60);
    assertThat(clientPorts).hasSize(3);
  }

  @Test
  void aServerThatIsNotThereGivesErrorsNotAnException() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }

    LoadReport r = HttpLoad.counted("127.0.0.1", closed, List.of("/ok"), 2, 3);

    assertThat(r.calls()).isEqualTo(6);
    assertThat(r.errors()).isEqualTo(6);
    assertThat(r.firstError()).contains("Connect");
  }

  @Test
  void theServersOwnTimeIsReadFromServerTiming() {
    assertThat(HttpConnection.duration("app;dur=12.34", "app")).isEqualTo(12.34);
    assertThat(HttpConnection.duration("search;dur=1, app;desc=\"x\";dur=2.5", "app")).isEqualTo(2.5);
    assertThat(HttpConnection.duration("search;dur=1, app;desc=\"x\";dur=2.5", "search")).isEqualTo(1);
    assertThat(HttpConnection.duration("db;dur=1", "app")).isNaN();
    assertThat(HttpConnection.duration("app;dur=soon", "app")).isNaN();
  }

  @Test
  void aSplitRunPairsEachCallWithTheServersTimeAndNeedsTheHeader() {
    HttpLoad.Split timed = HttpLoad.split("127.0.0.1", port(), List.of("/timed"), 2, Duration.ZERO,
        Duration.ofMillis(500), false);
    assertThat(timed.load().errors()).isZero();
    assertThat(timed.outside().calls()).isPositive().isGreaterThanOrEqualTo(timed.load().calls() - 2);
    assertThat(timed.beyondSearch().calls()).isEqualTo(timed.outside().calls());
    assertThat(timed.search().p50()).isEqualTo(0.125);
    // Each call's latency less 0.125 ms exceeds the same latency less 0.25 ms by exactly 0.125 ms.
    assertThat(timed.beyondSearch().p50() - timed.outside().p50()).isCloseTo(0.125, within(1e-9));
    assertThat(timed.outside().p50()).isLessThanOrEqualTo(timed.outside().p90());

    HttpLoad.Split untimed = HttpLoad.split("127.0.0.1", port(), List.of("/ok"), 1, Duration.ZERO,
        Duration.ofMillis(200), false);
    assertThat(untimed.load().calls()).isPositive();
    assertThat(untimed.outside().calls()).isZero();
    assertThat(untimed.outside().p50()).isNaN();
    assertThat(untimed.beyondSearch().calls()).isZero();
  }

  @Test
  void aGzipRunAsksForGzipAndCountsAnIdentityBodyAsAnError() throws IOException {
    HttpLoad.Split zipped = HttpLoad.split("127.0.0.1", port(), List.of("/gzip"), 1, Duration.ZERO,
        Duration.ofMillis(200), true);
    assertThat(zipped.load().calls()).isPositive();
    assertThat(zipped.load().errors()).isZero();
    try (HttpConnection c = new HttpConnection("127.0.0.1", port(), true)) {
      HttpConnection.Response r = c.get("/gzip");
      assertThat(r.contentEncoding()).isEqualTo("gzip");
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.start()))) {
        assertThat(in.readAllBytes()).isEqualTo(OK);
      }
      assertThat(zipped.load().bytes()).isEqualTo(zipped.load().calls() * r.length());
    }
    HttpLoad.Split plain = HttpLoad.split("127.0.0.1", port(), List.of("/ok"), 1, Duration.ZERO,
        Duration.ofMillis(200), true);
    assertThat(plain.load().calls()).isPositive();
    assertThat(plain.load().errors()).isEqualTo(plain.load().calls());
    assertThat(plain.load().firstError()).contains("not gzipped");
  }

  @Test
  void theBareEndpointAnswersItsFixedBody() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode body = mapper.readTree("{\"hits\":[{\"title\":\"关于补偿安置方案的公告\",\"score\":1.5}],\"totalHits\":1}");
    org.glassfish.grizzly.http.server.HttpServer bare = BareEndpoint.start("127.0.0.1", 0, body);
    try {
      int port = bare.getListeners().iterator().next().getPort();

      LoadReport r = HttpLoad.counted("127.0.0.1", port, List.of("/bare"), 2, 5);

      assertThat(r.errors()).isZero();
      assertThat(r.bytes()).isEqualTo(10L * mapper.writeValueAsBytes(body).length);
      HttpConnection c = new HttpConnection("127.0.0.1", port);
      assertThat(mapper.readTree(c.get("/bare").text())).isEqualTo(body);
      assertThat(mapper.readTree(c.get("/bare/busy?micros=2000").text())).isEqualTo(body);
      assertThat(c.get("/bare/busy?micros=-1").status()).isEqualTo(400);
      assertThat(c.get("/bare/busy?micros=" + (BareEndpoint.MAX_BUSY_MICROS + 1)).status()).isEqualTo(400);
      c.close();
    } finally {
      bare.shutdownNow();
    }
  }

  @Test
  void gcPausesAreReadFromTheUnifiedLog() {
    List<String> lines = List.of(
        "[0.005s][info][gc] Using G1",
        "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->4M(128M) 3.500ms",
        "[2.000s][info][gc] GC(1) Pause Remark 40M->38M(128M) 1.250ms",
        "[2.100s][info][gc] GC(1) Concurrent Mark Cycle 20.000ms",
        "[3.000s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 120M->90M(128M) 45.250ms");

    GcLog all = GcLog.of(lines, lines.size());
    GcLog late = GcLog.of(lines.subList(3, 5), lines.size());

    assertThat(all.pauses()).isEqualTo(3);
    assertThat(all.fullPauses()).isEqualTo(1);
    assertThat(all.pauseMillis()).isEqualTo(50.0);
    assertThat(all.maxAfterMb()).isEqualTo(90);
    assertThat(late.pauses()).isEqualTo(1);
    assertThat(late.lines()).isEqualTo(5);
  }
}
