package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.SamplePayloads;

/** The server that serves /api/v1 also serves the citizen portal at /. */
class PortalMountTest {

  @Test
  void thePortalIsServedBesideTheApi() {
    try (TestServer s = TestServer.start()) {
      String id = s.published("regulations", "红岭镇关于春耕生产的通知", SamplePayloads.policyDocument(), "<p>春耕</p>");
      s.awaitIndex();
      TestServer.Reply home = s.get("/").expect(200);
      assertThat(home.header("Content-Type")).startsWith("text/html");
      assertThat(home.body()).contains("lang=\"zh-CN\"").contains("红岭镇关于春耕生产的通知");
      assertThat(s.get("/items/" + id).expect(200).body()).contains("春耕");
      s.get("/api/v1/items/" + id).expect(200);
    }
  }
}
