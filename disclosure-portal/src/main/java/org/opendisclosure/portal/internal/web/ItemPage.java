package org.opendisclosure.portal.internal.web;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.opendisclosure.core.ContentHashes;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.history.PublicVersion;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.PublicityWindow;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.portal.internal.Format;
import org.opendisclosure.portal.internal.NoticeContent;
import org.opendisclosure.portal.internal.PrintedCheck;
import org.opendisclosure.portal.internal.Site;

/**
 * 信息页: the notice rendered for people — facts, tables and charts, the body, the window with its
 * end date and the objection form while it is open, the printed-copy check, and "核验" (verify in
 * the browser against the transparency log).
 */
public final class ItemPage {
  /** The state of the objection form: nothing yet, received, or refused with a message and what was typed. */
  public record Objection(boolean received, String error, String body, String contact) {
    public static final Objection NONE = new Objection(false, null, null, null);
  }

  private ItemPage() {}

  public static String render(Site site, ItemView view, PublicHistory history, Objection objection, String printed) {
    Item item = view.item();
    Revision r = view.revision();
    String id = item.id().value();
    NoticeContent content = NoticeContent.of(r.payload());
    List<PublicVersion> versions = history.versions();
    String organName = site.organName(item.organCode());
    return Layout.page(site, r.title(), null, true, List.of("vendor/echarts.min.js", "charts.js", "verify.js"), h -> {
      h.open("nav", "aria-label", "位置", "class", "breadcrumb").open("ol");
      h.open("li").el("a", "首页", "href", "/").close("li");
      h.open("li").el("a", organName, "href", Urls.organ(item.organCode())).close("li");
      h.open("li").el("a", site.categoryName(item.categoryCode()), "href",
          Urls.query("/search", "category", item.categoryCode(), "sort", "date")).close("li");
      h.close("ol").close("nav");
      if (printed != null) {
        printedCheck(h, PrintedCheck.check(history, printed));
      }
      h.open("article", "class", "notice");
      h.el("h1", r.title());
      h.open("dl", "class", "meta");
      meta(h, "索引号", item.indexNumber());
      h.open("div").el("dt", "发布机构").open("dd").el("a", organName, "href", Urls.organ(item.organCode())).close("dd").close("div");
      meta(h, "主题分类", site.categoryName(item.categoryCode()));
      meta(h, "生成日期", Format.date(r.formedOn()));
      meta(h, "发布日期", Format.date(item.publishedAt()));
      if (r.payload() instanceof Document d && d.documentNumber() != null) {
        meta(h, "文号", d.documentNumber());
      }
      h.open("div").el("dt", "版本").open("dd").text("第" + versions.size() + "版");
      if (versions.size() > 1) {
        h.text("（已更正，").el("a", "查看更正记录", "href", Urls.history(id)).text("）");
      }
      h.close("dd").close("div");
      h.close("dl");
      if (r.isRedacted()) {
        h.el("p", "此信息的内容因含有不应公开的个人信息已依法删除。", "class", "notice-box");
        h.close("article");
        return;
      }
      if (item.window() != null) {
        window(h, item.window(), site, objection, id);
      }
      if (!content.facts().isEmpty()) {
        h.el("h2", "主要内容");
        Blocks.facts(h, content.facts());
      }
      for (NoticeContent.Table t : content.tables()) {
        Blocks.table(h, t);
      }
      content.charts().forEach(c -> Blocks.chart(h, c));
      if (!r.bodyHtml().isBlank()) {
        h.el("h2", "正文");
        h.open("div", "class", "body-text").trusted(Jsoup.clean(r.bodyHtml(), Safelist.relaxed())).close("div");
      }
      h.close("article");
      h.open("ul", "class", "actions");
      h.open("li").el("a", "打印公告（PDF，可张贴于公示栏）", "href", Urls.notice(id)).close("li");
      h.open("li").el("a", "查看修改历史", "href", Urls.history(id)).close("li");
      h.close("ul");
      verify(h, site, id, ContentHashes.canonicalContent(r));
    });
  }

  private static void meta(Html h, String label, String value) {
    h.open("div").el("dt", label).el("dd", value).close("div");
  }

