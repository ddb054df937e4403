package org.opendisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.ContentHashes;
import org.opendisclosure.core.log.LogVerifier;
import org.opendisclosure.core.testing.Staff;

/** The pages over HTTP, without a browser: what they show, what they never show, and that they escape. */
class PortalPagesTest {
  @TempDir
  static Path dir;
  static PortalFixture f;

  @BeforeAll
  static void start() {
    f = new PortalFixture(dir);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  static Document page(String path) {
    HttpResponse<String> r = f.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    return Jsoup.parse(r.body());
  }

  @Test
  void homeShowsOpenNoticesWithDaysLeftAndTheNewestPublications() {
    Document home = page("/");
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    Element open = home.getElementById("open-heading").parent();
    assertThat(open.text()).contains(PortalFixture.CADRE_TITLE).contains("公示中").contains("还剩8天")
        .contains("截止2026年3月9日").contains(PortalFixture.ASSISTANCE_TITLE).doesNotContain(PortalFixture.POLICY_TITLE);
    Element newest = home.getElementById("new-heading").parent();
    assertThat(newest.select("li.hit h3").first().text()).isEqualTo("<script>alert('x')</script>关于<b>加强</b>管理的通知");
    assertThat(newest.text()).contains(PortalFixture.POLICY_TITLE);
    assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/api/v1/feed.atom");
    assertThat(home.select("label[for=home-q]").text()).isEqualTo("搜索政府公开信息");
    assertThat(home.getElementById("home-q").attr("data-suggest")).isEqualTo("/portal-api/suggest");
  }

  @Test
  void searchShowsMarkedSnippetsFacetsWithCountsAndKeepsItsStateInTheUrl() {
    Document results = page("/search?q=" + enc("三公经费"));
    assertThat(results.select("li.hit")).isNotEmpty();
    assertThat(results.select("li.hit h3 mark").text()).contains("三公");
    assertThat(results.select("li.hit").first().text()).contains(PortalFixture.EXPENSES_TITLE);
    Element facet = results.select(".facets a[href*=category=three-public-expenses]").first();
    assertThat(facet).isNotNull();
    assertThat(facet.text()).contains("三公经费").contains("(1)");
    Document filtered = page(facet.attr("href"));
    assertThat(filtered.select("li.hit")).hasSize(1);
    assertThat(filtered.select(".facets a[aria-current=true]").text()).contains("三公经费");
    assertThat(filtered.select(".sort a").attr("href")).contains("q=").contains("category=three-public-expenses")
        .contains("sort=date");
    Document organ = page("/search?organ=11350100MB0000004X");
    assertThat(organ.select("li.hit")).extracting(Element::text).allMatch(t -> t.contains("青山乡"));
    assertThat(page("/search?q=" + enc("公示") + "&window=open").select("li.hit")).extracting(Element::text)
        .anyMatch(t -> t.contains(PortalFixture.CADRE_TITLE))
        .noneMatch(t -> t.contains(PortalFixture.POLICY_TITLE));
  }

  @Test
  void searchPagesThroughResultsAndRefusesAnOverlongQueryWithAMessage() {
    Document first = page("/search?sort=date");
    assertThat(first.select(".results-count").text()).isEqualTo("共找到 8 条");
    Document second = page(first.select(".pager a[rel=next]").attr("href"));
    assertThat(second.select("ol.hits").attr("start")).isEqualTo("6");
    assertThat(second.select("li.hit")).hasSize(3);
    assertThat(second.select(".pager [aria-current=page]").text()).isEqualTo("第2页");
    HttpResponse<String> tooLong = f.get("/search?q=" + enc("很".repeat(300)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(tooLong.body()).select(".error").text()).contains("不能超过200个字");
  }

  @Test
  void threePublicExpensesAreATableOfThisYearAgainstLastAndChartData() {
    Document item = page("/items/" + f.expenses.value());
    assertThat(item.select("h1").text()).isEqualTo(PortalFixture.EXPENSES_TITLE);
    Element table = item.select("table").first();
    assertThat(table.select("caption").text()).isEqualTo("“三公”经费决算表");
    assertThat(table.select("thead th")).extracting(Element::text)
        .containsExactly("项目", "2024年决算数（万元）", "2023年决算数（万元）", "增减（万元）", "增减幅度");
    assertThat(table.select("tbody tr").first().select("th, td")).extracting(Element::text)
        .containsExactly("合计", "38.62", "42.77", "-4.15", "-9.7%");
    assertThat(table.select("tbody tr").last().select("th, td")).extracting(Element::text)
        .containsExactly("公务接待费", "7.42", "9.37", "-1.95", "-20.8%");
    Element chart = item.selectFirst("[data-chart]");
    assertThat(chart.attr("data-chart")).contains("\"categories\":[\"因公出国（境）费\"").contains("\"name\":\"2023年\"")
        .contains("9.37");
    assertThat(chart.attr("role")).isEqualTo("img");
    assertThat(item.select(".facts").text()).contains("压减公务接待和车辆运行费用");
    assertThat(item.select(".meta").text()).contains("第2版").contains("已更正");
  }

  @Test
  void theItemPageEmbedsExactlyTheCanonicalContentTheLogHashes() {
    Document item = page("/items/" + f.assistance.value());
    String embedded = item.getElementById("canonical-content").wholeText();
    assertThat(embedded).isEqualTo(ContentHashes.canonicalContent(f.d.published(f.assistance).orElseThrow().revision()));
    assertThat(embedded).contains("440524********0014");
    Element verify = item.selectFirst("section.verify");
    assertThat(verify.attr("data-proof-url")).isEqualTo("/portal-api/items/" + f.assistance.value() + "/proof");
  }

  @Test
  void theLogEndpointsAndTheEmbeddedContentVerifyWithTheStandaloneVerifier() throws Exception {
    String content = page("/items/" + f.cadre.value()).getElementById("canonical-content").wholeText();
    String itemJson = "{\"id\":\"" + f.cadre.value() + "\",\"content\":" + content + "}";
    String proof = f.get("/portal-api/items/" + f.cadre.value() + "/proof").body();
    String checkpoint = f.get("/portal-api/log/checkpoint").body();
    var key = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.get("/portal-api/log/key").body());
    LogVerifier.Result result = LogVerifier.verify(itemJson, proof, checkpoint, key.get("name").asText(),
        Base64.getDecoder().decode(key.get("publicKey").asText()));
    assertThat(result.outcomes()).allMatch(LogVerifier.Outcome::passed);
    assertThat(f.get("/portal-api/items/" + f.draft.value() + "/proof").statusCode()).isEqualTo(404);
    assertThat(f.get("/portal-api/items/" + f.withdrawn.value() + "/proof").statusCode()).isEqualTo(404);
  }

  @Test
  void cadreNoticeListsPersonsWithTheWindowAndAnObjectionForm() {
    Document item = page("/items/" + f.cadre.value());
    assertThat(item.select("table caption").text()).isEqualTo("拟任用人选");
    assertThat(item.select("table tbody tr")).hasSize(2);
    assertThat(item.select("table tbody tr").first().text()).contains("王建国").contains("男").contains("1986年5月")
        .contains("青石镇党委副书记");
    Element window = item.getElementById("objection");
    assertThat(window.text()).contains("公示时间：2026年3月2日至2026年3月9日").contains("公示中").contains("还剩8天");
    Element form = window.selectFirst("form.objection-form");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.select("label[for=objection-body]").text()).contains("意见内容");
    assertThat(page("/items/" + f.policy.value()).select("form.objection-form")).isEmpty();
  }

