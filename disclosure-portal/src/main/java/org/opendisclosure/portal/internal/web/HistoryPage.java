package org.opendisclosure.portal.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.core.history.FieldChange;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.history.PublicVersion;
import org.opendisclosure.core.history.RevisionDiff;
import org.opendisclosure.core.history.TextChange;
import org.opendisclosure.portal.internal.FieldLabels;
import org.opendisclosure.portal.internal.Format;
import org.opendisclosure.portal.internal.PrintedCheck;
import org.opendisclosure.portal.internal.Site;

/**
 * 修改历史: every public version, newest first, with its correction note, the changed fields and the
 * body text side by side; for a withdrawn item only the date and reason of the withdrawal.
 */
public final class HistoryPage {
  private HistoryPage() {}

  public static String render(Site site, PublicHistory history) {
    List<PublicVersion> versions = history.versions();
    String id = history.itemId().value();
    String title = versions.isEmpty() ? "已撤回的信息" : versions.get(versions.size() - 1).revision().title();
    return Layout.page(site, "修改历史：" + title, null, true, List.of(), h -> {
      h.el("h1", "修改历史");
      if (!versions.isEmpty()) {
        h.open("p", "class", "lead").el("a", title, "href", Urls.item(id)).close("p");
      }
      if (history.withdrawal() != null) {
        h.open("section", "class", "check bad", "aria-labelledby", "withdrawn-heading");
        h.el("h2", "已撤回", "id", "withdrawn-heading");
        h.el("p", "该信息已于" + Format.date(history.withdrawal().at()) + "撤回。撤回理由：" + history.withdrawal().reason());
        h.el("p", "撤回后，原内容不再公开显示；撤回记录保留在发布日志中。", "class", "hint");
        h.close("section");
      }
      for (int i = versions.size() - 1; i >= 0; i--) {
        version(h, versions.get(i), i + 1);
      }
    });
  }

  private static void version(Html h, PublicVersion v, int number) {
    String headingId = "v" + number;
    h.open("section", "class", "version panel", "aria-labelledby", headingId);
    h.el("h2", "第" + number + "版 · " + (v.correction() ? "更正" : "首次发布") + " · " + Format.date(v.publishedAt()),
        "id", headingId);
    if (v.correction() && v.note() != null) {
      h.open("p").el("strong", "更正说明：").text(v.note()).close("p");
    }
    String hash = PrintedCheck.hash(v);
    if (hash != null) {
      h.open("p", "class", "hint").text("内容哈希（SHA-256）：").el("code", hash, "class", "hash").close("p");
    }
    RevisionDiff d = v.changes();
    if (d == null) {
      h.close("section");
      return;
    }
    if (!d.fields().isEmpty()) {
      String caption = "第" + (number - 1) + "版与第" + number + "版的字段变化";
      Layout.scrollable(h, caption, () -> {
        h.open("table", "class", "diff-fields").el("caption", caption);
        h.open("thead").open("tr").el("th", "字段", "scope", "col").el("th", "更正前", "scope", "col")
            .el("th", "更正后", "scope", "col").close("tr").close("thead").open("tbody");
        for (FieldChange f : d.fields()) {
          h.open("tr").el("th", FieldLabels.of(f.path()), "scope", "row");
          h.open("td").open("del").text(f.before() == null ? "（无）" : f.before()).close("del").close("td");
          h.open("td").open("ins").text(f.after() == null ? "（无）" : f.after()).close("ins").close("td");
          h.close("tr");
        }
        h.close("tbody").close("table");
      });
    }
    if (d.bodyChanged()) {
      String caption = "正文变化（左：更正前，右：更正后）";
      Layout.scrollable(h, caption, () -> {
        h.open("table", "class", "diff-body").el("caption", caption);
        h.open("thead").open("tr").el("th", "更正前", "scope", "col").el("th", "更正后", "scope", "col").close("tr")
            .close("thead").open("tbody");
        for (Row row : rows(d.body())) {
          h.open("tr");
          cell(h, row.before(), "del");
          cell(h, row.after(), "ins");
          h.close("tr");
        }
        h.close("tbody").close("table");
      });
    }
    h.close("section");
  }

  private static void cell(Html h, TextChange c, String changedTag) {
    if (c == null) {
      h.el("td", "", "class", "blank");
    } else if (c.op() == TextChange.Op.KEPT) {
      h.el("td", c.line(), "class", "kept");
    } else {
      h.open("td", "class", changedTag).el(changedTag, c.line()).close("td");
    }
  }

  /** One line of the side-by-side view: a kept line on both sides, or removed beside added lines. */
  record Row(TextChange before, TextChange after) {}

  /** Pairs runs of removed lines with the added lines that follow them, side by side. */
  static List<Row> rows(List<TextChange> changes) {
    List<Row> out = new ArrayList<>();
    List<TextChange> removed = new ArrayList<>();
    List<TextChange> added = new ArrayList<>();
    for (TextChange c : changes) {
      if (c.op() == TextChange.Op.KEPT) {
        flush(out, removed, added);
        out.add(new Row(c, c));
      } else if (c.op() == TextChange.Op.REMOVED) {
        if (!added.isEmpty()) {
          flush(out, removed, added);
        }
        removed.add(c);
      } else {
        added.add(c);
      }
    }
    flush(out, removed, added);
    return out;
  }

  private static void flush(List<Row> out, List<TextChange> removed, List<TextChange> added) {
    for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
      out.add(new Row(i < removed.size() ? removed.get(i) : null, i < added.size() ? added.get(i) : null));
    }
    removed.clear();
    added.clear();
  }
}
