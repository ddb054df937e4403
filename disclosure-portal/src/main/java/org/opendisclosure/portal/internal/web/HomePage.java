package org.opendisclosure.portal.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opendisclosure.portal.internal.Site;
import org.opendisclosure.search.SearchHit;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchSort;

/** 首页: the search box, notices in their publicity window with days left, and the newest publications. */
public final class HomePage {
  private HomePage() {}

  public static String render(Site site) {
    LocalDate today = site.today();
    List<SearchHit> open = new ArrayList<>(site.index().search(SearchQuery.builder().windowOpen(true)
        .sort(SearchSort.DATE).pageSize(20).build()).hits());
    open.sort(Comparator.comparing(SearchHit::windowEnd).thenComparing(SearchHit::id));
    List<SearchHit> newest = site.index().search(SearchQuery.builder().sort(SearchSort.DATE).pageSize(10).build()).hits();
    return Layout.page(site, "首页", null, false, List.of(), h -> {
      h.el("h1", site.options().siteName(), "class", "visually-hidden");
      Layout.searchForm(h, "home-q", "", true);
      h.open("section", "aria-labelledby", "open-heading", "class", "panel");
      h.el("h2", "正在公示", "id", "open-heading");
      h.el("p", "以下公告处于公示期内，您可以在截止日期前提出意见。", "class", "hint");
      list(h, open, today, "目前没有正在公示的公告。");
      h.open("p").el("a", "查看全部正在公示的公告", "href", "/search?window=open&sort=date").close("p");
      h.close("section");
      h.open("section", "aria-labelledby", "new-heading", "class", "panel");
      h.el("h2", "最新公开", "id", "new-heading");
      list(h, newest, today, "尚无公开信息。");
      h.open("p").el("a", "浏览全部公开信息", "href", "/search?sort=date").text(" · ")
          .el("a", "订阅更新（Atom）", "href", site.options().feedPath()).close("p");
      h.close("section");
    });
  }

  private static void list(Html h, List<SearchHit> hits, LocalDate today, String empty) {
    if (hits.isEmpty()) {
      h.el("p", empty);
      return;
    }
    h.open("ul", "class", "hits");
    hits.forEach(hit -> Blocks.hit(h, hit, false, today));
    h.close("ul");
  }
}
