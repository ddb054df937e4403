package org.opendisclosure.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.opendisclosure.core.AccessDeniedException;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.rest.api.ComplianceView;
import org.opendisclosure.rest.api.OrganRequest;
import org.opendisclosure.rest.api.OrganView;
import org.opendisclosure.rest.auth.Access;
import org.opendisclosure.rest.auth.Authenticated;
import org.opendisclosure.rest.auth.Caller;
import org.opendisclosure.rest.view.AdminQueries;
import org.opendisclosure.rest.view.Enums;
import org.opendisclosure.rest.view.Views;

/** Organs for their staff: compliance (overdue, due soon, stale, missing) and new organs below one's own. */
@Path("/api/v1/admin/organs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public final class OrgansAdminResource {
  private final Disclosures disclosures;

  public OrgansAdminResource(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  @GET
  @Path("{organ}/compliance")
  public ComplianceView compliance(@PathParam("organ") String organ, @Context SecurityContext sc) {
    Access.requireStaff(disclosures, Caller.of(sc), organ);
    return new Views(disclosures).compliance(disclosures.compliance(organ));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(OrganRequest r, @Context SecurityContext sc) {
    OrganRequest b = AdminQueries.required(r);
    Actor actor = Caller.of(sc);
    if (b.parentCode() == null || !disclosures.roles(actor.id(), b.parentCode()).contains(Role.ADMIN)) {
      throw new AccessDeniedException(actor.id() + " is not an ADMIN of the parent organ " + b.parentCode());
    }
    Organ organ = disclosures.registerOrgan(new Organ(b.code(), b.name(), Enums.parse(OrganLevel.class, "level",
        b.level()), b.parentCode(), b.indexPattern()));
    return Response.status(201).entity(Views.organ(organ)).build();
  }

  /** The organ as the public sees it, for staff tools that want one without the whole list. */
  @GET
  @Path("{organ}")
  public OrganView organ(@PathParam("organ") String organ) {
    return disclosures.organ(organ).map(Views::organ)
        .orElseThrow(() -> new org.opendisclosure.core.ItemNotFoundException("no organ " + organ));
  }
}
