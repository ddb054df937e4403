package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestOrgans;

/**
 * Items in every state, then every public response read end to end: no draft, scheduled item,
 * withdrawn content, private feedback or unmasked ID number appears anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicLeakTest {
  private static final List<String> SECRETS = List.of("草稿机密标题", "草稿正文秘密", "待发布标题", "待发布正文",
      "审核中标题", "撤回的正文内容", "撤回前的标题", "私密反馈内容", "feedback-contact@example.org",
      "440524188001010014", "11010519491231002X");
  private TestServer s;
  private final List<String> ids = new ArrayList<>();

  @BeforeAll
  void start() {
    s = TestServer.start();
    String list = s.published("social-assistance", "红岭镇2026年3月拟新增低保对象公示", SamplePayloads.minimumLivingList(),
        "<p>张德顺 身份证 440524188001010014</p>");
    ids.add(list);
    ids.add(s.published("procurement-award", "红岭镇污水处理中标结果", SamplePayloads.procurementResult(), "<p>中标</p>"));
    ids.add(s.createDraft("regulations", "草稿机密标题", SamplePayloads.policyDocument(), "<p>草稿正文秘密</p>"));
    String review = s.createDraft("regulations", "审核中标题", SamplePayloads.policyDocument(), "<p>审核</p>");
    s.act(Staff.EDITOR, review, "submit", null).expect(200);
    ids.add(review);
    String scheduled = s.createDraft("regulations", "待发布标题", SamplePayloads.policyDocument(), "<p>待发布正文</p>");
    s.approve(scheduled);
    s.act(Staff.EDITOR, scheduled, "schedule", Map.of("publishAt", s.clock.instant().plus(Duration.ofDays(3)).toString()))
        .expect(200);
    ids.add(scheduled);
    String withdrawn = s.published("regulations", "撤回前的标题", SamplePayloads.policyDocument(), "<p>撤回的正文内容</p>");
    s.act(Staff.APPROVER, withdrawn, "withdraw", Map.of("reason", "内容有误")).expect(200);
    ids.add(withdrawn);
    s.send("POST", "/api/v1/items/" + list + "/feedback", TestServer.json(Map.of("body", "私密反馈内容",
        "contact", "feedback-contact@example.org"))).expect(201);
    s.awaitIndex();
  }

  @AfterAll
  void stop() {
    s.close();
  }

  private Map<String, String> publicBodies() {
    List<String> paths = new ArrayList<>(List.of("/api/v1/items?limit=200", "/api/v1/feed.atom",
        "/api/v1/export", "/api/v1/export?format=csv", "/api/v1/export?format=ocds", "/api/v1/catalogue",
        "/api/v1/organs", "/api/v1/search", "/api/v1/search?q=" + enc("标题"), "/api/v1/search?q=" + enc("正文"),
        "/api/v1/search?q=440524188001010014", "/api/v1/suggest?q=" + enc("待"), "/api/v1/suggest?q=" + enc("草"),
        "/api/v1/suggest?q=" + enc("撤"), "/api/v1/items?window=open", "/api/v1/items?organ=" + TestOrgans.HONGLING));
    for (String id : ids) {
      paths.add("/api/v1/items/" + id);
      paths.add("/api/v1/items/" + id + "/history");
    }
    Map<String, String> bodies = new java.util.LinkedHashMap<>();
    for (String p : paths) {
      TestServer.Reply r = s.get(p);
      assertThat(r.status()).as(p).isIn(200, 404);
      bodies.put(p, r.body());
    }
    return bodies;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void noPublicResponseCarriesAnythingThatIsNotPublic() {
    for (Map.Entry<String, String> e : publicBodies().entrySet()) {
      for (String secret : SECRETS) {
        assertThat(e.getValue()).as("%s must not show %s", e.getKey(), secret).doesNotContain(secret);
      }
    }
  }

  @Test
  void unpublishedItemsAre404LikeUnknownOnes() {
    String unknown = s.get("/api/v1/items/01ARZ3NDEKTSV4RRFFQ69G5FAV").expect(404).json().get("type").asText();
    for (String id : ids.subList(2, ids.size())) {
      JsonNode p = s.get("/api/v1/items/" + id).expect(404).json();
      assertThat(p.get("type").asText()).isEqualTo(unknown);
      assertThat(p.get("detail").asText()).isEqualTo("no published item " + id);
    }
    s.get("/api/v1/items/" + ids.get(2) + "/history").expect(404);
  }

  @Test
  void theHouseholdListIsPublishedWithMaskedIdNumbers() {
    JsonNode item = s.get("/api/v1/items/" + ids.get(0)).expect(200).json();
    assertThat(item.get("payload").get("households").get(0).get("idNumber").asText()).isEqualTo("440524********0014");
    assertThat(item.get("bodyHtml").asText()).contains("440524********0014");
  }

  @Test
  void searchCountsOnlyPublishedItems() {
    JsonNode all = s.get("/api/v1/search").expect(200).json();
    assertThat(all.get("totalHits").asLong()).isEqualTo(2);
    assertThat(all.get("facets").get("category").findValuesAsText("value")).doesNotContain("regulations")
        .contains("social-assistance", "procurement-award");
    for (JsonNode f : all.get("facets").get("category")) {
      assertThat(f.get("count").asLong()).isBetween(1L, 2L);
    }
  }

  @Test
  void feedbackStaysPrivateButReachesTheOrgansStaff() {
    JsonNode inbox = s.as(Staff.EDITOR, "GET", "/api/v1/admin/items/" + ids.get(0) + "/feedback", null).expect(200)
        .json();
    assertThat(inbox.findValuesAsText("body")).containsExactly("私密反馈内容");
    s.as(Staff.QINGSHAN_APPROVER, "GET", "/api/v1/admin/items/" + ids.get(0) + "/feedback", null).expect(403);
  }
}
