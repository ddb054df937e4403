package org.opendisclosure.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.rest.api.DraftRequest;
import org.opendisclosure.rest.api.RevisionRequest;
import org.opendisclosure.rest.api.WorkingPage;
import org.opendisclosure.rest.auth.Access;
import org.opendisclosure.rest.auth.Authenticated;
import org.opendisclosure.rest.auth.Caller;
import org.opendisclosure.rest.http.Params;
import org.opendisclosure.rest.http.Preconditions;
import org.opendisclosure.rest.view.AdminQueries;
import org.opendisclosure.rest.view.Contents;
import org.opendisclosure.rest.view.Views;

/** Drafts and corrections: create, list, read the working view, revise with If-Match. */
@Path("/api/v1/admin/items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AdminItemsResource {
  private final Disclosures disclosures;

  public AdminItemsResource(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  @POST
  public Response create(DraftRequest r, @Context SecurityContext sc, @Context UriInfo uri) {
    DraftRequest b = AdminQueries.required(r);
    ItemView v = Contents.creating(disclosures.catalogue(), b.category(), () -> disclosures.createDraft(b.organ(),
        b.category(), Contents.of(disclosures.catalogue(), b.category(), b.title(), b.formedOn(), b.payload(),
            b.bodyHtml()), Caller.of(sc)));
    return Response.created(uri.getAbsolutePathBuilder().path(v.id().value()).build())
        .tag(Preconditions.etag(v.item().workingRevision())).entity(new Views(disclosures).working(v)).build();
  }

  @GET
  public WorkingPage list(@QueryParam("organ") String organ, @QueryParam("status") String status,
      @QueryParam("category") String category, @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit, @Context SecurityContext sc) {
    return AdminQueries.page(disclosures, Caller.of(sc), organ, status, category, cursor, limit);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id, @Context SecurityContext sc) {
    return working(Access.working(disclosures, Caller.of(sc), Params.itemId(id)));
  }

  @PUT
  @Path("{id}")
  public Response revise(@PathParam("id") String id, RevisionRequest r, @Context HttpHeaders h,
      @Context SecurityContext sc) {
    int expected = Preconditions.expectedRevision(h);
    RevisionRequest b = AdminQueries.required(r);
    ItemView current = Access.working(disclosures, Caller.of(sc), Params.itemId(id));
    return working(disclosures.revise(current.id(), expected, content(current, b), Caller.of(sc), b.reason()));
  }

  @POST
  @Path("{id}/correction")
  public Response correct(@PathParam("id") String id, RevisionRequest r, @Context HttpHeaders h,
      @Context SecurityContext sc) {
    int expected = Preconditions.expectedRevision(h);
    RevisionRequest b = AdminQueries.required(r);
    ItemView current = Access.working(disclosures, Caller.of(sc), Params.itemId(id));
    return working(disclosures.correct(current.id(), expected, content(current, b), Caller.of(sc), b.reason()));
  }

  private Content content(ItemView current, RevisionRequest b) {
    return Contents.of(disclosures.catalogue(), current.item().categoryCode(), b.title(), b.formedOn(), b.payload(),
        b.bodyHtml());
  }

  private Response working(ItemView v) {
    return Response.ok(new Views(disclosures).working(v)).tag(Preconditions.etag(v.item().workingRevision())).build();
  }
}
