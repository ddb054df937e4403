package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestOrgans;

/** Bad input gets a 4xx problem document naming what is wrong, never a 500. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
  private static final long LIMIT = 64 * 1024;
  private TestServer s;

  @BeforeAll
  void start() {
    s = TestServer.start(c -> c.withMaxRequestBytes(LIMIT));
  }

  @AfterAll
  void stop() {
    s.close();
  }

  private static ObjectNode budgetDraft() {
    return TestServer.draft(TestOrgans.HONGLING, "budget", "红岭镇2024年预算", SamplePayloads.budget2024(), "<p>预算</p>");
  }

  /** Asserts a problem document with this status and type, and returns it. */
  private static JsonNode problem(TestServer.Reply r, int status, String type) {
    r.expect(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    JsonNode p = r.json();
    assertThat(p.get("type").asText()).isEqualTo("urn:opendisclosure:problem:" + type);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    return p;
  }

  private static JsonNode field(JsonNode problem, String name) {
    for (JsonNode e : problem.get("errors")) {
      if (e.get("field").asText().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no error on " + name + " in " + problem);
  }

  @Test
  void malformedJsonIs400WithWhereItBroke() {
    JsonNode p = problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", "{\"title\": \"x\",,}"), 400, "malformed-json");
    assertThat(p.get("detail").asText()).contains("line 1");
  }

  @Test
  void wrongTypesUnknownFieldsAndUnknownEnumValuesNameTheField() {
    ObjectNode wrongType = budgetDraft();
    ((ObjectNode) wrongType.get("payload")).put("fiscalYear", "二〇二四");
    assertThat(field(problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", wrongType), 400, "validation"),
        "payload.fiscalYear").get("message").asText()).contains("not a valid");

    ObjectNode unknownEnum = budgetDraft();
    ((ObjectNode) unknownEnum.get("payload")).put("statementKind", "ANNUAL");
    assertThat(field(problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", unknownEnum), 400, "validation"),
        "payload.statementKind").get("message").asText()).contains("BUDGET", "FINAL_ACCOUNTS", "ANNUAL");

    ObjectNode unknownField = budgetDraft();
    unknownField.put("colour", "red");
    field(problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", unknownField), 400, "validation"), "colour");

    ObjectNode badDate = budgetDraft();
    badDate.put("formedOn", "2026-02-30");
    field(problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", badDate), 400, "validation"), "formedOn");

    problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", "[1, 2]"), 400, "validation");
    field(problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items/" + "01ARZ3NDEKTSV4RRFFQ69G5FAV" + "/schedule",
        "{\"publishAt\": \"tomorrow\"}", "If-Match", "\"r1\""), 400, "validation"), "publishAt");
  }

  @Test
  void domainValidationListsEveryBadField() {
    ObjectNode bad = budgetDraft();
    bad.put("title", " ");
    bad.put("category", "no-such-category");
    JsonNode p = problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", bad), 400, "validation");
    field(p, "title");
    field(p, "category");
    assertThat(p.get("errors").toString()).doesNotContain("\"payload\"");

    ObjectNode sums = budgetDraft();
    ((ObjectNode) sums.get("payload").get("totalExpenditure")).put("amount", 1.00);
    field(problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", sums), 400, "validation"),
        "payload.totalExpenditure");
    problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", null), 400, "validation");
  }

  @Test
  void oversizedBodiesAre413WithOrWithoutContentLength() {
    String big = "{\"title\": \"" + "长".repeat((int) LIMIT) + "\"}";
    problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", big), 413, "payload-too-large");
    HttpRequest chunked = HttpRequest.newBuilder(URI.create(s.base + "/api/v1/admin/items"))
        .header("Authorization", "Bearer " + s.token(Staff.EDITOR)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
    problem(s.send(chunked), 413, "payload-too-large");
    problem(s.send("POST", "/api/v1/items/01ARZ3NDEKTSV4RRFFQ69G5FAV/feedback", big), 413, "payload-too-large");
  }

  @Test
  void badListingParametersAre400NamingTheParameter() {
    field(problem(s.get("/api/v1/items?limit=500"), 400, "validation"), "limit");
    field(problem(s.get("/api/v1/items?limit=ten"), 400, "validation"), "limit");
    field(problem(s.get("/api/v1/items?cursor=not-a-cursor"), 400, "validation"), "cursor");
    field(problem(s.get("/api/v1/items?year=1800"), 400, "validation"), "year");
    field(problem(s.get("/api/v1/items?window=closed"), 400, "validation"), "window");
    field(problem(s.get("/api/v1/items?category=nope"), 400, "validation"), "category");
    field(problem(s.get("/api/v1/items?organ=nope"), 400, "validation"), "organ");
    field(problem(s.get("/api/v1/export?format=xlsx"), 400, "validation"), "format");
    field(problem(s.get("/api/v1/feed.atom?category=nope"), 400, "validation"), "category");
    field(problem(s.get("/api/v1/search?q=" + "字".repeat(201)), 400, "validation"), "q");
    field(problem(s.get("/api/v1/search?sort=best"), 400, "validation"), "sort");
    field(problem(s.get("/api/v1/search?limit=1000"), 400, "validation"), "limit");
    field(problem(s.get("/api/v1/search?cursor=garbage"), 400, "validation"), "cursor");
    field(problem(s.get("/api/v1/search?amountMin=lots"), 400, "validation"), "amountMin");
    field(problem(s.get("/api/v1/suggest?q=a&limit=0"), 400, "validation"), "limit");
    field(problem(s.as(Staff.EDITOR, "GET", "/api/v1/admin/items?organ=" + TestOrgans.HONGLING + "&status=LOST", null),
        400, "validation"), "status");
    field(problem(s.as(Staff.EDITOR, "GET", "/api/v1/admin/items/not-an-id", null), 400, "validation"), "id");
  }

  @Test
  void mutationsNeedIfMatchAndAStaleOneIs412() {
    String id = s.createDraft("regulations", "红岭镇文件", SamplePayloads.policyDocument(), "<p>正文</p>");
    Map<String, Object> revision = Map.of("title", "新标题", "payload", SamplePayloads.policyDocument(), "reason", "改");
    problem(s.as(Staff.EDITOR, "PUT", "/api/v1/admin/items/" + id, revision), 428, "precondition-required");
    problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items/" + id + "/submit", "{}"), 428, "precondition-required");
    problem(s.as(Staff.EDITOR, "PUT", "/api/v1/admin/items/" + id, revision, "If-Match", "*"), 412, "stale-revision");
    s.as(Staff.EDITOR, "PUT", "/api/v1/admin/items/" + id, revision, "If-Match", "\"r1\"").expect(200);
    JsonNode stale = problem(s.as(Staff.EDITOR, "PUT", "/api/v1/admin/items/" + id, revision, "If-Match", "\"r1\""),
        412, "stale-revision");
    assertThat(stale.get("detail").asText()).contains("\"r2\"");
    problem(s.as(Staff.EDITOR, "POST", "/api/v1/admin/items/" + id + "/publish", "{}", "If-Match", "\"r2\""), 409,
        "illegal-transition");
  }

  @Test
  void unknownRoutesMethodsAndMediaTypesAreProblemsToo() {
    problem(s.get("/api/v1/nothing-here"), 404, "http-404");
    TestServer.Reply notAllowed = s.send("DELETE", "/api/v1/items", null);
    problem(notAllowed, 405, "http-405");
    problem(s.send("POST", "/api/v1/items/01ARZ3NDEKTSV4RRFFQ69G5FAV/feedback", "hello", "Content-Type", "text/plain"),
        415, "http-415");
    problem(s.get("/api/v1/items/not-even-an-id"), 404, "not-found");
  }

  @Test
  void feedbackNeedsABodyAndAnOpenWindow() {
    String doc = s.published("regulations", "红岭镇公开文件", SamplePayloads.policyDocument(), "<p>正文</p>");
    field(problem(s.send("POST", "/api/v1/items/" + doc + "/feedback", "{\"body\": \"\"}"), 400, "validation"), "body");
    problem(s.send("POST", "/api/v1/items/" + doc + "/feedback", "{\"body\": \"意见\"}"), 409, "illegal-transition");
  }
}
