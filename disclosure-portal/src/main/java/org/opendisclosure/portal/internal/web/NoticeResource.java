package org.opendisclosure.portal.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.portal.internal.Site;
import org.opendisclosure.portal.internal.pdf.NoticePdf;

/** {@code GET /notices/{id}.pdf}: the printable A4 notice for the bulletin board (公示栏). */
@Path("/notices")
public final class NoticeResource {
  private final Site site;

  public NoticeResource(Site site) {
    this.site = site;
  }

  @GET
  @Path("{id}.pdf")
  public Response pdf(@PathParam("id") String id, @Context UriInfo uri) {
    Optional<ItemView> view = ItemResource.parse(id).flatMap(i -> site.disclosures().published(i))
        .filter(v -> !v.revision().isRedacted());
    if (view.isEmpty()) {
      return Pages.notFound(site);
    }
    if (!org.opendisclosure.portal.internal.pdf.NoticePdf.fontAvailable()) {
      return Response.status(503).type("text/plain; charset=UTF-8")
          .entity("打印公告暂不可用：本次构建未包含中文字体（构建时需要 npm，见 README）。\n"
              + "Printing is unavailable: this build has no CJK font (the build needs npm; see the README).")
          .build();
    }
    byte[] pdf = NoticePdf.render(site, view.get(), site.baseUrl(uri.getBaseUri()));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"notice-" + view.get().id().value() + ".pdf\"")
        .header("Cache-Control", "no-cache").build();
  }
}