  @Test
  void landNoticeShowsCompensationStandardsAndTheRegistrationDeadline() {
    Document item = page("/items/" + f.land.value());
    assertThat(item.select("table caption")).extracting(Element::text).contains("补偿标准", "征收土地地类及面积");
    assertThat(item.select("table").text()).contains("区片综合地价").contains("52000元").contains("元/亩");
    assertThat(item.select(".facts").text()).contains("登记截止日期 2026年4月30日")
        .contains("公告之日起30日内向清河县自然资源局书面提出").contains("12.35公顷（合185.25亩）");
  }

  @Test
  void householdListsNeverShowIdNumbers() {
    Document item = page("/items/" + f.assistance.value());
    assertThat(item.select("table tbody tr")).hasSize(3);
    assertThat(item.select("table thead").text()).doesNotContain("身份证");
    for (String id : PortalFixture.UNMASKED_IDS) {
      assertThat(item.html()).doesNotContain(id);
    }
  }

  @Test
  void historyShowsTheCorrectionNoteFieldChangesAndTheBodySideBySide() {
    Document history = page("/items/" + f.expenses.value() + "/history");
    assertThat(history.select("section.version h2")).extracting(Element::text)
        .containsExactly("第2版 · 更正 · 2026年3月2日", "第1版 · 首次发布 · 2026年3月2日");
    Element latest = history.select("section.version").first();
    assertThat(latest.text()).contains("更正说明：" + PortalFixture.CORRECTION_NOTE);
    assertThat(latest.select("table.diff-fields tbody tr").first().select("th").text()).isEqualTo("增减变化原因");
    assertThat(latest.select("table.diff-fields del").text()).contains("压减公务接待，公务用车运行维护费");
    assertThat(latest.select("table.diff-fields ins").text()).contains("压减公务接待和车辆运行费用");
    Element body = latest.selectFirst("table.diff-body");
    assertThat(body.select("td.del").text()).contains("下降9.7个百分点");
    assertThat(body.select("td.ins").text()).contains("下降9.7%");
    assertThat(body.select("tr").last().select("td.kept")).hasSize(2);
    assertThat(latest.select("code.hash").text()).isEqualTo(ContentHashes.hash(
        f.d.published(f.expenses).orElseThrow().revision()));
    assertThat(history.select("section.version").last().select("code.hash").text()).isEqualTo(f.expensesFirstHash);
  }

