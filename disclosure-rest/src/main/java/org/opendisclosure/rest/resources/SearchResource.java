package org.opendisclosure.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opendisclosure.rest.api.SearchPage;
import org.opendisclosure.rest.api.Suggestions;
import org.opendisclosure.rest.http.Params;
import org.opendisclosure.rest.http.PublicCache;
import org.opendisclosure.rest.http.RequestMetrics;
import org.opendisclosure.rest.view.Searches;
import org.opendisclosure.search.DisclosureIndex;

/** Full-text search over published items, with filters, facets, highlights and cursors; title suggestions. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PublicCache
public final class SearchResource {
  static final int MAX_SUGGESTIONS = 20;
  private final DisclosureIndex index;

  public SearchResource(DisclosureIndex index) {
    this.index = index;
  }

  /**
   * One page of hits; its {@code Server-Timing} names the search's own time ({@code search}: the
   * query parsed, the index searched, the page built), which {@link RequestMetrics} follows with
   * the application's ({@code app}).
   */
  @GET
  @Path("search")
  public Response search(@QueryParam("q") String q, @QueryParam("category") List<String> category,
      @QueryParam("organ") List<String> organ, @QueryParam("year") List<String> year, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("amountMin") String amountMin, @QueryParam("amountMax") String amountMax,
      @QueryParam("window") String window, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor, @QueryParam("facets") String facets) {
    long start = System.nanoTime();
    SearchPage page = Searches.page(index.search(Searches.query(new Searches.Request(q, category, organ, year, from,
        to, amountMin, amountMax, window, sort, limit, cursor, facets))));
    return Response.ok(page).header(RequestMetrics.SERVER_TIMING, RequestMetrics.timing("search", System.nanoTime()
        - start)).build();
  }

  @GET
  @Path("suggest")
  public Suggestions suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
    int n = Params.integer("limit", limit, 10);
    if (n < 1 || n > MAX_SUGGESTIONS) {
      throw org.opendisclosure.core.ValidationException.of("limit", "must be between 1 and " + MAX_SUGGESTIONS);
    }
    return new Suggestions(index.suggest(q == null ? "" : q, n));
  }
}
