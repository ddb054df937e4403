package org.opendisclosure.portal.internal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.opendisclosure.portal.internal.Format;
import org.opendisclosure.portal.internal.NoticeContent;
import org.opendisclosure.search.SearchHit;

/** Pieces several pages share: facts, tables, charts, hit lists, window badges. Stateless and thread-safe. */
public final class Blocks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Blocks() {}

  public static void facts(Html h, Iterable<NoticeContent.Fact> facts) {
    h.open("dl", "class", "facts");
    for (NoticeContent.Fact f : facts) {
      h.open("div").el("dt", f.label()).el("dd", f.value()).close("div");
    }
    h.close("dl");
  }

  public static void table(Html h, NoticeContent.Table t) {
    Layout.scrollable(h, t.caption(), () -> {
      h.open("table");
      h.el("caption", t.caption());
      h.open("thead").open("tr");
      for (int c = 0; c < t.headers().size(); c++) {
        h.el("th", t.headers().get(c), "scope", "col", "class", t.numeric().contains(c) ? "num" : null);
      }
      h.close("tr").close("thead").open("tbody");
      boolean coded = t.headers().get(0).equals("科目编码");
      boolean numbered = t.headers().get(0).equals("序号");
      for (int r = 0; r < t.rows().size(); r++) {
        h.open("tr");
        List<String> row = t.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          String cls = t.numeric().contains(c) ? "num"
              : c == (coded ? 1 : 0) && t.depth(r) > 0 ? "indent-" + Math.min(t.depth(r), 2) : null;
          if (c == 0 && !numbered) {
            h.el("th", row.get(c), "scope", "row", "class", cls);
          } else {
            h.el("td", row.get(c), "class", cls);
          }
        }
        h.close("tr");
      }
      h.close("tbody").close("table");
    });
  }

  /** A chart drawn by charts.js from its data; the table beside it carries the same figures for everyone. */
  public static void chart(Html h, NoticeContent.Chart chart) {
    h.open("figure", "class", "chart");
    h.el("figcaption", chart.title() + "（单位：" + chart.unit() + "）");
    h.open("div", "class", "chart-canvas", "data-chart", json(chart), "role", "img", "aria-label",
        chart.title() + "：" + chart.summary()).close("div");
    h.el("p", "图表需要浏览器启用 JavaScript；数字见上表。", "class", "chart-fallback");
    h.close("figure");
  }

  static String json(NoticeContent.Chart chart) {
    ObjectNode root = JSON.createObjectNode();
    root.put("title", chart.title());
    root.put("unit", chart.unit());
    ArrayNode categories = root.putArray("categories");
    chart.categories().forEach(categories::add);
    ArrayNode series = root.putArray("series");
    for (NoticeContent.Series s : chart.series()) {
      ObjectNode node = series.addObject();
      node.put("name", s.name());
      ArrayNode values = node.putArray("values");
      for (BigDecimal v : s.values()) {
        if (v == null) {
          values.addNull();
        } else {
          values.add(v);
        }
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("chart data is plain JSON", e);
    }
  }

  /** One hit in a list: title (with marks if given), organ, category, date, window. */
  public static void hit(Html h, SearchHit hit, boolean snippets, LocalDate today) {
    h.open("li", "class", "hit");
    h.open("h3", "class", "hit-title").open("a", "href", Urls.item(hit.id().value()));
    if (snippets) {
      h.trusted(hit.titleSnippet());
    } else {
      h.text(hit.title());
    }
    h.close("a").close("h3");
    if (snippets && hit.bodySnippet() != null && !hit.bodySnippet().isBlank()) {
      h.open("p", "class", "snippet").trusted(hit.bodySnippet()).close("p");
    }
    h.open("p", "class", "hit-meta");
    h.el("span", hit.organName()).text(" · ").el("span", hit.categoryName()).text(" · ");
    h.el("time", Format.date(hit.publishedAt()), "datetime", Format.iso(hit.publishedAt()));
    if (hit.windowStart() != null && hit.windowEnd() != null) {
      h.text(" · ");
      window(h, hit.windowStart(), hit.windowEnd(), today);
    }
    h.close("p");
    h.close("li");
  }

  /** 公示中（还剩3天，截止3月6日） / 公示期满 / 未开始. */
  public static void window(Html h, LocalDate start, LocalDate end, LocalDate today) {
    if (today.isBefore(start)) {
      h.el("span", "公示将于" + Format.date(start) + "开始", "class", "badge");
    } else if (today.isAfter(end)) {
      h.el("span", "公示期满（" + Format.date(end) + "）", "class", "badge closed");
    } else {
      h.el("span", "公示中 · " + daysLeft(today, end) + " · 截止" + Format.date(end), "class", "badge open");
    }
  }

  /** 还剩3天 (today counted) or 今天截止. */
  public static String daysLeft(LocalDate today, LocalDate end) {
    long days = ChronoUnit.DAYS.between(today, end) + 1;
    return days <= 1 ? "今天截止" : "还剩" + days + "天";
  }
}
