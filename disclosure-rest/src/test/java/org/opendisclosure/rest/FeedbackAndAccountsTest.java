package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestOrgans;

/** Feedback during a publicity window with its rate limit; accounts and tokens shown once, stored hashed. */
class FeedbackAndAccountsTest {

  @Test
  void feedbackIsTakenWhileTheWindowIsOpenAndRateLimitedPerClient() {
    try (TestServer s = TestServer.start()) {
      String notice = s.published("cadre-appointments", "干部任前公示", SamplePayloads.cadreNotice(), "<p>公示</p>");
      JsonNode item = s.get("/api/v1/items/" + notice).expect(200).json();
      assertThat(item.get("window").get("state").asText()).isEqualTo("OPEN");
      assertThat(s.get("/api/v1/items?window=open").json().get("items").findValuesAsText("id")).containsExactly(notice);
      for (int i = 0; i < 10; i++) {
        s.send("POST", "/api/v1/items/" + notice + "/feedback", "{\"body\": \"意见" + i + "\"}").expect(201);
      }
      TestServer.Reply limited = s.send("POST", "/api/v1/items/" + notice + "/feedback", "{\"body\": \"再一条\"}");
      limited.expect(429);
      assertThat(limited.header("Retry-After")).isNotBlank();
      assertThat(s.as(Staff.REVIEWER, "GET", "/api/v1/admin/items/" + notice + "/feedback", null).json()).hasSize(10);

      s.clock.advance(Duration.ofDays(30));
      s.send("POST", "/api/v1/items/" + notice + "/feedback", "{\"body\": \"期满之后\"}").expect(409);
      assertThat(s.get("/api/v1/items?window=open").json().get("items")).isEmpty();
      s.send("POST", "/api/v1/items/01ARZ3NDEKTSV4RRFFQ69G5FAV/feedback", "{\"body\": \"无此公示\"}").expect(404);
    }
  }

  @Test
  void tokensAreShownOnceStoredAsPepperedHashesAndCanBeRevoked() throws Exception {
    try (TestServer s = TestServer.start()) {
      s.as(Staff.ADMIN, "POST", "/api/v1/admin/accounts", Map.of("id", "hl-clerk", "name", "红岭镇 文书")).expect(201);
      s.as(Staff.ADMIN, "POST", "/api/v1/admin/accounts/hl-clerk/grants",
          Map.of("organ", TestOrgans.HONGLING, "role", "EDITOR")).expect(200);
      JsonNode issued = s.as(Staff.ADMIN, "POST", "/api/v1/admin/accounts/hl-clerk/tokens", Map.of("label", "办公室电脑"))
          .expect(201).json();
      String token = issued.get("token").asText();
      assertThat(token).matches("od_[A-Za-z0-9_-]{43}");

      TestServer.Reply me = s.send("GET", "/api/v1/admin/me", null, "Authorization", "Bearer " + token).expect(200);
      assertThat(me.json().get("grants").toString()).contains(TestOrgans.HONGLING, "EDITOR");
      assertThat(me.body()).doesNotContain(token);
      assertThat(me.header("Cache-Control")).contains("no-store");
      assertThat(s.as(Staff.ADMIN, "GET", "/api/v1/admin/accounts/hl-clerk", null).body()).doesNotContain(token)
          .contains("办公室电脑");

      try (Connection c = s.ctx.dataSource().getConnection();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT token_hash FROM od_rest_token WHERE account_id = 'hl-clerk'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).matches("[0-9a-f]{64}").doesNotContain(token.substring(3, 20));
      }

      s.as(Staff.ADMIN, "DELETE", "/api/v1/admin/tokens/" + issued.get("id").asText(), null).expect(204);
      s.send("GET", "/api/v1/admin/me", null, "Authorization", "Bearer " + token).expect(401);
    }
  }
}
