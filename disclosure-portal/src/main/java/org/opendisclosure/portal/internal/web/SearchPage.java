package org.opendisclosure.portal.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.portal.internal.Site;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchResults;
import org.opendisclosure.search.SearchSort;

/**
 * 检索结果: highlighted snippets, facets (category, organ, year) with counts, sort, paging. Every
 * control is a link or a GET form, so the URL holds the whole state and works without scripts.
 */
public final class SearchPage {
  private static final int FACET_VALUES = 12;

  /** The page and its HTTP status (400 for a query the index refuses). */
  public record Rendered(int status, String html) {}

  private SearchPage() {}

  public static Rendered render(Site site, SearchState state) {
    SearchResults results;
    String problem = null;
    try {
      results = page(site, query(site, state), state.page());
    } catch (ValidationException e) {
      results = null;
      problem = e.errors().isEmpty() ? "检索条件无效" : "检索条件无效：" + (e.errors().get(0).field().equals("text")
          ? "检索词不能超过" + SearchQuery.MAX_TEXT_LENGTH + "个字" : e.errors().get(0).message());
    }
    SearchResults r = results;
    String error = problem;
    String title = state.q().isEmpty() ? "信息检索" : "“" + state.q() + "”的检索结果";
    String feed = Urls.query(site.options().feedPath(), "organ", state.organ(), "category", state.category());
    String html = Layout.page(site, title, feed, false, List.of(), h -> {
      h.el("h1", title);
      Layout.searchForm(h, "results-q", state.q(), false);
      if (error != null) {
        h.el("p", error, "class", "error", "role", "alert");
        return;
      }
      h.open("div", "class", "results-layout");
      facets(h, site, state, r);
      h.open("section", "class", "results", "aria-labelledby", "results-heading");
      h.el("h2", "共找到 " + r.totalHits() + " 条", "id", "results-heading", "class", "results-count");
      sortLinks(h, state);
      LocalDate today = site.today();
      if (r.hits().isEmpty()) {
        h.el("p", "没有找到符合条件的信息。可以换个说法，或去掉一些筛选条件。");
      } else {
        h.open("ol", "class", "hits", "start", Integer.toString((state.page() - 1) * site.options().pageSize() + 1));
        r.hits().forEach(hit -> Blocks.hit(h, hit, true, today));
        h.close("ol");
      }
      pager(h, site, state, r);
      h.open("p").el("a", "订阅这些结果的更新（Atom）", "href", feed).close("p");
      h.close("section").close("div");
    });
    return new Rendered(error == null ? 200 : 400, html);
  }

  static SearchQuery query(Site site, SearchState s) {
    SearchQuery.Builder b = SearchQuery.builder().text(s.q()).sort(s.sort()).pageSize(site.options().pageSize())
        .windowOpen(s.windowOpen()).facets(true);
    if (s.category() != null) {
      b.category(s.category());
    }
    if (s.organ() != null) {
      b.organ(s.organ());
    }
    if (s.year() != null) {
      b.year(s.year());
    }
    return b.build();
  }

  /** Page {@code n} (1-based), following cursors from the first; the last page if there are fewer. */
  static SearchResults page(Site site, SearchQuery query, int n) {
    SearchResults r = site.index().search(query);
    for (int i = 1; i < n && r.nextCursor() != null; i++) {
      r = site.index().search(query.withCursor(r.nextCursor()));
    }
    return r;
  }

  private static void facets(Html h, Site site, SearchState s, SearchResults r) {
    h.open("aside", "class", "facets", "aria-labelledby", "facets-heading");
    h.open("details", "open", "", "class", "facets-toggle").open("summary").el("h2", "筛选", "id", "facets-heading")
        .close("summary");
    facet(h, "主题分类", s.category(), r.facet(SearchResults.CATEGORY), site::categoryName,
        v -> s.category(v).url(), s.category(null).url());
    facet(h, "公开主体", s.organ(), r.facet(SearchResults.ORGAN), site::organName, v -> s.organ(v).url(),
        s.organ(null).url());
    facet(h, "年度", s.year() == null ? null : s.year().toString(), r.facet(SearchResults.YEAR), v -> v + "年",
        v -> s.year(Integer.valueOf(v)).url(), s.year(null).url());
    h.open("div", "class", "facet").el("h3", "公示状态").open("ul");
    h.open("li").open("a", "href", s.windowOpen(!s.windowOpen()).url(), "aria-current", s.windowOpen() ? "true" : null)
        .text(s.windowOpen() ? "✓ 只看正在公示（点击取消）" : "只看正在公示").close("a").close("li");
    h.close("ul").close("div");
    h.close("details").close("aside");
  }

  private static void facet(Html h, String name, String selected, List<SearchResults.FacetCount> counts,
      Function<String, String> label, Function<String, String> select, String clear) {
    h.open("div", "class", "facet").el("h3", name).open("ul");
    if (selected != null) {
      h.open("li").el("a", "全部" + name, "href", clear).close("li");
    }
    int shown = 0;
    for (SearchResults.FacetCount c : counts) {
      if (shown++ >= FACET_VALUES) {
        break;
      }
      boolean current = c.value().equals(selected);
      h.open("li").open("a", "href", select.apply(c.value()), "aria-current", current ? "true" : null,
          "class", current ? "current" : null);
      h.text((current ? "✓ " : "") + label.apply(c.value())).text(" ").el("span", "(" + c.count() + ")", "class", "count");
      h.close("a").close("li");
    }
    if (counts.isEmpty()) {
      h.el("li", "无");
    }
    h.close("ul").close("div");
  }

  private static void sortLinks(Html h, SearchState s) {
    h.open("p", "class", "sort").text("排序：");
    link(h, "按相关度", s.sort(SearchSort.RELEVANCE).url(), s.sort() == SearchSort.RELEVANCE);
    h.text(" | ");
    link(h, "按发布日期", s.sort(SearchSort.DATE).url(), s.sort() == SearchSort.DATE);
    h.close("p");
  }

  private static void link(Html h, String text, String href, boolean current) {
    if (current) {
      h.el("strong", text, "aria-current", "true");
    } else {
      h.el("a", text, "href", href);
    }
  }

  private static void pager(Html h, Site site, SearchState s, SearchResults r) {
    long pages = Math.min(SearchState.MAX_PAGE, (r.totalHits() + site.options().pageSize() - 1) / site.options().pageSize());
    if (pages <= 1) {
      return;
    }
    h.open("nav", "class", "pager", "aria-label", "分页").open("ul");
    if (s.page() > 1) {
      h.open("li").el("a", "上一页", "href", s.page(s.page() - 1).url(), "rel", "prev").close("li");
    }
    for (int p = Math.max(1, s.page() - 3); p <= Math.min(pages, s.page() + 3); p++) {
      h.open("li");
      if (p == s.page()) {
        h.el("span", "第" + p + "页", "aria-current", "page", "class", "current");
      } else {
        h.el("a", Integer.toString(p), "href", s.page(p).url(), "aria-label", "第" + p + "页");
      }
      h.close("li");
    }
    if (s.page() < pages && r.nextCursor() != null) {
      h.open("li").el("a", "下一页", "href", s.page(s.page() + 1).url(), "rel", "next").close("li");
    }
    h.close("ul").close("nav");
    h.el("p", "第" + s.page() + "页，共" + pages + "页", "class", "hint");
  }
}