  @Test
  void aWithdrawnItemShowsTheReasonAndNotItsContent() {
    HttpResponse<String> item = f.get("/items/" + f.withdrawn.value());
    assertThat(item.statusCode()).isEqualTo(410);
    assertThat(item.body()).contains(PortalFixture.WITHDRAWAL_REASON).doesNotContain(PortalFixture.WITHDRAWN_BODY);
    Document history = page("/items/" + f.withdrawn.value() + "/history");
    assertThat(history.text()).contains("已撤回").contains(PortalFixture.WITHDRAWAL_REASON)
        .doesNotContain(PortalFixture.WITHDRAWN_BODY).doesNotContain("红岭镇旧版管理办法");
  }

  @Test
  void anOrganPageGroupsByCategoryAndCountsOverdueItemsWithoutTheirTitles() {
    Document organ = page("/organs/11350100MB0000003X");
    assertThat(organ.select("h1").text()).isEqualTo("红岭镇人民政府");
    assertThat(organ.select("section.category h3")).extracting(Element::text)
        .contains("行政法规、规章和规范性文件（2）", "三公经费（1）", "干部任前公示（1）");
    Element compliance = organ.selectFirst("section.compliance");
    assertThat(compliance.select("tbody tr").first().select("th, td")).extracting(Element::text)
        .containsExactly("红岭镇人民政府", "行政法规、规章和规范性文件", "1", "2026年2月2日");
    assertThat(organ.html()).doesNotContain(PortalFixture.OVERDUE_TITLE).doesNotContain(PortalFixture.DRAFT_TITLE);
    assertThat(organ.select("link[rel=alternate]").attr("href")).isEqualTo("/api/v1/feed.atom?organ=11350100MB0000003X");
    assertThat(page("/organs").select(".organ-tree a")).extracting(Element::text).contains("某县人民政府", "红岭村民委员会");
    assertThat(f.get("/organs/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void noPageLeaksDraftsWithdrawnContentFeedbackOrIdNumbers() {
    List<String> paths = new ArrayList<>(List.of("/", "/search", "/search?q=" + enc("草稿"), "/search?q=" + enc("秘密"),
        "/search?q=" + enc("旧条款"), "/organs", "/portal-api/suggest?q=" + enc("内部"),
        "/portal-api/suggest?q=" + enc("逾期"), "/portal-api/suggest?q=" + enc("红岭镇")));
    for (var o : f.d.organs()) {
      paths.add("/organs/" + o.code());
    }
    for (var id : List.of(f.expenses, f.budget, f.cadre, f.land, f.assistance, f.procurement, f.policy, f.markup)) {
      paths.add("/items/" + id.value());
      paths.add("/items/" + id.value() + "/history");
    }
    for (String path : paths) {
      String body = f.get(path).body();
      assertThat(body).as(path).doesNotContain(PortalFixture.DRAFT_TITLE).doesNotContain(PortalFixture.OVERDUE_TITLE)
          .doesNotContain("草稿正文不公开").doesNotContain(PortalFixture.WITHDRAWN_BODY)
          .doesNotContain(PortalFixture.FEEDBACK_SECRET).doesNotContain("13812345678")
          .doesNotContain(PortalFixture.UNMASKED_IDS[0]).doesNotContain(PortalFixture.UNMASKED_IDS[1]);
    }
    HttpResponse<String> draft = f.get("/items/" + f.draft.value());
    HttpResponse<String> unknown = f.get("/items/01ARZ3NDEKTSV4RRFFQ69G5FAV");
    assertThat(draft.statusCode()).isEqualTo(404);
    assertThat(draft.body()).isEqualTo(unknown.body());
    assertThat(f.get("/items/" + f.draft.value() + "/history").statusCode()).isEqualTo(404);
    assertThat(f.get("/items/not-an-id").statusCode()).isEqualTo(404);
  }

  @Test
  void titlesAndQueriesWithMarkupAreShownAsText() {
    String item = f.get("/items/" + f.markup.value()).body();
    assertThat(item).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;关于&lt;b&gt;加强&lt;/b&gt;管理的通知")
        .doesNotContain("<script>alert").doesNotContain("<b>加强");
    assertThat(Jsoup.parse(item).select("h1").text()).isEqualTo(PortalFixture.MARKUP_TITLE);
    String home = f.get("/").body();
    assertThat(home).doesNotContain("<script>alert").doesNotContain("<b>加强");
    String results = f.get("/search?q=" + enc("管理 <img src=x onerror=alert(1)>")).body();
    assertThat(results).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<b>加强");
    assertThat(Jsoup.parse(results).select("script")).allMatch(s -> s.hasAttr("src") && s.data().isEmpty());
  }

  @Test
  void anObjectionIsStoredPrivatelyAndConfirmed() {
    int before = f.d.feedbackCount(f.cadre);
    HttpResponse<String> r = post("/items/" + f.cadre.value() + "/objections", "body=" + enc("对王建国同志有不同意见")
        + "&contact=" + enc("电话0571-1234567"), null);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/items/" + f.cadre.value()
        + "?objection=received#objection");
    assertThat(f.d.feedbackCount(f.cadre)).isEqualTo(before + 1);
    assertThat(f.d.feedback(f.cadre, Staff.APPROVER)).anyMatch(fb -> fb.body().equals("对王建国同志有不同意见"));
    Document after = page("/items/" + f.cadre.value() + "?objection=received");
    assertThat(after.select("#objection [role=status]").text()).contains("您的意见已收到");
    assertThat(after.text()).doesNotContain("对王建国同志有不同意见");
  }

  @Test
  void aRefusedObjectionIsShownBackAsTextWithTheProblem() {
    String typed = "<img src=x onerror=alert(1)>" + "很".repeat(4001);
    HttpResponse<String> r = post("/items/" + f.cadre.value() + "/objections", "body=" + enc(typed), null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    Document page = Jsoup.parse(r.body());
    assertThat(page.getElementById("objection-body").text()).isEqualTo(typed);
    assertThat(page.select("#objection-error").text()).contains("4000字");
    assertThat(post("/items/" + f.cadre.value() + "/objections", "body=", null).statusCode()).isEqualTo(400);
    assertThat(post("/items/" + f.policy.value() + "/objections", "body=x", null).statusCode()).isEqualTo(409);
  }

  @Test
  void anObjectionPostedFromAnotherSiteIsRefused() {
    int before = f.d.feedbackCount(f.cadre);
    HttpResponse<String> r = post("/items/" + f.cadre.value() + "/objections", "body=" + enc("跨站提交"),
        "http://evil.example");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(f.d.feedbackCount(f.cadre)).isEqualTo(before);
  }

  @Test
  void assetsComeFromTheJarAndNothingElseOnTheClassPathIsServed() {
    HttpResponse<String> echarts = f.get("/assets/vendor/echarts.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body()).contains("echarts");
    assertThat(f.get("/assets/verify.js").body()).contains("Ed25519");
    assertThat(f.get("/assets/../org/opendisclosure/portal/Portal.class").statusCode()).isEqualTo(404);
    assertThat(f.get("/assets/META-INF/MANIFEST.MF").statusCode()).isEqualTo(404);
    assertThat(f.get("/").headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
  }

  private static HttpResponse<String> post(String path, String form, String origin) {
    HttpRequest.Builder b = HttpRequest.newBuilder(f.base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      b.header("Origin", origin);
    }
    return f.send(b.build());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
