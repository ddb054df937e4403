package org.opendisclosure.core.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

class HtmlSanitizerTest {
  private static final HtmlSanitizer SANITIZER = HtmlSanitizer.standard();

  static String resource(String name) {
    try (InputStream in = HtmlSanitizerTest.class.getResourceAsStream("/html/" + name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body as jsoup parses it, serialised the way the sanitiser serialises. */
  private static String parsed(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings(new Document.OutputSettings().prettyPrint(false));
    return document.body().html();
  }

  @Test
  void budgetTableWithMergedCellsSurvivesUnchanged() {
    String budget = resource("township-budget-2024.html");

    String html = SANITIZER.sanitize(budget).html();

    assertThat(html).isEqualTo(parsed(budget));
    Element table = Jsoup.parseBodyFragment(html).selectFirst("table");
    assertThat(table).isNotNull();
    assertThat(table.select("thead tr")).hasSize(2);
    assertThat(table.select("thead th[rowspan=2]")).extracting(Element::text)
        .containsExactly("合计", "项目支出");
    assertThat(table.select("thead th[colspan=2]")).extracting(Element::text)
        .containsExactly("功能分类科目", "基本支出");
    assertThat(table.select("tbody tr")).hasSize(15);
    assertThat(table.select("tbody tr").first().select("td").first().attr("colspan"))
        .isEqualTo("2");
  }

  @Test
  void everyLinkGetsNofollowNoopenerAndLosesItsTarget() {
    String html =
        SANITIZER.sanitize(
                "<p><a href=\"https://www.gov.cn/\" target=\"_blank\" rel=\"opener\">中国政府网</a>"
                    + " <a href=\"mailto:xxgk@example.gov.cn\">来信</a>"
                    + " <a href=\"http://www.example.gov.cn/a.pdf\">附件</a></p>")
            .html();

    assertThat(html)
        .isEqualTo(
            "<p><a href=\"https://www.gov.cn/\" rel=\"nofollow noopener\">中国政府网</a>"
                + " <a href=\"mailto:xxgk@example.gov.cn\" rel=\"nofollow noopener\">来信</a>"
                + " <a href=\"http://www.example.gov.cn/a.pdf\" rel=\"nofollow noopener\">附件</a>"
                + "</p>");
  }

  @Test
  void linkWithARefusedHrefBecomesItsText() {
    assertThat(
            SANITIZER.sanitize(
                    "<p><a href=\"javascript:alert(1)\">点击</a>查看<a href=\"/relative\">附件</a></p>")
                .html())
        .isEqualTo("<p>点击查看附件</p>");
  }

  @Test
  void httpImagesAreKeptAndDataImagesRemoved() {
    String html =
        SANITIZER.sanitize(
                "<p><img src=\"https://www.example.gov.cn/img/map.png\" alt=\"征收范围示意图\""
                    + " width=\"600\" height=\"400\" title=\"示意图\" class=\"x\" onload=\"f()\">"
                    + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"内嵌\"></p>")
            .html();

    assertThat(html)
        .isEqualTo(
            "<p><img src=\"https://www.example.gov.cn/img/map.png\" alt=\"征收范围示意图\""
                + " width=\"600\" height=\"400\" title=\"示意图\"></p>");
  }

  @Test
  void unknownTagsAreUnwrappedAndTheirTextKept() {
    assertThat(
            SANITIZER.sanitize(
                    "<section><o:p>公示期间</o:p><font color=red>如有异议</font></section>")
                .html())
        .isEqualTo("公示期间如有异议");
  }

  @Test
  void scriptsStylesAndCommentsGoWithTheirContent() {
    assertThat(
            SANITIZER.sanitize(
                    "<p>正文<!-- 编辑备注 --></p><script>var a = 1;</script>"
                        + "<style>p{color:red}</style><textarea>草稿</textarea>")
                .html())
        .isEqualTo("<p>正文</p>");
  }

  @Test
  void sanitisingIsIdempotent() {
    String messy =
        resource("township-budget-2024.html")
            + "<p>一<b>二<p>三</b>四<pre>\n\n  缩进\n</pre><ul><li>五<li>六</ul>"
            + "<a href=\"https://www.example.gov.cn/a b.pdf\">附件</a><table><tr><td>七</table>"
            + "<dl><dt>八<dd>九</dl>&lt;script&gt;&amp;nbsp;";
    SanitizedBody once = SANITIZER.sanitize(messy);

    SanitizedBody twice = SANITIZER.sanitize(once.html());

    assertThat(twice.html()).isEqualTo(once.html());
    assertThat(twice.text()).isEqualTo(once.text());
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    String budget = resource("township-budget-2024.html");
    SanitizedBody expected = SANITIZER.sanitize(budget);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SanitizedBody>> results =
          pool.invokeAll(
              IntStream.range(0, 40)
                  .<Callable<SanitizedBody>>mapToObj(
                      i -> () -> SANITIZER.sanitize(budget))
                  .toList());
      for (Future<SanitizedBody> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void outputIsNotPrettyPrinted() {
    assertThat(SANITIZER.sanitize("<div><p>甲</p><p>乙</p></div>").html())
        .isEqualTo("<div><p>甲</p><p>乙</p></div>");
  }

  @Test
  void nullAndEmptyInputAreAnEmptyBody() {
    assertThat(SANITIZER.sanitize(null)).isEqualTo(new SanitizedBody("", ""));
    assertThat(SANITIZER.sanitize("")).isEqualTo(new SanitizedBody("", ""));
  }

  @Test
  void inputAtTheMaximumIsAccepted() {
    String longest = "字".repeat(HtmlSanitizer.MAX_INPUT_CHARS);

    assertThat(SANITIZER.sanitize(longest).text()).hasSize(HtmlSanitizer.MAX_INPUT_CHARS);
  }

  @Test
  void oversizedInputIsRefusedOnTheBodyField() {
    String tooLong = "字".repeat(HtmlSanitizer.MAX_INPUT_CHARS + 1);

    assertThatThrownBy(() -> SANITIZER.sanitize(tooLong))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("body"));
  }

  @Test
  void sanitizedBodyRefusesNulls() {
    assertThatThrownBy(() -> new SanitizedBody(null, ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("html");
    assertThatThrownBy(() -> new SanitizedBody("", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}