  private static void window(Html h, PublicityWindow w, Site site, Objection objection, String id) {
    PublicityWindow.WindowState state = w.state(site.today());
    h.open("section", "class", "window " + state.name().toLowerCase(java.util.Locale.ROOT), "aria-labelledby",
        "window-heading", "id", "objection");
    h.el("h2", "公示期", "id", "window-heading");
    h.open("p").text("公示时间：" + Format.date(w.start()) + "至" + Format.date(w.end()) + "。");
    Blocks.window(h, w.start(), w.end(), site.today());
    h.close("p");
    if (w.provisional()) {
      h.el("p", "截止日期按尚未公布的节假日安排暂定，以最终公布为准。", "class", "hint");
    }
    if (objection.received()) {
      h.el("p", "您的意见已收到。意见只提供给发布机关的工作人员处理，不会在网站上公开。", "class", "ok", "role", "status");
    }
    if (state == PublicityWindow.WindowState.OPEN) {
      h.open("form", "method", "post", "action", Urls.item(id) + "/objections", "class", "objection-form");
      h.el("h3", "提出意见");
      h.el("p", "公示期内，您可以对公示内容提出意见。请实事求是，提倡署真实姓名和联系方式。", "class", "hint");
      if (objection.error() != null) {
        h.el("p", objection.error(), "class", "error", "role", "alert", "id", "objection-error");
      }
      h.el("label", "意见内容（必填）", "for", "objection-body");
      h.open("textarea", "id", "objection-body", "name", "body", "rows", "5", "required", "", "maxlength", "4000",
          "aria-describedby", objection.error() != null ? "objection-error" : null).text(objection.body()).close("textarea");
      h.el("label", "联系方式（选填，仅工作人员可见）", "for", "objection-contact");
      h.empty("input", "type", "text", "id", "objection-contact", "name", "contact", "maxlength", "200",
          "autocomplete", "tel", "value", objection.contact() == null ? null : objection.contact());
      h.el("button", "提交意见", "type", "submit");
      h.close("form");
    } else if (state == PublicityWindow.WindowState.CLOSED) {
      h.el("p", "公示期已满，不再通过本网站接收意见。");
    }
    h.close("section");
  }

  private static void printedCheck(Html h, PrintedCheck.Result result) {
    String cls = switch (result.outcome()) {
      case CURRENT -> "check ok";
      case CORRECTED, UNKNOWN -> "check warn";
      case WITHDRAWN -> "check bad";
    };
    h.open("section", "class", cls, "aria-labelledby", "printed-heading", "role", "status");
    h.el("h2", "纸质公告核对结果", "id", "printed-heading");
    switch (result.outcome()) {
      case CURRENT -> h.el("p", "您扫描的纸质公告与本站当前公开的版本一致（发布于" + Format.date(result.printed().publishedAt()) + "）。");
      case CORRECTED -> {
        h.el("p", "您扫描的纸质公告（发布于" + Format.date(result.printed().publishedAt()) + "）已被更正，以下为当前版本。");
        h.open("ul");
        for (PublicVersion v : result.later()) {
          h.el("li", Format.date(v.publishedAt()) + "更正：" + (v.note() == null ? "" : v.note()));
        }
        h.close("ul");
      }
      case WITHDRAWN -> h.el("p", "该公告已撤回。");
      case UNKNOWN -> h.el("p", "本站没有与该纸质公告内容一致的公开版本，请以本页内容为准，必要时向发布机关核实。");
    }
    h.close("section");
  }

  private static void verify(Html h, Site site, String id, String canonical) {
    String api = site.options().logApiBase();
    h.open("section", "class", "verify panel", "aria-labelledby", "verify-heading", "data-item-id", id,
        "data-proof-url", api + "/items/" + Urls.encode(id) + "/proof", "data-checkpoint-url", api + "/log/checkpoint",
        "data-key-url", api + "/log/key");
    h.el("h2", "核验真实性", "id", "verify-heading");
    h.el("p", "本站把每次发布、更正和撤回记入一本只能追加、由数字签名保护的发布日志。点击“核验”，您的浏览器会自行计算本页内容的哈希，"
        + "检查它是否记录在已签名的日志中。");
    h.el("button", "核验", "type", "button", "class", "verify-button", "hidden", "");
    h.open("div", "class", "verify-result", "role", "status", "aria-live", "polite").close("div");
    h.open("noscript").el("p", "核验需要启用 JavaScript。也可以下载本信息、证明和签名检查点，用独立的核验程序离线核验。").close("noscript");
    h.open("details").el("summary", "本页内容的规范化数据（用于计算哈希）");
    h.el("pre", canonical, "class", "canonical", "id", "canonical-content");
    h.close("details");
    h.close("section");
  }
}
