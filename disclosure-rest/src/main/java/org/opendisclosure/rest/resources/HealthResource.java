package org.opendisclosure.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.opendisclosure.rest.api.HealthView;

/** Liveness ({@code /health/live}: the process answers) and readiness ({@code /health}: its parts do). */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
  /** One readiness check: a name and a state ({@code UP}, or anything else for down, with why). */
  public record Check(String name, Supplier<String> state) {}

  private final List<Check> checks;

  public HealthResource(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  @GET
  public Response ready() {
    Map<String, String> states = new LinkedHashMap<>();
    for (Check c : checks) {
      String s;
      try {
        s = c.state().get();
      } catch (RuntimeException e) {
        s = "DOWN: " + e.getClass().getSimpleName();
      }
      states.put(c.name(), s);
    }
    boolean up = states.values().stream().allMatch(s -> s.startsWith("UP"));
    return Response.status(up ? 200 : 503).cacheControl(noStore())
        .entity(new HealthView(up ? "UP" : "DOWN", states)).build();
  }

  @GET
  @Path("live")
  public Response live() {
    return Response.ok(new HealthView("UP", Map.of())).cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    CacheControl c = new CacheControl();
    c.setNoStore(true);
    return c;
  }
}
