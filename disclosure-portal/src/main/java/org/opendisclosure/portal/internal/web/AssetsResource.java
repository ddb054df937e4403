package org.opendisclosure.portal.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /assets/{name}}: the portal's own stylesheet and scripts, and ECharts from its webjar,
 * all from the jar. Only the names listed here are served, so no path reaches anything else on the
 * class path. Thread-safe.
 */
@Path("/assets")
public final class AssetsResource {
  private static final String OWN = "/org/opendisclosure/portal/internal/web/assets/";
  private static final Map<String, String[]> ASSETS = Map.of(
      "portal.css", new String[] {OWN + "portal.css", "text/css; charset=UTF-8"},
      "portal.js", new String[] {OWN + "portal.js", "text/javascript; charset=UTF-8"},
      "charts.js", new String[] {OWN + "charts.js", "text/javascript; charset=UTF-8"},
      "verify.js", new String[] {OWN + "verify.js", "text/javascript; charset=UTF-8"},
      "vendor/echarts.min.js", new String[] {webjar("echarts", "dist/echarts.min.js"), "text/javascript; charset=UTF-8"});

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @GET
  @Path("{name: .+}")
  public Response asset(@PathParam("name") String name) {
    String[] asset = ASSETS.get(name);
    if (asset == null) {
      return Response.status(404).type("text/plain").entity("not found").build();
    }
    byte[] bytes = cache.computeIfAbsent(name, n -> read(asset[0]));
    return Response.ok(bytes, asset[1]).header("Cache-Control", "public, max-age=86400")
        .header("X-Content-Type-Options", "nosniff").build();
  }

  private static byte[] read(String resource) {
    try (InputStream in = AssetsResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("asset " + resource + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of a file in an npm webjar, at the version on the class path (from its pom.properties). */
  static String webjar(String name, String file) {
    Properties p = new Properties();
    try (InputStream in = AssetsResource.class.getResourceAsStream(
        "/META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the " + name + " webjar is not on the class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "/META-INF/resources/webjars/" + name + "/" + p.getProperty("version") + "/" + file;
  }
}
