package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestOrgans;

/**
 * Every admin endpoint against anonymous callers, bad tokens, each role, an approver of another
 * township and an account with no role; public endpoints with any token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
  private static final List<Actor> CALLERS = List.of(Staff.EDITOR, Staff.REVIEWER, Staff.APPROVER, Staff.AUDITOR,
      Staff.ADMIN, Staff.QINGSHAN_APPROVER, TestServer.NOBODY);
  private TestServer s;
  private String draft;

  @BeforeAll
  void start() {
    s = TestServer.start();
    draft = s.createDraft("regulations", "红岭镇矩阵测试文件", SamplePayloads.policyDocument(), "<p>正文</p>");
  }

  @AfterAll
  void stop() {
    s.close();
  }

  /** Every admin operation as (method, path); {id} is an existing draft of 红岭镇. */
  private List<String[]> adminEndpoints() {
    List<String[]> e = new ArrayList<>();
    String item = "/api/v1/admin/items/" + draft;
    e.add(new String[] {"POST", "/api/v1/admin/items"});
    e.add(new String[] {"GET", "/api/v1/admin/items?organ=" + TestOrgans.HONGLING});
    e.add(new String[] {"GET", item});
    e.add(new String[] {"PUT", item});
    e.add(new String[] {"POST", item + "/correction"});
    for (String a : List.of("submit", "review", "return", "approve", "audit", "deliberation", "schedule", "publish",
        "withdraw", "redact")) {
      e.add(new String[] {"POST", item + "/" + a});
    }
    for (String r : List.of("revisions", "events", "privacy-findings", "feedback")) {
      e.add(new String[] {"GET", item + "/" + r});
    }
    e.add(new String[] {"GET", "/api/v1/admin/organs/" + TestOrgans.HONGLING + "/compliance"});
    e.add(new String[] {"GET", "/api/v1/admin/organs/" + TestOrgans.HONGLING});
    e.add(new String[] {"POST", "/api/v1/admin/organs"});
    e.add(new String[] {"POST", "/api/v1/admin/scheduler/run"});
    e.add(new String[] {"GET", "/api/v1/admin/calendar"});
    e.add(new String[] {"PUT", "/api/v1/admin/calendar"});
    e.add(new String[] {"GET", "/api/v1/admin/me"});
    e.add(new String[] {"POST", "/api/v1/admin/accounts"});
    e.add(new String[] {"GET", "/api/v1/admin/accounts/hl-editor"});
    e.add(new String[] {"POST", "/api/v1/admin/accounts/hl-editor/grants"});
    e.add(new String[] {"DELETE", "/api/v1/admin/accounts/hl-editor/grants/" + TestOrgans.HONGLING + "/EDITOR"});
    e.add(new String[] {"POST", "/api/v1/admin/accounts/hl-editor/tokens"});
    e.add(new String[] {"DELETE", "/api/v1/admin/tokens/tok_000000000000000000000000"});
    return e;
  }

  @Test
  void everyAdminEndpointRefusesAnonymousAndUnknownTokensWith401() {
    for (String[] e : adminEndpoints()) {
      String body = e[0].equals("GET") || e[0].equals("DELETE") ? null : "{}";
      TestServer.Reply anonymous = s.send(e[0], e[1], body);
      assertThat(anonymous.status()).as("%s %s anonymous", e[0], e[1]).isEqualTo(401);
      assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
      TestServer.Reply forged = s.send(e[0], e[1], body, "Authorization",
          "Bearer od_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
      assertThat(forged.status()).as("%s %s forged token", e[0], e[1]).isEqualTo(401);
      assertThat(s.send(e[0], e[1], body, "Authorization", "Basic aGw6aGw=").status()).isEqualTo(401);
    }
  }

  @Test
  void publicEndpointsIgnoreAnyToken() {
    for (String path : List.of("/api/v1/items", "/api/v1/catalogue", "/api/v1/organs", "/api/v1/feed.atom",
        "/api/v1/openapi.json", "/api/v1/search?q=x", "/api/v1/suggest?q=x", "/api/v1/export", "/health")) {
      assertThat(s.get(path, "Authorization", "Bearer garbage").status()).as(path).isEqualTo(200);
      assertThat(s.get(path, "Authorization", "Bearer " + s.token(Staff.EDITOR)).status()).as(path).isEqualTo(200);
    }
    // A staff token does not open a draft to the public endpoint either.
    s.get("/api/v1/items/" + draft, "Authorization", "Bearer " + s.token(Staff.EDITOR)).expect(404);
  }

  @Test
  void staffOfAnOrganReadItsItemsAndStrangersGet403() {
    String item = "/api/v1/admin/items/" + draft;
    List<String> reads = List.of(item, item + "/revisions", item + "/events", item + "/privacy-findings",
        item + "/feedback", "/api/v1/admin/items?organ=" + TestOrgans.HONGLING,
        "/api/v1/admin/organs/" + TestOrgans.HONGLING + "/compliance");
    for (String path : reads) {
      for (Actor a : CALLERS) {
        boolean staff = !a.equals(Staff.QINGSHAN_APPROVER) && !a.equals(TestServer.NOBODY);
        assertThat(s.as(a, "GET", path, null).status()).as("%s by %s", path, a.id()).isEqualTo(staff ? 200 : 403);
      }
    }
  }

  static Stream<Arguments> actions() {
    List<Arguments> out = new ArrayList<>();
    Map<String, Set<Actor>> allowed = Map.ofEntries(
        Map.entry("create", Set.of(Staff.EDITOR)),
        Map.entry("revise", Set.of(Staff.EDITOR)),
        Map.entry("submit", Set.of(Staff.EDITOR)),
        Map.entry("review", Set.of(Staff.REVIEWER)),
        Map.entry("return", Set.of(Staff.REVIEWER, Staff.APPROVER)),
        Map.entry("audit", Set.of(Staff.AUDITOR)),
        Map.entry("deliberation", Set.of(Staff.EDITOR, Staff.APPROVER)),
        Map.entry("approve", Set.of(Staff.APPROVER)),
        Map.entry("schedule", Set.of(Staff.EDITOR, Staff.APPROVER)),
        Map.entry("publish", Set.of(Staff.EDITOR, Staff.APPROVER)),
        Map.entry("correction", Set.of(Staff.EDITOR)),
        Map.entry("withdraw", Set.of(Staff.APPROVER)),
        Map.entry("redact", Set.of(Staff.ADMIN)));
    allowed.forEach((action, who) -> CALLERS.forEach(a -> out.add(Arguments.of(action, a.id(), who.contains(a)))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} by {1}: allowed={2}")
  @MethodSource("actions")
  void eachWorkflowActionNeedsItsRoleOnTheItemsOrgan(String action, String actorId, boolean allowed) {
    Actor actor = CALLERS.stream().filter(a -> a.id().equals(actorId)).findFirst().orElseThrow();
    TestServer.Reply r = switch (action) {
      case "create" -> s.as(actor, "POST", "/api/v1/admin/items", TestServer.draft(TestOrgans.HONGLING, "regulations",
          "新文件", SamplePayloads.policyDocument(), "<p>正文</p>"));
      case "revise" -> s.as(actor, "PUT", "/api/v1/admin/items/" + fresh("DRAFT"),
          Map.of("title", "改", "payload", SamplePayloads.policyDocument(), "reason", "修改"), "If-Match", "\"r1\"");
      case "correction" -> s.as(actor, "POST", "/api/v1/admin/items/" + fresh("PUBLISHED") + "/correction",
          Map.of("title", "更正", "payload", SamplePayloads.policyDocument(), "reason", "更正说明"), "If-Match", "\"r1\"");
      case "redact" -> s.as(actor, "POST", "/api/v1/admin/items/" + fresh("DRAFT") + "/redact",
          Map.of("revision", 1, "reason", "误录身份证号"));
      default -> s.as(actor, "POST", "/api/v1/admin/items/" + fresh(stateFor(action)) + "/" + action, body(action),
          "If-Match", "\"r1\"");
    };
    if (allowed) {
      assertThat(r.status()).as("%s by %s: %s", action, actorId, r.body()).isIn(200, 201);
    } else {
      assertThat(r.status()).as("%s by %s: %s", action, actorId, r.body()).isEqualTo(403);
      assertThat(r.json().get("type").asText()).isEqualTo("urn:opendisclosure:problem:forbidden");
    }
  }

  private static String stateFor(String action) {
    return switch (action) {
      case "submit" -> "DRAFT";
      case "approve" -> "REVIEWED";
      case "schedule", "publish" -> "APPROVED";
      case "withdraw" -> "PUBLISHED";
      default -> "IN_REVIEW";
    };
  }

  private static Object body(String action) {
    return switch (action) {
      case "review", "return", "approve" -> Map.of("comment", "意见");
      case "audit" -> Map.of("note", "已核实");
      case "deliberation" -> Map.of("meeting", "镇党委会议", "heldOn", "2026-02-27");
      case "schedule" -> Map.of("publishAt", "2026-03-03T01:00:00Z");
      case "withdraw" -> Map.of("reason", "撤回原因");
      default -> Map.of();
    };
  }

  /** A new item of 红岭镇 in {@code state} at revision 1. */
  private String fresh(String state) {
    String id = s.createDraft("regulations", "红岭镇规范性文件", SamplePayloads.policyDocument(), "<p>正文</p>");
    if (state.equals("DRAFT")) {
      return id;
    }
    s.act(Staff.EDITOR, id, "submit", null).expect(200);
    if (state.equals("IN_REVIEW")) {
      return id;
    }
    s.act(Staff.REVIEWER, id, "review", Map.of("comment", "通过")).expect(200);
    if (state.equals("REVIEWED")) {
      return id;
    }
    s.act(Staff.APPROVER, id, "approve", Map.of("comment", "同意")).expect(200);
    if (state.equals("APPROVED")) {
      return id;
    }
    s.act(Staff.EDITOR, id, "publish", null).expect(200);
    return id;
  }

  @Test
  void accountsAndOrgansNeedAnAdminOfTheOrgansConcerned() {
    s.as(Staff.EDITOR, "POST", "/api/v1/admin/accounts", Map.of("id", "x-editor", "name", "某")).expect(403);
    s.as(Staff.ADMIN, "POST", "/api/v1/admin/accounts", Map.of("id", "x-editor", "name", "某")).expect(201);
    s.as(Staff.QINGSHAN_APPROVER, "POST", "/api/v1/admin/accounts/x-editor/grants",
        Map.of("organ", TestOrgans.HONGLING, "role", "EDITOR")).expect(403);
    s.as(Staff.ADMIN, "POST", "/api/v1/admin/accounts/x-editor/grants",
        Map.of("organ", TestOrgans.HONGLING, "role", "EDITOR")).expect(200);
    // Nobody but an ADMIN over every organ of the account may mint it a token.
    s.as(Staff.APPROVER, "POST", "/api/v1/admin/accounts/x-editor/tokens", Map.of("label", "x")).expect(403);
    s.as(Staff.QINGSHAN_APPROVER, "POST", "/api/v1/admin/accounts/hl-editor/tokens", Map.of()).expect(403);
    s.as(Staff.ADMIN, "POST", "/api/v1/admin/accounts/x-editor/tokens", Map.of("label", "x")).expect(201);
    s.as(Staff.APPROVER, "POST", "/api/v1/admin/organs", Map.of("code", "54350100MF0000099X", "name", "新村",
        "level", "VILLAGE", "parentCode", TestOrgans.HONGLING)).expect(403);
    s.as(Staff.ADMIN, "POST", "/api/v1/admin/organs", Map.of("code", "54350100MF0000099X", "name", "新村",
        "level", "VILLAGE", "parentCode", TestOrgans.HONGLING)).expect(201);
    s.as(Staff.EDITOR, "POST", "/api/v1/admin/scheduler/run", null).expect(403);
    s.as(Staff.EDITOR, "PUT", "/api/v1/admin/calendar", "{\"years\":[]}").expect(403);
  }
}
