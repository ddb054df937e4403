package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendisclosure.core.payload.Money;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.payload.ThreePublicExpenses;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;
import org.opendisclosure.rest.http.Json;

/** The whole life of one item through HTTP only, on H2 and on PostgreSQL. */
class ItemLifecycleTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void draftReviewApproveScheduleCorrectWithdraw(TestDatabase db) {
    try (TestServer s = TestServer.start(db)) {
      ThreePublicExpenses v1 = SamplePayloads.threePublicExpenses2024();
      ObjectNode draft = TestServer.draft(TestOrgans.HONGLING, "three-public-expenses", "红岭镇2024年度三公经费决算",
          v1, "<p>2024年度“三公”经费决算38.62万元。</p>");
      TestServer.Reply created = s.as(Staff.EDITOR, "POST", "/api/v1/admin/items", draft).expect(201);
      String id = created.json().get("id").asText();
      assertThat(created.header("Location")).endsWith("/api/v1/admin/items/" + id);
      assertThat(created.header("ETag")).isEqualTo("\"r1\"");
      assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");

      // Drafts are invisible to the public, exactly like unknown items.
      String unknown = s.get("/api/v1/items/01ARZ3NDEKTSV4RRFFQ69G5FAV").expect(404).json().get("type").asText();
      assertThat(s.get("/api/v1/items/" + id).expect(404).json().get("type").asText()).isEqualTo(unknown);

      // Revise with If-Match: the ETag moves to r2; the old tag is now stale.
      ObjectNode revision = draft.deepCopy();
      revision.remove(java.util.List.of("organ", "category"));
      revision.put("title", "红岭镇人民政府2024年度“三公”经费支出决算");
      revision.put("reason", "标题规范");
      TestServer.Reply revised = s.as(Staff.EDITOR, "PUT", "/api/v1/admin/items/" + id, revision, "If-Match", "\"r1\"")
          .expect(200);
      assertThat(revised.header("ETag")).isEqualTo("\"r2\"");
      s.as(Staff.EDITOR, "PUT", "/api/v1/admin/items/" + id, revision, "If-Match", "\"r1\"").expect(412);

      s.approve(id);
      assertThat(s.as(Staff.EDITOR, "GET", "/api/v1/admin/items/" + id, null).json().get("status").asText())
          .isEqualTo("APPROVED");

      Instant at = s.clock.instant().plus(Duration.ofHours(1));
      JsonNode scheduled = s.act(Staff.EDITOR, id, "schedule", Map.of("publishAt", at.toString())).expect(200).json();
      assertThat(scheduled.get("status").asText()).isEqualTo("SCHEDULED");
      s.get("/api/v1/items/" + id).expect(404);

      s.clock.advance(Duration.ofHours(2));
      JsonNode run = s.as(Staff.ADMIN, "POST", "/api/v1/admin/scheduler/run", null).expect(200).json();
      assertThat(run.get("published").toString()).contains(id);
      JsonNode published = s.get("/api/v1/items/" + id).expect(200).json();
      assertThat(published.get("title").asText()).isEqualTo("红岭镇人民政府2024年度“三公”经费支出决算");
      assertThat(published.get("revision").asInt()).isEqualTo(2);
      assertThat(s.get("/api/v1/items?organ=" + TestOrgans.COUNTY).expect(200).json().get("items").toString())
          .contains(id);
      s.awaitIndex();
      JsonNode found = s.get("/api/v1/search?q=" + java.net.URLEncoder.encode("三公经费", java.nio.charset.StandardCharsets.UTF_8))
          .expect(200).json();
      assertThat(found.get("hits").findValuesAsText("id")).contains(id);

      // A correction: the public keeps revision 2 until the correction is approved.
      ThreePublicExpenses v2 = new ThreePublicExpenses(v1.year(), v1.statementKind(),
          new ThreePublicExpenses.Amounts(v1.amounts().outboundTravel(), v1.amounts().vehicles(),
              v1.amounts().vehiclePurchase(), v1.amounts().vehicleRunning(), Money.wan("7.24"), Money.wan("38.44")),
          v1.previousAmounts(), v1.changeExplanation(), v1.activity());
      ObjectNode correction = revision.deepCopy();
      correction.set("payload", Json.mapper().valueToTree(v2));
      correction.put("reason", "公务接待费录入有误，更正为7.24万元");
      s.as(Staff.EDITOR, "POST", "/api/v1/admin/items/" + id + "/correction", correction, "If-Match", "\"r2\"")
          .expect(200);
      assertThat(s.get("/api/v1/items/" + id).json().get("revision").asInt()).isEqualTo(2);
      s.approve(id);
      JsonNode corrected = s.get("/api/v1/items/" + id).expect(200).json();
      assertThat(corrected.get("revision").asInt()).isEqualTo(3);
      assertThat(corrected.get("corrected").asBoolean()).isTrue();
      JsonNode history = s.get("/api/v1/items/" + id + "/history").expect(200).json();
      assertThat(history.get("versions")).hasSize(2);
      JsonNode last = history.get("versions").get(1);
      assertThat(last.get("correction").asBoolean()).isTrue();
      assertThat(last.get("note").asText()).isEqualTo("公务接待费录入有误，更正为7.24万元");
      assertThat(last.get("changes").get("fields").toString()).contains("payload.amounts.hospitality.amount", "7.24");

      s.act(Staff.APPROVER, id, "withdraw", Map.of("reason", "数据口径调整，撤回重新发布")).expect(200);
      assertThat(s.get("/api/v1/items/" + id).expect(404).json().get("type").asText()).isEqualTo(unknown);
      JsonNode afterWithdrawal = s.get("/api/v1/items/" + id + "/history").expect(200).json();
      assertThat(afterWithdrawal.get("versions")).isEmpty();
      assertThat(afterWithdrawal.get("withdrawal").get("reason").asText()).isEqualTo("数据口径调整，撤回重新发布");
      assertThat(afterWithdrawal.toString()).doesNotContain("7.24", "三公经费支出决算");
      s.awaitIndex();
      assertThat(s.get("/api/v1/search?q=" + java.net.URLEncoder.encode("三公经费", java.nio.charset.StandardCharsets.UTF_8))
          .expect(200).json().get("hits").findValuesAsText("id")).doesNotContain(id);

      JsonNode events = s.as(Staff.REVIEWER, "GET", "/api/v1/admin/items/" + id + "/events", null).expect(200).json();
      assertThat(events.findValuesAsText("type")).contains("CREATED", "REVISED", "SUBMITTED", "REVIEWED", "APPROVED",
          "SCHEDULED", "PUBLISHED", "CORRECTION_STARTED", "CORRECTED", "WITHDRAWN");
    }
  }
}
