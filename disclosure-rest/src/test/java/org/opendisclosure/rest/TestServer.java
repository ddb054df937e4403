package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.glassfish.grizzly.http.server.HttpServer;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;
import org.opendisclosure.rest.http.Json;

/**
 * The real server on a free port, wired by {@link DisclosureServer#application} like production, on
 * a fresh database, with the test county of the core (红岭镇, 青山乡, …), its staff and a token for
 * each; a clock the test moves; and a small HTTP client. Not thread-safe.
 */
final class TestServer implements AutoCloseable {
  /** Monday 2 March 2026, 09:00 in Asia/Shanghai. */
  static final String START = "2026-03-02T01:00:00Z";
  /** An account with a token but no role anywhere. */
  static final Actor NOBODY = Actor.of("nobody", "无角色用户");

  final MutableClock clock = MutableClock.at(START);
  final ServerContext ctx;
  final HttpServer server;
  final String base;
  private final Path dataDir;
  private final Map<String, String> tokens = new HashMap<>();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private TestServer(TestDatabase db, UnaryOperator<ServerConfig> tweak) {
    try {
      dataDir = Files.createTempDirectory("od-rest-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServerConfig config = tweak.apply(ServerConfig.forDataDir(dataDir).withCorsOrigins(List.of("https://portal.example")));
    ctx = ServerContext.open(config, clock, db.newDataSource());
    TestOrgans.register(ctx.disclosures());
    Staff.grant(ctx.disclosures());
    for (Actor a : List.of(Staff.EDITOR, Staff.REVIEWER, Staff.APPROVER, Staff.AUDITOR, Staff.ADMIN,
        Staff.QINGSHAN_APPROVER, NOBODY)) {
      ctx.tokens().ensureAccount(a.id(), a.name());
      tokens.put(a.id(), ctx.tokens().issue(a.id(), "test").token());
    }
    ctx.openSearch();
    server = DisclosureServer.start(ctx);
    base = "http://localhost:" + DisclosureServer.port(server);
  }

  static TestServer start() {
    return new TestServer(TestDatabase.H2, c -> c);
  }

  static TestServer start(TestDatabase db) {
    return new TestServer(db, c -> c);
  }

  static TestServer start(UnaryOperator<ServerConfig> tweak) {
    return new TestServer(TestDatabase.H2, tweak);
  }

  String token(Actor actor) {
    return tokens.get(actor.id());
  }

  // --- HTTP -------------------------------------------------------------------------------------

  /** A response: status, headers and body as text (and as JSON on demand). */
  record Reply(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return Json.mapper().readTree(bytes);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body(), e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** Asserts the status, showing the body when it differs. */
    Reply expect(int expected) {
      assertThat(status).as("status of a reply with body %s", body()).isEqualTo(expected);
      return this;
    }
  }

  Reply get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body != null && headers.length % 2 == 0 && !hasHeader(headers, "Content-Type")) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(b.build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasHeader(String[] headers, String name) {
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** An authenticated request as {@code actor}; {@code body} may be null. */
  Reply as(Actor actor, String method, String path, Object body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = "Bearer " + token(actor);
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(method, path, body == null ? null : body instanceof String s ? s : json(body), all);
  }

  static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the workflow through HTTP ------------------------------------------------------------------

  /** A draft body for {@code payload} in {@code category} of {@code organ}. */
  static ObjectNode draft(String organ, String category, String title, Payload payload, String bodyHtml) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("organ", organ);
    n.put("category", category);
    n.put("title", title);
    n.put("formedOn", "2026-02-27");
    n.set("payload", Json.mapper().valueToTree(payload));
    n.put("bodyHtml", bodyHtml);
    return n;
  }

  /** Creates a draft as 红岭镇's editor; returns its id. */
  String createDraft(String category, String title, Payload payload, String bodyHtml) {
    Reply r = as(Staff.EDITOR, "POST", "/api/v1/admin/items",
        draft(TestOrgans.HONGLING, category, title, payload, bodyHtml)).expect(201);
    return r.json().get("id").asText();
  }

  /** A workflow action with the item's current ETag. */
  Reply act(Actor actor, String id, String action, Object body) {
    String etag = as(Staff.EDITOR, "GET", "/api/v1/admin/items/" + id, null).expect(200).header("ETag");
    return as(actor, "POST", "/api/v1/admin/items/" + id + "/" + action, body == null ? "{}" : body, "If-Match", etag);
  }

  /** Submitted, reviewed, audited where needed and approved (with every blocking finding overridden). */
  void approve(String id) {
    act(Staff.EDITOR, id, "submit", null).expect(200);
    act(Staff.REVIEWER, id, "review", Map.of("comment", "审核通过")).expect(200);
    act(Staff.AUDITOR, id, "audit", Map.of("note", "数据已核实")).expect(200);
    Map<String, String> overrides = new HashMap<>();
    for (JsonNode f : as(Staff.APPROVER, "GET", "/api/v1/admin/items/" + id + "/privacy-findings", null).expect(200)
        .json()) {
      if (f.get("blocking").asBoolean()) {
        overrides.put(f.get("key").asText(), "经核实可以公开");
      }
    }
    act(Staff.APPROVER, id, "approve", Map.of("comment", "同意", "overrides", overrides)).expect(200);
  }

  /** A published item of 红岭镇; returns its id. */
  String published(String category, String title, Payload payload, String bodyHtml) {
    String id = createDraft(category, title, payload, bodyHtml);
    approve(id);
    act(Staff.EDITOR, id, "publish", null).expect(200);
    return id;
  }

  /**
   * Waits until the index (which follows the change feed every 250 ms) has applied every change,
   * so that a search sees the store as it is. Bounded; fails rather than waiting forever.
   */
  void awaitIndex() {
    for (int i = 0; i < 400 && ctx.search().orElseThrow().lag() > 0; i++) {
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    assertThat(ctx.search().orElseThrow().lag()).as("index lag").isZero();
    ctx.search().orElseThrow().index().refresh();
  }

  @Override
  public void close() {
    server.shutdownNow();
    ctx.close();
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
