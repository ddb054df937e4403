package org.opendisclosure.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.rest.feed.AtomFeed;
import org.opendisclosure.rest.feed.PublicEvents;
import org.opendisclosure.rest.http.PublicCache;
import org.opendisclosure.rest.view.Scopes;
import org.opendisclosure.rest.view.Views;

/** The Atom feed of publications, corrections and withdrawals, newest first. */
@Path("/api/v1/feed.atom")
public final class FeedResource {
  static final int ENTRIES = 50;
  private final Disclosures disclosures;

  public FeedResource(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  @GET
  @PublicCache
  @Produces("application/atom+xml; charset=utf-8")
  public String feed(@QueryParam("organ") String organ, @QueryParam("category") String category,
      @Context UriInfo uri) {
    List<PublicEvents.Event> events = PublicEvents.latest(disclosures, Scopes.organs(disclosures, organ),
        Scopes.categories(disclosures, category), ENTRIES);
    return AtomFeed.write(events, new Views(disclosures), uri.getBaseUri(), uri.getRequestUri(), "政务公开 · 最新动态");
  }
}
