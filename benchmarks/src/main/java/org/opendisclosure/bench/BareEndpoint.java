package org.opendisclosure.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The HTTP suite's limit: the smallest Jersey + Jackson + Grizzly application, started the way
 * {@code DisclosureServer.start} starts ours ({@code GrizzlyHttpServerFactory}, default Grizzly
 * settings, WADL and bean validation off), with one GET resource at {@code /bare} answering a
 * fixed JSON tree, which Jackson writes on every request, and {@code /bare/busy?micros=} answering
 * the same after that long on the CPU. The suite gives it a real search page of
 * the corpus, so the bytes on the wire match. Run in its own JVM:
 * {@code java -cp … org.opendisclosure.bench.BareEndpoint PORT BODY.json}.
 */
public final class BareEndpoint {
  /** Jersey warns about resources registered as instances (eclipse-ee4j/jersey#3700), as in DisclosureServer. */
  private static final Logger PROVIDERS_LOG = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

  /** The longest {@code /bare/busy} accepts: ten seconds. */
  static final long MAX_BUSY_MICROS = 10_000_000;
  /** Where the busy loop's result goes, so the JIT cannot drop the loop. */
  static volatile long spun;

  private BareEndpoint() {}

  /** The one resource; thread-safe (the tree is never changed). */
  @Path("/bare")
  public static final class Resource {
    private final JsonNode body;

    Resource(JsonNode body) {
      this.body = body;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode get() {
      return body;
    }

    /**
     * The same body after {@code micros} microseconds on the CPU (a busy loop on this thread): the
     * HTTP limit for a request that works as long as a search does, when the client, the selector
     * and the worker have each waited that long.
     */
    @GET
    @Path("busy")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode busy(@QueryParam("micros") long micros) {
      if (micros < 0 || micros > MAX_BUSY_MICROS) {
        throw new BadRequestException("micros must be between 0 and " + MAX_BUSY_MICROS);
      }
      long end = System.nanoTime() + micros * 1000;
      long x = micros;
      while (System.nanoTime() < end) {
        for (int i = 0; i < 256; i++) {
          x = x * 6364136223846793005L + 1442695040888963407L;
        }
      }
      spun = x;
      return body;
    }
  }

  /** The application answering {@code body} at {@code /bare}. */
  public static ResourceConfig application(JsonNode body) {
    PROVIDERS_LOG.setLevel(Level.SEVERE);
    ResourceConfig rc = new ResourceConfig();
    rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    rc.property(ServerProperties.BV_FEATURE_DISABLE, true);
    rc.register(new Resource(body));
    rc.register(new JacksonJsonProvider(new ObjectMapper()));
    return rc;
  }

  /** Starts Grizzly on {@code host:port} (0: a free port). */
  public static HttpServer start(String host, int port, JsonNode body) {
    URI base = URI.create("http://" + host + ":" + port + "/");
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, application(body), false);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + base, e);
    }
    return server;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BareEndpoint PORT BODY.json");
    }
    JsonNode body = new ObjectMapper().readTree(Files.readAllBytes(java.nio.file.Path.of(args[1])));
    HttpServer server = start("127.0.0.1", Integer.parseInt(args[0]), body);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "bare-shutdown"));
    System.out.println("bare endpoint listening on port " + args[0]);
    Thread.currentThread().join();
  }
}
