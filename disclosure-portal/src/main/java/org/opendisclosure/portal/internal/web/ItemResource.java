package org.opendisclosure.portal.internal.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.glassfish.grizzly.http.server.Request;
import org.opendisclosure.core.IllegalTransitionException;
import org.opendisclosure.core.ItemNotFoundException;
import org.opendisclosure.core.RateLimitException;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.portal.internal.Site;

/** {@code /items/{id}}: the item page, its history, and objections while the window is open. */
@Path("/items/{id}")
@Produces("text/html")
public final class ItemResource {
  private final Site site;

  public ItemResource(Site site) {
    this.site = site;
  }

  @GET
  public Response item(@PathParam("id") String id, @QueryParam("printed") String printed,
      @QueryParam("objection") String objection) {
    return show(id, "received".equals(objection) ? new ItemPage.Objection(true, null, null, null)
        : ItemPage.Objection.NONE, printed, 200);
  }

  @GET
  @Path("history")
  public Response history(@PathParam("id") String id) {
    return parse(id).flatMap(this::publicHistory).map(hist -> Pages.ok(HistoryPage.render(site, hist)))
        .orElseGet(() -> Pages.notFound(site));
  }

  /** The objection form: 303 back to the item page when received, the page with the problem otherwise. */
  @POST
  @Path("objections")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response object(@PathParam("id") String id, @FormParam("body") String body,
      @FormParam("contact") String contact, @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
      @Context Request request) {
    if (origin != null && !sameOrigin(origin, host)) {
      return Pages.message(site, 403, "无法提交", "请在本站的信息页面上提交意见。");
    }
    Optional<ItemId> itemId = parse(id);
    if (itemId.isEmpty() || site.disclosures().published(itemId.get()).isEmpty()) {
      return Pages.notFound(site);
    }
    try {
      site.disclosures().submitFeedback(itemId.get(), body, contact, request == null ? null : request.getRemoteAddr());
      return Response.seeOther(URI.create(Urls.item(itemId.get().value()) + "?objection=received#objection")).build();
    } catch (ValidationException e) {
      String field = e.errors().isEmpty() ? "" : e.errors().get(0).field();
      String message = field.equals("contact") ? "联系方式不能超过200个字。"
          : body == null || body.isBlank() ? "请填写意见内容。" : "意见内容过长，请精简到4000字以内。";
      return show(id, new ItemPage.Objection(false, message, body, contact), null, 400);
    } catch (IllegalTransitionException e) {
      return show(id, new ItemPage.Objection(false, "公示期未开始或已结束，不能提交意见。", body, contact), null, 409);
    } catch (RateLimitException e) {
      return show(id, new ItemPage.Objection(false, "提交过于频繁，请一小时后再试。", body, contact), null, 429);
    } catch (ItemNotFoundException e) {
      return Pages.notFound(site);
    }
  }

  private Response show(String id, ItemPage.Objection objection, String printed, int status) {
    Optional<ItemId> itemId = parse(id);
    Optional<ItemView> view = itemId.flatMap(i -> site.disclosures().published(i));
    Optional<PublicHistory> history = itemId.flatMap(this::publicHistory);
    if (view.isPresent() && history.isPresent()) {
      return Pages.html(status, ItemPage.render(site, view.get(), history.get(), objection, printed));
    }
    if (history.isPresent() && history.get().withdrawal() != null) {
      return Pages.withdrawn(site, history.get());
    }
    return Pages.notFound(site);
  }

  private Optional<PublicHistory> publicHistory(ItemId id) {
    try {
      return Optional.of(site.disclosures().publicHistory(id));
    } catch (ItemNotFoundException e) {
      return Optional.empty();
    }
  }

  static Optional<ItemId> parse(String id) {
    try {
      return Optional.of(ItemId.parse(id));
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  private static boolean sameOrigin(String origin, String host) {
    try {
      URI o = URI.create(origin);
      String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
      return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(o.getHost()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
