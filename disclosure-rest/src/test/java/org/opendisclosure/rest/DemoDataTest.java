package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.rest.demo.DemoData;
import org.opendisclosure.rest.demo.DemoOrgans;

/** The demo county loads once per data folder, in every state, and reads well over HTTP. */
class DemoDataTest {

  @Test
  void loadsOnceAndAgainReusesTheSameData(@TempDir Path dir) {
    MutableClock clock = MutableClock.at(TestServer.START);
    ServerConfig config = ServerConfig.forDataDir(dir);
    List<Item> first;
    try (ServerContext ctx = ServerContext.open(config, clock)) {
      assertThat(DemoData.loadOnce(ctx)).isTrue();
      first = ctx.disclosures().list(ItemQuery.all().limit(200)).items();
      Map<Status, Long> byStatus = first.stream().collect(Collectors.groupingBy(Item::status, Collectors.counting()));
      assertThat(byStatus).containsKeys(Status.PUBLISHED, Status.WITHDRAWN, Status.SCHEDULED, Status.IN_REVIEW,
          Status.DRAFT);
      assertThat(byStatus.get(Status.PUBLISHED)).isGreaterThanOrEqualTo(8);
      assertThat(ctx.disclosures().verifyLog().ok()).isTrue();
      assertThat(DemoData.adminToken(ctx)).startsWith("od_");
    }
    assertThat(Files.exists(dir.resolve("opendisclosure.mv.db"))).isTrue();
    try (ServerContext ctx = ServerContext.open(config, clock)) {
      assertThat(DemoData.loadOnce(ctx)).isFalse();
      assertThat(ctx.disclosures().list(ItemQuery.all().limit(200)).items()).hasSameSizeAs(first);
      assertThat(ctx.disclosures().organs()).hasSize(9);
      String token = DemoData.adminToken(ctx);
      assertThat(ctx.tokens().authenticate(token)).isPresent();
      assertThat(ctx.store().tokens(DemoOrgans.ADMIN.id()).stream().filter(t -> t.revokedAt() == null)).hasSize(1);
    }
  }

  @Test
  void aNewcomerCanReadSearchAndFollowTheDemo(@TempDir Path dir) throws Exception {
    MutableClock clock = MutableClock.at(TestServer.START);
    try (ServerContext ctx = ServerContext.open(ServerConfig.forDataDir(dir), clock)) {
      DemoData.loadOnce(ctx);
      ctx.openSearch().catchUp();
      HttpServer server = DisclosureServer.start(ctx);
      try {
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        Function<String, JsonNode> get = path -> {
          try {
            var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                + DisclosureServer.port(server) + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return org.opendisclosure.rest.http.Json.mapper().readTree(r.body());
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        };
        List<String> open = get.apply("/api/v1/items?window=open").get("items").findValuesAsText("title");
        assertThat(open).anyMatch(t -> t.contains("任前公示")).anyMatch(t -> t.contains("低保"))
            .anyMatch(t -> t.contains("征地补偿安置方案"));
        String list = get.apply("/api/v1/items?category=social-assistance").get("items").get(0).get("id").asText();
        JsonNode households = get.apply("/api/v1/items/" + list).get("payload").get("households");
        assertThat(households.findValuesAsText("idNumber")).allMatch(id -> id.contains("********"));
        ctx.search().orElseThrow().index().refresh();
        assertThat(get.apply("/api/v1/search?q=" + java.net.URLEncoder.encode("污水", "UTF-8")).get("totalHits").asLong())
            .isPositive();
        String expenses = get.apply("/api/v1/items?category=three-public-expenses").get("items").get(0).get("id")
            .asText();
        assertThat(get.apply("/api/v1/items/" + expenses + "/history").get("versions")).hasSize(2);
      } finally {
        server.shutdownNow();
      }
    }
  }
}
