package org.opendisclosure.rest.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.Locale;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Counts and times every request as {@code http_server_requests_seconds} by method, route
 * template (never the raw path, so ids do not explode the series) and status, and tells the
 * client the same time in a {@code Server-Timing: app;dur=…} header (W3C Server Timing, in
 * milliseconds; after any metric the resource named, such as the search's own) on every response
 * below 400, so a portal's developer, a browser's network panel or a load test can tell the
 * server's time from the network's. Error responses carry none, so the time of a 404 cannot tell
 * an unpublished item from one that does not exist any better than the response's arrival does.
 * Its priority runs it first on the way in and last on the way out: the window spans every other
 * filter, the resource and the {@link ETags} serialisation, not Grizzly's reading of the request
 * or the writing of the body.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public final class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String START = RequestMetrics.class.getName() + ".start";
  /** The response header carrying the time inside the application as its {@code app} metric. */
  public static final String SERVER_TIMING = "Server-Timing";
  private final MeterRegistry registry;

  public RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(START, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object start = request.getProperty(START);
    if (!(start instanceof Long started)) {
      return;
    }
    long nanos = System.nanoTime() - started;
    if (response.getStatus() < 400) {
      Object earlier = response.getHeaders().getFirst(SERVER_TIMING);
      String app = timing("app", nanos);
      response.getHeaders().putSingle(SERVER_TIMING, earlier == null ? app : earlier + ", " + app);
    }
    Timer.builder("http.server.requests")
        .description("HTTP requests by method, route and status")
        .tag("method", request.getMethod())
        .tag("uri", route(request))
        .tag("status", Integer.toString(response.getStatus()))
        .register(registry)
        .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  /** One Server-Timing metric: {@code name;dur=} the milliseconds of {@code nanos}, two decimals. */
  public static String timing(String name, long nanos) {
    return String.format(Locale.ROOT, "%s;dur=%.2f", name, nanos / 1e6);
  }

  private static String route(ContainerRequestContext request) {
    if (!(request.getUriInfo() instanceof ExtendedUriInfo info) || info.getMatchedTemplates().isEmpty()) {
      return "UNMATCHED";
    }
    List<UriTemplate> templates = info.getMatchedTemplates();
    StringBuilder path = new StringBuilder();
    for (int i = templates.size() - 1; i >= 0; i--) {
      String t = templates.get(i).getTemplate();
      if (!t.isEmpty() && !t.equals("/")) {
        path.append(t.startsWith("/") ? "" : "/").append(t);
      }
    }
    return path.length() == 0 ? "/" : path.toString().replace("//", "/");
  }
}
