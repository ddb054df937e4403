package org.opendisclosure.rest.resources;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.opendisclosure.rest.ChangeMetrics;

/** Prometheus text format: requests, publications, index lag, the JVM. */
@Path("/metrics")
public final class MetricsResource {
  private final PrometheusMeterRegistry registry;
  private final ChangeMetrics changes;

  public MetricsResource(PrometheusMeterRegistry registry, ChangeMetrics changes) {
    this.registry = registry;
    this.changes = changes;
  }

  @GET
  @Produces("text/plain; version=0.0.4; charset=utf-8")
  public String scrape() {
    changes.refresh();
    return registry.scrape();
  }
}
