package org.opendisclosure.portal.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.report.ComplianceReport;
import org.opendisclosure.portal.internal.Format;
import org.opendisclosure.portal.internal.Site;
import org.opendisclosure.search.SearchHit;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchResults;
import org.opendisclosure.search.SearchSort;

/**
 * 公开主体: the list of organs, and one organ's disclosures grouped by catalogue category with what
 * is overdue. Overdue items are shown as counts per category with their deadline — never their
 * titles or anything else of their content, which is not public until published.
 */
public final class OrganPages {
  private static final int MAX_LISTED = 500;

  private OrganPages() {}

  public static String list(Site site) {
    List<Organ> organs = site.disclosures().organs();
    return Layout.page(site, "公开主体", null, true, List.of(), h -> {
      h.el("h1", "公开主体");
      h.open("ul", "class", "organ-tree");
      organs.stream().filter(o -> o.parentCode() == null).sorted(Comparator.comparing(Organ::code))
          .forEach(o -> tree(h, o, organs));
      h.close("ul");
    });
  }

  private static void tree(Html h, Organ organ, List<Organ> all) {
    h.open("li").el("a", organ.name(), "href", Urls.organ(organ.code())).text(" ").el("span", level(organ.level()),
        "class", "hint");
    List<Organ> children = all.stream().filter(o -> organ.code().equals(o.parentCode()))
        .sorted(Comparator.comparing(Organ::level).thenComparing(Organ::code)).toList();
    if (!children.isEmpty()) {
      h.open("ul");
      children.forEach(c -> tree(h, c, all));
      h.close("ul");
    }
    h.close("li");
  }

  /** One organ's page. */
  public static String page(Site site, Organ organ) {
    List<SearchHit> hits = published(site, organ.code());
    Map<String, List<SearchHit>> byCategory = new LinkedHashMap<>();
    for (Category c : site.disclosures().catalogue().categories()) {
      for (SearchHit hit : hits) {
        if (hit.categoryCode().equals(c.code())) {
          byCategory.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(hit);
        }
      }
    }
    ComplianceReport report = site.disclosures().compliance(organ.code());
    LocalDate today = site.today();
    String feed = Urls.query(site.options().feedPath(), "organ", organ.code());
    List<Organ> children = site.disclosures().organs().stream().filter(o -> organ.code().equals(o.parentCode()))
        .toList();
    return Layout.page(site, organ.name(), feed, true, List.of(), h -> {
      h.el("h1", organ.name());
      h.open("p", "class", "hint").text(level(organ.level()));
      site.organ(organ.parentCode()).ifPresent(p -> h.text(" · 上级：").el("a", p.name(), "href", Urls.organ(p.code())));
      h.close("p");
      if (!children.isEmpty()) {
        h.open("p").text("下级：");
        for (int i = 0; i < children.size(); i++) {
          h.text(i == 0 ? "" : "、").el("a", children.get(i).name(), "href", Urls.organ(children.get(i).code()));
        }
        h.close("p");
      }
      h.open("p").el("a", "检索本主体的信息", "href", Urls.query("/search", "organ", organ.code(), "sort", "date"))
          .text(" · ").el("a", "订阅本主体的更新（Atom）", "href", feed).close("p");
      overdue(h, site, report);
      h.open("section", "aria-labelledby", "catalogue-heading");
      h.el("h2", "主动公开目录", "id", "catalogue-heading");
      if (byCategory.isEmpty()) {
        h.el("p", "本主体尚未公开信息。");
      }
      for (Map.Entry<String, List<SearchHit>> e : byCategory.entrySet()) {
        String id = "cat-" + e.getKey();
        h.open("section", "class", "category", "aria-labelledby", id);
        h.el("h3", site.categoryName(e.getKey()) + "（" + e.getValue().size() + "）", "id", id);
        h.open("ul", "class", "hits compact");
        e.getValue().forEach(hit -> Blocks.hit(h, hit, false, today));
        h.close("ul").close("section");
      }
      h.close("section");
    });
  }

