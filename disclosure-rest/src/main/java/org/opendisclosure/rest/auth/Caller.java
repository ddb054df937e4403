package org.opendisclosure.rest.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.rest.http.HttpProblem;

/** The account a request acts as, taken from its token. Immutable. */
public record Caller(Actor actor) implements Principal {
  @Override
  public String getName() {
    return actor.id();
  }

  /** The actor of an authenticated request; 401 when there is none. */
  public static Actor of(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof Caller c) {
      return c.actor();
    }
    throw HttpProblem.unauthenticated("send Authorization: Bearer <token>");
  }
}
