package org.opendisclosure.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.schedule.SchedulerRun;
import org.opendisclosure.rest.api.CalendarView;
import org.opendisclosure.rest.api.SchedulerRunView;
import org.opendisclosure.rest.auth.Access;
import org.opendisclosure.rest.auth.Authenticated;
import org.opendisclosure.rest.auth.Caller;
import org.opendisclosure.rest.store.CalendarFiles;
import org.opendisclosure.rest.store.RestStore;

/** Running the scheduler now, and the working-day calendar (load a new year's holidays). ADMIN. */
@Path("/api/v1/admin")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public final class SystemResource {
  private final Disclosures disclosures;
  private final RestStore store;

  public SystemResource(Disclosures disclosures, RestStore store) {
    this.disclosures = disclosures;
    this.store = store;
  }

  @POST
  @Path("scheduler/run")
  public SchedulerRunView runScheduler(@Context SecurityContext sc) {
    Access.requireAdminAnywhere(disclosures, Caller.of(sc));
    SchedulerRun run = disclosures.runScheduler();
    return new SchedulerRunView(run.published().stream().map(Object::toString).toList(),
        run.windowsClosed().stream().map(Object::toString).toList(),
        run.missed().stream().map(i -> i.id().value()).toList());
  }

  @GET
  @Path("calendar")
  public CalendarView calendar() {
    return new CalendarView(List.copyOf(disclosures.calendar().knownYears()));
  }

  @PUT
  @Path("calendar")
  @Consumes(MediaType.APPLICATION_JSON)
  public CalendarView loadCalendar(byte[] json, @Context SecurityContext sc) {
    Access.requireAdminAnywhere(disclosures, Caller.of(sc));
    CalendarFiles.load(store, disclosures.calendar(), disclosures.clock(), "PUT /api/v1/admin/calendar by "
        + Caller.of(sc).id(), json);
    return calendar();
  }
}
