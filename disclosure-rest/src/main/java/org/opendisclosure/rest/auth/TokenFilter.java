package org.opendisclosure.rest.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.rest.http.HttpProblem;

/**
 * Authenticates the admin resources: {@code Authorization: Bearer <token>} must name a live token.
 * Public resources are not bound to it, so they ignore any token they are sent. Admin responses
 * are marked {@code no-store}.
 */
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public final class TokenFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private final ApiTokens tokens;

  public TokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw HttpProblem.unauthenticated("send Authorization: Bearer <token>");
    }
    Actor actor = tokens.authenticate(header.substring(7).strip())
        .orElseThrow(() -> HttpProblem.unauthenticated("the token is unknown or revoked"));
    boolean secure = request.getSecurityContext().isSecure();
    Caller caller = new Caller(actor);
    request.setSecurityContext(new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return caller;
      }

      @Override
      public boolean isUserInRole(String role) {
        return false;
      }

      @Override
      public boolean isSecure() {
        return secure;
      }

      @Override
      public String getAuthenticationScheme() {
        return "Bearer";
      }
    });
  }

  /** Staff views are never cached by browsers or proxies. */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("Cache-Control", "private, no-store");
  }
}
