package org.opendisclosure.portal.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.opendisclosure.portal.internal.Site;

/** The list pages: home, search results, organs. Resources only translate HTTP to a page. */
public final class PortalResources {
  private PortalResources() {}

  /** {@code GET /}. */
  @Path("/")
  @Produces("text/html")
  public static final class Home {
    private final Site site;

    public Home(Site site) {
      this.site = site;
    }

    @GET
    public Response home() {
      return Pages.ok(HomePage.render(site));
    }
  }

  /** {@code GET /search?q=&category=&organ=&year=&window=&sort=&page=}. */
  @Path("/search")
  @Produces("text/html")
  public static final class Search {
    private final Site site;

    public Search(Site site) {
      this.site = site;
    }

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("category") String category,
        @QueryParam("organ") String organ, @QueryParam("year") String year, @QueryParam("window") String window,
        @QueryParam("sort") String sort, @QueryParam("page") String page) {
      SearchPage.Rendered r = SearchPage.render(site, SearchState.parse(q, category, organ, year, window, sort, page));
      return Pages.html(r.status(), r.html());
    }
  }

  /** {@code GET /organs} and {@code GET /organs/{code}}. */
  @Path("/organs")
  @Produces("text/html")
  public static final class Organs {
    private final Site site;

    public Organs(Site site) {
      this.site = site;
    }

    @GET
    public Response list() {
      return Pages.ok(OrganPages.list(site));
    }

    @GET
    @Path("{code}")
    public Response organ(@PathParam("code") String code) {
      return site.organ(code).map(o -> Pages.ok(OrganPages.page(site, o))).orElseGet(() -> Pages.notFound(site));
    }
  }
}
