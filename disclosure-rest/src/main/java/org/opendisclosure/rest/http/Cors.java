package org.opendisclosure.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Cross-origin access for browsers, from the configured origins ({@code *} for any): preflight
 * requests are answered here, other responses get the allow and expose headers. Tokens travel in
 * the {@code Authorization} header, never in cookies, so credentials mode is not offered.
 */
@PreMatching
public final class Cors implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
  private static final String HEADERS = "Authorization, Content-Type, Accept, Accept-Encoding, If-Match, If-None-Match";
  private static final String EXPOSE = "ETag, Location, Retry-After, WWW-Authenticate";

  private final List<String> origins;

  public Cors(List<String> origins) {
    this.origins = List.copyOf(origins);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if ("OPTIONS".equals(request.getMethod()) && origin != null
        && request.getHeaderString("Access-Control-Request-Method") != null) {
      Response.ResponseBuilder preflight = Response.noContent();
      if (allowed(origin) != null) {
        preflight.header("Access-Control-Allow-Origin", allowed(origin))
            .header("Access-Control-Allow-Methods", METHODS)
            .header("Access-Control-Allow-Headers", HEADERS)
            .header("Access-Control-Max-Age", "3600");
      }
      request.abortWith(preflight.header("Vary", "Origin").build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    String allowed = origin == null ? null : allowed(origin);
    if (allowed != null && !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", allowed);
      response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSE);
    }
    if (!origins.contains("*")) {
      response.getHeaders().add("Vary", "Origin");
    }
  }

  private String allowed(String origin) {
    return origins.contains("*") ? "*" : origins.contains(origin) ? origin : null;
  }
}
