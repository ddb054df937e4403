package org.opendisclosure.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.http.server.Request;
import java.util.Base64;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.log.InclusionProof;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Page;
import org.opendisclosure.core.workflow.Feedback;
import org.opendisclosure.rest.api.FeedbackReceipt;
import org.opendisclosure.rest.api.FeedbackRequest;
import org.opendisclosure.rest.api.ItemPage;
import org.opendisclosure.rest.api.PublicHistoryView;
import org.opendisclosure.rest.api.ProofView;
import org.opendisclosure.rest.api.PublicItem;
import org.opendisclosure.rest.http.Params;
import org.opendisclosure.rest.http.PublicCache;
import org.opendisclosure.rest.view.PublicQueries;
import org.opendisclosure.rest.view.Views;

/** Published items for everyone: listing, the published view, the public history, feedback. */
@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
public final class ItemsResource {
  private final Disclosures disclosures;

  public ItemsResource(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  @GET
  @PublicCache
  public ItemPage list(@QueryParam("organ") String organ, @QueryParam("category") String category,
      @QueryParam("year") String year, @QueryParam("window") String window, @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    Page<org.opendisclosure.core.model.Item> page =
        disclosures.list(PublicQueries.items(disclosures, organ, category, year, window, cursor, limit));
    Views views = new Views(disclosures);
    return new ItemPage(page.items().stream().flatMap(i -> disclosures.published(i.id()).stream())
        .map(views::summary).toList(), page.nextCursor().orElse(null));
  }

  @GET
  @Path("{id}")
  @PublicCache
  public PublicItem get(@PathParam("id") String id) {
    ItemView view = disclosures.published(Params.publicItemId(id)).orElseThrow(() -> Params.notPublished(id));
    return new Views(disclosures).publicItem(view);
  }

  @GET
  @Path("{id}/history")
  @PublicCache
  public PublicHistoryView history(@PathParam("id") String id) {
    return new Views(disclosures).history(disclosures.publicHistory(Params.publicItemId(id)));
  }

  /** The inclusion proof of the item's latest public event; 404 when nothing of it was ever public. */
  @GET
  @Path("{id}/proof")
  @PublicCache
  public ProofView proof(@PathParam("id") String id) {
    InclusionProof p = disclosures.logProof(Params.publicItemId(id)).orElseThrow(() -> Params.notPublished(id));
    Base64.Encoder b64 = Base64.getEncoder();
    return new ProofView(p.leafIndex(), p.treeSize(), b64.encodeToString(p.leaf()),
        p.auditPath().stream().map(b64::encodeToString).toList());
  }

  @POST
  @Path("{id}/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response feedback(@PathParam("id") String id, FeedbackRequest body, @Context Request request) {
    FeedbackRequest b = body == null ? new FeedbackRequest(null, null) : body;
    Feedback f = disclosures.submitFeedback(Params.publicItemId(id), b.body(), b.contact(), request.getRemoteAddr());
    return Response.status(201).entity(new FeedbackReceipt(f.itemId().value(), f.receivedAt())).build();
  }
}
