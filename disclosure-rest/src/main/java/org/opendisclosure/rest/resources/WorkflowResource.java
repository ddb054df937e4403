package org.opendisclosure.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.rest.api.ActionRequest;
import org.opendisclosure.rest.auth.Authenticated;
import org.opendisclosure.rest.auth.Caller;
import org.opendisclosure.rest.http.Params;
import org.opendisclosure.rest.view.Actions;

/**
 * Workflow actions on an item: {@code POST /api/v1/admin/items/{id}/{action}} with {@code If-Match}
 * naming the working revision and the action's words in the body. The core checks roles, status
 * and gates; the answer is where the item stands now.
 */
@Path("/api/v1/admin/items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WorkflowResource {
  private final Disclosures disclosures;

  public WorkflowResource(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  @POST
  @Path("{id}/{action: submit|review|return|approve|audit|deliberation|schedule|publish|withdraw}")
  public Response act(@PathParam("id") String id, @PathParam("action") String action, ActionRequest body,
      @Context HttpHeaders headers, @Context SecurityContext sc) {
    Item item = Actions.run(disclosures, action, Params.itemId(id), headers, body, Caller.of(sc));
    return Actions.state(disclosures, item);
  }

  @POST
  @Path("{id}/redact")
  public Response redact(@PathParam("id") String id, ActionRequest body, @Context SecurityContext sc) {
    Item item = Actions.redact(disclosures, Params.itemId(id), body, Caller.of(sc));
    return Actions.state(disclosures, item);
  }
}
