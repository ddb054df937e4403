package org.opendisclosure.rest.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Counts and times every request as {@code http_server_requests_seconds} by method, route
 * template (never the raw path, so ids do not explode the series) and status.
 */
@PreMatching
public final class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String START = RequestMetrics.class.getName() + ".start";
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
    if (!(start instanceof Long nanos)) {
      return;
    }
    Timer.builder("http.server.requests")
        .description("HTTP requests by method, route and status")
        .tag("method", request.getMethod())
        .tag("uri", route(request))
        .tag("status", Integer.toString(response.getStatus()))
        .register(registry)
        .record(System.nanoTime() - nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
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