  /** Published items of exactly this organ, newest first, from the index (what search shows). */
  private static List<SearchHit> published(Site site, String organCode) {
    SearchQuery q = SearchQuery.builder().organ(organCode).sort(SearchSort.DATE).pageSize(SearchQuery.MAX_PAGE_SIZE)
        .build();
    List<SearchHit> out = new ArrayList<>();
    SearchResults r = site.index().search(q);
    while (true) {
      r.hits().stream().filter(h -> h.organCode().equals(organCode)).forEach(out::add);
      if (r.nextCursor() == null || out.size() >= MAX_LISTED) {
        return out;
      }
      r = site.index().search(q.withCursor(r.nextCursor()));
    }
  }

  private static void overdue(Html h, Site site, ComplianceReport report) {
    h.open("section", "aria-labelledby", "overdue-heading", "class", "panel compliance");
    h.el("h2", "公开时限执行情况", "id", "overdue-heading");
    h.el("p", "按法定公开时限统计（截至" + Format.date(report.today()) + "，含下级主体）。未公开信息的内容在公开前不予显示。", "class", "hint");
    Map<String, List<Item>> late = new TreeMap<>();
    for (Item item : report.overdue()) {
      late.computeIfAbsent(item.organCode() + "|" + item.categoryCode(), k -> new ArrayList<>()).add(item);
    }
    if (late.isEmpty() && report.periodic().isEmpty()) {
      h.el("p", "没有逾期未公开的信息。", "class", "ok");
    }
    if (!late.isEmpty()) {
      h.el("h3", "逾期未公开");
      Layout.scrollable(h, "逾期未公开", () -> {
        h.open("table").el("caption", "已超过法定公开期限、尚未公开的信息（按主体和分类计数）");
        h.open("thead").open("tr").el("th", "公开主体", "scope", "col").el("th", "分类", "scope", "col")
            .el("th", "件数", "scope", "col", "class", "num").el("th", "最早应公开日期", "scope", "col").close("tr").close("thead");
        h.open("tbody");
        for (List<Item> items : late.values()) {
          Item first = items.stream().min(Comparator.comparing(i -> i.dueBy().date())).orElseThrow();
          h.open("tr").el("th", site.organName(first.organCode()), "scope", "row").el("td", site.categoryName(first.categoryCode()))
              .el("td", Integer.toString(items.size()), "class", "num").el("td", Format.date(first.dueBy().date())).close("tr");
        }
        h.close("tbody").close("table");
      });
    }
    if (!report.periodic().isEmpty()) {
      h.el("h3", "定期公开");
      Layout.scrollable(h, "定期公开", () -> {
        h.open("table").el("caption", "应定期公开而未按时公开的信息");
        h.open("thead").open("tr").el("th", "公开主体", "scope", "col").el("th", "分类", "scope", "col")
            .el("th", "期间起始", "scope", "col").el("th", "应公开日期", "scope", "col").el("th", "情况", "scope", "col")
            .close("tr").close("thead").open("tbody");
        for (ComplianceReport.PeriodicGap g : report.periodic()) {
          h.open("tr").el("th", site.organName(g.organCode()), "scope", "row").el("td", site.categoryName(g.categoryCode()))
              .el("td", Format.date(g.periodStart())).el("td", Format.date(g.dueBy().date()))
              .el("td", g.late() ? "逾期公开（" + Format.date(g.publishedOn()) + "）" : "未公开").close("tr");
        }
        h.close("tbody").close("table");
      });
    }
    h.close("section");
  }

  static String level(OrganLevel level) {
    return switch (level) {
      case COUNTY -> "县级人民政府";
      case DEPARTMENT -> "县级部门";
      case TOWNSHIP -> "乡镇人民政府";
      case VILLAGE -> "村（居）委会";
    };
  }
}
