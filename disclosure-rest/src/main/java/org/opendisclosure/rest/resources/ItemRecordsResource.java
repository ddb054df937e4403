package org.opendisclosure.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.rest.api.EventView;
import org.opendisclosure.rest.api.FeedbackView;
import org.opendisclosure.rest.api.PrivacyFindingView;
import org.opendisclosure.rest.api.RevisionView;
import org.opendisclosure.rest.auth.Access;
import org.opendisclosure.rest.auth.Authenticated;
import org.opendisclosure.rest.auth.Caller;
import org.opendisclosure.rest.http.Params;
import org.opendisclosure.rest.view.Views;

/** What staff read about an item: revisions, audit trail, privacy findings and the feedback inbox. */
@Path("/api/v1/admin/items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public final class ItemRecordsResource {
  private final Disclosures disclosures;

  public ItemRecordsResource(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  @GET
  @Path("{id}/revisions")
  public List<RevisionView> revisions(@PathParam("id") String id, @Context SecurityContext sc) {
    return disclosures.history(checked(id, sc)).stream().map(Views::revision).toList();
  }

  @GET
  @Path("{id}/events")
  public List<EventView> events(@PathParam("id") String id, @Context SecurityContext sc) {
    return disclosures.auditTrail(checked(id, sc)).stream().map(Views::event).toList();
  }

  @GET
  @Path("{id}/privacy-findings")
  public List<PrivacyFindingView> findings(@PathParam("id") String id, @Context SecurityContext sc) {
    return disclosures.privacyFindings(checked(id, sc)).stream().map(Views::finding).toList();
  }

  @GET
  @Path("{id}/feedback")
  public List<FeedbackView> feedback(@PathParam("id") String id, @Context SecurityContext sc) {
    return disclosures.feedback(Params.itemId(id), Caller.of(sc)).stream().map(Views::feedback).toList();
  }

  private ItemId checked(String id, SecurityContext sc) {
    return Access.working(disclosures, Caller.of(sc), Params.itemId(id)).id();
  }
}
