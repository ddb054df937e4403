package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.rest.api.Problem;
import org.opendisclosure.rest.http.ProblemMapper;

/** ETags and 304, gzip, CORS, health, metrics, and what a 500 shows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpConventionsTest {
  private TestServer s;
  private String id;

  @BeforeAll
  void start() {
    s = TestServer.start();
    id = s.published("regulations", "红岭镇关于规范政务公开工作的通知", SamplePayloads.policyDocument(), "<p>通知正文</p>");
  }

  @AfterAll
  void stop() {
    s.close();
  }

  @Test
  void publicReadsHaveEtagsAndAnswerIfNoneMatchWith304() {
    for (String path : new String[] {"/api/v1/items", "/api/v1/items/" + id, "/api/v1/items/" + id + "/history",
        "/api/v1/catalogue", "/api/v1/organs", "/api/v1/openapi.json", "/api/v1/search?q=x"}) {
      TestServer.Reply first = s.get(path).expect(200);
      String etag = first.header("ETag");
      assertThat(etag).as(path).startsWith("W/\"");
      assertThat(s.get(path).header("ETag")).as("stable ETag of %s", path).isEqualTo(etag);
      TestServer.Reply cached = s.get(path, "If-None-Match", etag);
      assertThat(cached.status()).as(path).isEqualTo(304);
      assertThat(cached.bytes()).isEmpty();
      s.get(path, "If-None-Match", "W/\"something-else\"").expect(200);
    }
  }

  @Test
  void theEtagChangesWhenThePublicViewChanges() {
    String before = s.get("/api/v1/items").header("ETag");
    s.published("regulations", "红岭镇另一份通知", SamplePayloads.policyDocument(), "<p>另一份</p>");
    assertThat(s.get("/api/v1/items").header("ETag")).isNotEqualTo(before);
    s.get("/api/v1/items", "If-None-Match", before).expect(200);
  }

  @Test
  void responsesAreGzippedWhenAsked() throws IOException {
    TestServer.Reply plain = s.get("/api/v1/catalogue").expect(200);
    TestServer.Reply zipped = s.get("/api/v1/catalogue", "Accept-Encoding", "gzip").expect(200);
    assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.bytes()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.bytes());
    }
    assertThat(zipped.bytes().length).isLessThan(plain.bytes().length);
  }

  @Test
  void corsAllowsTheConfiguredOriginOnly() {
    TestServer.Reply allowed = s.get("/api/v1/items", "Origin", "https://portal.example");
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://portal.example");
    assertThat(allowed.header("Access-Control-Expose-Headers")).contains("ETag");
    assertThat(s.get("/api/v1/items", "Origin", "https://evil.example").header("Access-Control-Allow-Origin")).isNull();
    TestServer.Reply preflight = s.send("OPTIONS", "/api/v1/admin/items", null, "Origin", "https://portal.example",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, if-match");
    preflight.expect(204);
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
    assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization", "If-Match");
  }

  @Test
  void healthReportsTheDatabaseAndTheIndex() {
    JsonNode health = s.get("/health").expect(200).json();
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.get("checks").get("database").asText()).isEqualTo("UP");
    assertThat(health.get("checks").get("index").asText()).startsWith("UP");
    assertThat(s.get("/health/live").expect(200).json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void metricsAreInPrometheusTextFormat() {
    s.get("/api/v1/items/" + id).expect(200);
    s.awaitIndex();
    String before = s.get("/metrics").expect(200).body();
    double hitsBefore = metric(before, "od_search_facet_cache_hits_total");
    double missesBefore = metric(before, "od_search_facet_cache_misses_total");
    s.get("/api/v1/search?q=正文").expect(200); // facets by default: counted, then from the cache
    s.get("/api/v1/search?q=正文&sort=date").expect(200);
    s.get("/api/v1/search?q=正文&limit=1").expect(200);
    TestServer.Reply metrics = s.get("/metrics").expect(200);
    assertThat(metric(metrics.body(), "od_search_facet_cache_misses_total")).isEqualTo(missesBefore + 1);
    assertThat(metric(metrics.body(), "od_search_facet_cache_hits_total")).isEqualTo(hitsBefore + 2);
    assertThat(metric(metrics.body(), "od_search_facet_cache_entries")).isGreaterThanOrEqualTo(1);
    assertThat(metrics.header("Content-Type")).startsWith("text/plain");
    assertThat(metrics.body()).contains("http_server_requests_seconds_count{", "uri=\"/api/v1/items/{id}\"",
        "od_public_events_total{kind=\"published\"}", "od_index_lag", "od_index_documents", "jvm_memory_used_bytes");
    assertThat(metrics.body()).doesNotContain("uri=\"/api/v1/items/" + id);
  }

  /** The value of an untagged metric in a Prometheus scrape. */
  private static double metric(String scrape, String name) {
    return scrape.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in the scrape"));
  }

  @Test
  void successfulResponsesTellTheServersTimeAndErrorsDoNot() {
    for (String path : new String[] {"/api/v1/items/" + id, "/health"}) {
      String timing = s.get(path).expect(200).header("Server-Timing");
      assertThat(timing).as(path).matches("app;dur=\\d+\\.\\d{2}");
      assertThat(Double.parseDouble(timing.substring("app;dur=".length()))).as(path).isGreaterThan(0);
    }
    // The search names its own time first; the application's window contains it.
    String search = s.get("/api/v1/search?q=通知").expect(200).header("Server-Timing");
    Matcher m = Pattern.compile("search;dur=(\\d+\\.\\d{2}), app;dur=(\\d+\\.\\d{2})").matcher(search);
    assertThat(m.matches()).as(search).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isLessThanOrEqualTo(Double.parseDouble(m.group(2)));
    String etag = s.get("/api/v1/items/" + id).header("ETag");
    assertThat(s.get("/api/v1/items/" + id, "If-None-Match", etag).expect(304).header("Server-Timing"))
        .startsWith("app;dur=");
    assertThat(s.get("/api/v1/items/01ARZ3NDEKTSV4RRFFQ69G5FAV").expect(404).header("Server-Timing")).isNull();
    assertThat(s.get("/api/v1/search?limit=0").status()).isEqualTo(400);
    assertThat(s.get("/api/v1/search?limit=0").header("Server-Timing")).isNull();
  }

  @Test
  void anUnexpectedFailureShowsOnlyAnIncidentId() {
    Response r = new ProblemMapper().toResponse(new IllegalStateException("password=hunter2 in a stack trace"));
    assertThat(r.getStatus()).isEqualTo(500);
    Problem p = (Problem) r.getEntity();
    assertThat(p.incident()).isNotBlank();
    assertThat(p.detail()).isEqualTo("incident " + p.incident()).doesNotContain("hunter2");
    assertThat(p.type()).isEqualTo("urn:opendisclosure:problem:internal");
  }
}
