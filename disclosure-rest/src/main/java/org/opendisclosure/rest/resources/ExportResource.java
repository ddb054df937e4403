package org.opendisclosure.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.rest.export.ExportFormat;
import org.opendisclosure.rest.view.PublicQueries;

/**
 * Every published item (or those a filter selects) as JSON Lines, as CSV for spreadsheets, or,
 * for procurement results, as an OCDS release package; streamed, so exports of any size start at
 * once. Filters are checked before the first byte is sent.
 */
@Path("/api/v1/export")
public final class ExportResource {
  private final Disclosures disclosures;
  private final String ocdsPrefix;

  public ExportResource(Disclosures disclosures, String ocdsPrefix) {
    this.disclosures = disclosures;
    this.ocdsPrefix = ocdsPrefix;
  }

  @GET
  public Response export(@QueryParam("format") String format, @QueryParam("organ") String organ,
      @QueryParam("category") String category, @QueryParam("year") String year, @Context UriInfo uri) {
    ExportFormat f = ExportFormat.parse(format);
    ItemQuery filters = PublicQueries.filters(disclosures, ItemQuery.all(), organ, category, year, null);
    return Response.ok(f.stream(disclosures, filters, uri.getBaseUri(), ocdsPrefix), f.mediaType())
        .header("Content-Disposition", "attachment; filename=\"opendisclosure-export." + f.extension() + "\"")
        .build();
  }
}
