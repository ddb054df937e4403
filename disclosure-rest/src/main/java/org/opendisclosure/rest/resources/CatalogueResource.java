package org.opendisclosure.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.rest.api.CategoryView;
import org.opendisclosure.rest.api.OrganView;
import org.opendisclosure.rest.http.PublicCache;
import org.opendisclosure.rest.view.Views;

/** The disclosure catalogue (主动公开目录) and the disclosing organs. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PublicCache
public final class CatalogueResource {
  private final Disclosures disclosures;

  public CatalogueResource(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  @GET
  @Path("catalogue")
  public List<CategoryView> catalogue() {
    return disclosures.catalogue().categories().stream().map(Views::category).toList();
  }

  @GET
  @Path("organs")
  public List<OrganView> organs() {
    return disclosures.organs().stream().map(Views::organ).toList();
  }
}
