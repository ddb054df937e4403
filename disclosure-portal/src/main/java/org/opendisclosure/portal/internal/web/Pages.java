package org.opendisclosure.portal.internal.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.portal.internal.Format;
import org.opendisclosure.portal.internal.Site;

/** HTML responses with the portal's security headers, and its error pages. Stateless and thread-safe. */
public final class Pages {
  /** Scripts only from the site itself; styles may be set by the chart library at run time. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private Pages() {}

  public static Response html(int status, String html) {
    return Response.status(status).type("text/html; charset=UTF-8").entity(html)
        .header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "same-origin")
        .header("Cache-Control", "no-cache")
        .build();
  }

  public static Response ok(String html) {
    return html(200, html);
  }

  /** 404: for the public an unpublished item and an unknown one are the same. */
  public static Response notFound(Site site) {
    return html(404, Layout.page(site, "未找到", null, true, List.of(), h -> {
      h.el("h1", "未找到该页面");
      h.el("p", "您要找的信息不存在或尚未公开。可以试试检索：");
      Layout.searchForm(h, "notfound-q", "", false);
    }));
  }

  /** 410 for a withdrawn item: the fact and reason of the withdrawal are public, the content is not. */
  public static Response withdrawn(Site site, PublicHistory history) {
    return html(410, Layout.page(site, "信息已撤回", null, true, List.of(), h -> {
      h.el("h1", "该信息已撤回");
      h.open("section", "class", "check bad", "role", "status");
      h.el("p", "撤回日期：" + Format.date(history.withdrawal().at()));
      h.el("p", "撤回理由：" + history.withdrawal().reason());
      h.close("section");
      h.open("p").el("a", "查看修改历史", "href", Urls.history(history.itemId().value())).close("p");
    }));
  }

  public static Response message(Site site, int status, String title, String text) {
    return html(status, Layout.page(site, title, null, true, List.of(), h -> {
      h.el("h1", title);
      h.el("p", text, "role", "alert");
    }));
  }
}
