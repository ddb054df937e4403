package org.opendisclosure.rest.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.opendisclosure.rest.http.PublicCache;
import org.opendisclosure.rest.openapi.OpenApiDocument;

/** The OpenAPI 3.1 description of this API. */
@Path("/api/v1/openapi.json")
public final class OpenApiResource {
  private final ObjectNode document = OpenApiDocument.build();

  @GET
  @PublicCache
  @Produces(MediaType.APPLICATION_JSON)
  public ObjectNode document() {
    return document;
  }
}
