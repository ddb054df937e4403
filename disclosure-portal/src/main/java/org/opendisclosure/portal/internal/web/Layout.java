package org.opendisclosure.portal.internal.web;

import java.util.List;
import java.util.function.Consumer;
import org.opendisclosure.portal.internal.Site;

/**
 * The frame of every page: {@code lang="zh-CN"}, a skip link, the header with the site name and a
 * search box, the main region, the footer with the Atom feed, and the scripts the page asks for
 * (deferred: every page works without them). Stateless and thread-safe.
 */
public final class Layout {
  /** Version of the portal's own assets, in their URLs so that browsers fetch new ones after an upgrade. */
  public static final String ASSET_VERSION = "1";

  private Layout() {}

  /**
   * A whole page.
   *
   * @param title the page title (before the site name)
   * @param feed the Atom feed for this list, or null for the site's feed
   * @param headerSearch whether the header carries the search box (the home page has its own)
   * @param scripts asset names such as {@code verify.js}
   */
  public static String page(Site site, String title, String feed, boolean headerSearch, List<String> scripts,
      Consumer<Html> main) {
    String feedHref = feed != null ? feed : site.options().feedPath();
    Html h = new Html();
    h.trusted("<!DOCTYPE html>").nl();
    h.open("html", "lang", "zh-CN").nl().open("head").nl();
    h.empty("meta", "charset", "utf-8").nl();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
    h.el("title", title + " - " + site.options().siteName()).nl();
    h.empty("link", "rel", "stylesheet", "href", asset("portal.css")).nl();
    h.empty("link", "rel", "alternate", "type", "application/atom+xml", "title", "订阅更新（Atom）", "href", feedHref).nl();
    h.open("script", "src", asset("portal.js"), "defer", "").close("script").nl();
    for (String s : scripts) {
      h.open("script", "src", s.startsWith("/") ? s : asset(s), "defer", "").close("script").nl();
    }
    h.close("head").nl().open("body").nl();
    h.el("a", "跳到主要内容", "class", "skip-link", "href", "#main").nl();
    h.open("header", "class", "site-header").open("div", "class", "wrap header-row");
    h.el("a", site.options().siteName(), "class", "site-name", "href", "/");
    h.open("nav", "aria-label", "主导航").open("ul");
    h.open("li").el("a", "首页", "href", "/").close("li");
    h.open("li").el("a", "信息检索", "href", "/search").close("li");
    h.open("li").el("a", "公开主体", "href", "/organs").close("li");
    h.close("ul").close("nav");
    h.el("button", "大字号", "type", "button", "class", "text-size", "aria-pressed", "false", "hidden", "");
    h.close("div");
    if (headerSearch) {
      h.open("div", "class", "wrap");
      searchForm(h, "site-q", "", false);
      h.close("div");
    }
    h.close("header").nl();
    h.open("main", "id", "main", "class", "wrap", "tabindex", "-1").nl();
    main.accept(h);
    h.close("main").nl();
    h.open("footer", "class", "site-footer").open("div", "class", "wrap");
    h.open("p").text("本站信息由各公开主体依法主动公开。").el("a", "订阅更新（Atom）", "href", feedHref).close("p");
    h.el("p", "每条信息均记录在可公开核验的发布日志中：在信息页面点击“核验”即可在您的浏览器中验证。");
    h.close("div").close("footer").nl();
    h.close("body").nl().close("html").nl();
    return h.toString();
  }

  /**
   * The search form with suggestions as you type: a labelled input that scripts turn into a
   * combobox ({@code data-suggest}); without scripts it is a plain search form.
   */
  public static void searchForm(Html h, String id, String value, boolean large) {
    h.open("form", "class", large ? "search-form large" : "search-form", "role", "search", "action", "/search",
        "method", "get");
    h.el("label", large ? "搜索政府公开信息" : "搜索", "for", id, "class", large ? null : "visually-hidden");
    h.open("div", "class", "search-row");
    h.empty("input", "type", "search", "id", id, "name", "q", "value", value, "maxlength", "200",
        "autocomplete", "off", "data-suggest", "/portal-api/suggest", "placeholder", "如：三公经费、征地补偿标准、低保");
    h.el("button", "搜索", "type", "submit");
    h.close("div");
    h.close("form");
  }

  public static String asset(String name) {
    return "/assets/" + name + "?v=" + ASSET_VERSION;
  }

  /** A scrollable region that keyboard users can focus (tables wider than a phone). */
  public static void scrollable(Html h, String label, Runnable content) {
    h.open("div", "class", "table-scroll", "role", "region", "aria-label", label, "tabindex", "0");
    content.run();
    h.close("div");
  }
}
