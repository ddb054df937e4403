package org.opendisclosure.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.message.GZipEncoder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.EncodingFilter;
import org.opendisclosure.rest.auth.Accounts;
import org.opendisclosure.rest.auth.TokenFilter;
import org.opendisclosure.rest.http.BodyLimit;
import org.opendisclosure.rest.http.Cors;
import org.opendisclosure.rest.http.ETags;
import org.opendisclosure.rest.http.JsonProvider;
import org.opendisclosure.rest.http.ProblemMapper;
import org.opendisclosure.rest.http.RequestMetrics;
import org.opendisclosure.portal.Portal;
import org.opendisclosure.portal.PortalOptions;
import org.opendisclosure.rest.resources.AccountsResource;
import org.opendisclosure.rest.resources.AdminItemsResource;
import org.opendisclosure.rest.resources.CatalogueResource;
import org.opendisclosure.rest.resources.ExportResource;
import org.opendisclosure.rest.resources.FeedResource;
import org.opendisclosure.rest.resources.HealthResource;
import org.opendisclosure.rest.resources.ItemRecordsResource;
import org.opendisclosure.rest.resources.ItemsResource;
import org.opendisclosure.rest.resources.LogResource;
import org.opendisclosure.rest.resources.MetricsResource;
import org.opendisclosure.rest.resources.OpenApiResource;
import org.opendisclosure.rest.resources.OrgansAdminResource;
import org.opendisclosure.rest.resources.SearchResource;
import org.opendisclosure.rest.resources.SystemResource;
import org.opendisclosure.rest.resources.WorkflowResource;

/**
 * The REST server's front door: {@link #application} wires every resource, filter and mapper into
 * one Jersey application; {@code main} (the CLI's {@code serve}) and every test use it.
 *
 * <pre>{@code
 * try (ServerContext ctx = ServerContext.open(ServerConfig.fromEnvironment(), Clock.systemUTC())) {
 *   HttpServer server = DisclosureServer.start(ctx);
 *   ...
 * }
 * }</pre>
 */
public final class DisclosureServer {
  /**
   * Jersey warns about every resource registered as an instance (eclipse-ee4j/jersey#3700), though
   * they work; the logger is held here so its level is not lost when it is collected.
   */
  private static final java.util.logging.Logger PROVIDERS_LOG = quiet("org.glassfish.jersey.internal.inject.Providers");

  private DisclosureServer() {}

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

  /** The whole application on {@code ctx}. */
  public static ResourceConfig application(ServerContext ctx) {
    PROVIDERS_LOG.fine("wiring the application");
    ResourceConfig rc = new ResourceConfig();
    rc.setApplicationName("opendisclosure");
    rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    rc.property(ServerProperties.BV_FEATURE_DISABLE, true);
    rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    rc.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);

    var d = ctx.disclosures();
    rc.register(new ItemsResource(d));
    rc.register(new CatalogueResource(d));
    rc.register(new LogResource(d));
    rc.register(new FeedResource(d));
    rc.register(new ExportResource(d, ctx.config().ocdsPrefix()));
    rc.register(new OpenApiResource());
    rc.register(new HealthResource(healthChecks(ctx)));
    rc.register(new MetricsResource(ctx.registry(), ctx.changeMetrics()));
    ctx.search().ifPresent(search -> rc.register(new SearchResource(search.index())));
    // The citizen portal at /: a consumer of the same core calls; nothing in the API depends on it.
    ctx.search().ifPresent(search -> rc.register(Portal.create(d, search.index(),
        PortalOptions.builder().logApiBase("/api/v1").build()).feature()));

    rc.register(new AdminItemsResource(d));
    rc.register(new WorkflowResource(d));
    rc.register(new ItemRecordsResource(d));
    rc.register(new OrgansAdminResource(d));
    rc.register(new SystemResource(d, ctx.store()));
    rc.register(new AccountsResource(new Accounts(d, ctx.store(), ctx.tokens())));

    rc.register(new JsonProvider());
    rc.register(new ProblemMapper());
    rc.register(new TokenFilter(ctx.tokens()));
    rc.register(new BodyLimit(ctx.config().maxRequestBytes()));
    rc.register(new Cors(ctx.config().corsOrigins()));
    rc.register(new ETags());
    rc.register(new RequestMetrics(ctx.registry()));
    EncodingFilter.enableFor(rc, GZipEncoder.class);
    return rc;
  }

  private static List<HealthResource.Check> healthChecks(ServerContext ctx) {
    List<HealthResource.Check> checks = new ArrayList<>();
    checks.add(new HealthResource.Check("database", () -> ctx.store().ping() ? "UP" : "DOWN"));
    ctx.search().ifPresent(search -> checks.add(new HealthResource.Check("index",
        () -> "UP (" + search.index().documentCount() + " documents, " + search.lag() + " changes behind)")));
    return checks;
  }

  /** Starts Grizzly on the configured host and port (0: a free port) with {@link #application}. */
  public static HttpServer start(ServerContext ctx) {
    URI base = URI.create("http://" + ctx.config().host() + ":" + ctx.config().port() + "/");
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, application(ctx), false);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + base, e);
    }
    return server;
  }

  /** The port the server listens on (useful after asking for port 0). */
  public static int port(HttpServer server) {
    return server.getListeners().iterator().next().getPort();
  }
}
