package org.opendisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.search.DisclosureIndex;

/**
 * The portal beside an API, as the REST module's wiring will hold it: its own roots under {@code
 * /api/v1} and an exception mapper for everything keep working, and the portal's pages stay HTML.
 */
class PortalWiringTest {
  @TempDir
  java.nio.file.Path dir;

  /** Stands in for the REST module's resources. */
  @Path("/api/v1/organs")
  public static final class ApiStandIn {
    @GET
    @Produces("application/json")
    public String organs() {
      return "[]";
    }
  }

  /** Stands in for the REST module's problem mapper, which maps every Throwable. */
  public static final class ProblemStandIn implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      return Response.status(e instanceof jakarta.ws.rs.WebApplicationException w ? w.getResponse().getStatus() : 500)
          .type("application/problem+json").entity("{\"title\":\"problem\"}").build();
    }
  }

  @Test
  void thePortalSharesAnApplicationWithTheApi() throws Exception {
    Disclosures d = Disclosures.builder().dataSource(TestDatabase.H2.newDataSource()).build();
    try (DisclosureIndex index = DisclosureIndex.open(dir, d.clock())) {
      ResourceConfig rc = new ResourceConfig();
      rc.register(new ApiStandIn());
      rc.register(new ProblemStandIn());
      rc.register(Portal.create(d, index, PortalOptions.defaults()).feature());
      HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://localhost:0/"), rc, true);
      try {
        URI base = URI.create("http://localhost:" + server.getListeners().iterator().next().getPort() + "/");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(get(http, base.resolve("/api/v1/organs")).body()).isEqualTo("[]");
        HttpResponse<String> home = get(http, base.resolve("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("尚无公开信息").contains("<html lang=\"zh-CN\">");
        HttpResponse<String> missing = get(http, base.resolve("/items/01ARZ3NDEKTSV4RRFFQ69G5FAV"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(get(http, base.resolve("/portal-api/log/key")).body()).contains("\"name\":\"opendisclosure.local/log\"");
        assertThat(get(http, base.resolve("/no/such/page")).headers().firstValue("Content-Type").orElse(""))
            .isEqualTo("application/problem+json");
      } finally {
        server.shutdownNow();
      }
    }
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
