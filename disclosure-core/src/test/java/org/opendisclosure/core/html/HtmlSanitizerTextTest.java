package org.opendisclosure.core.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTextTest {
  private static final HtmlSanitizer SANITIZER = HtmlSanitizer.standard();

  private static String text(String html) {
    return SANITIZER.sanitize(html).text();
  }

  @Test
  void budgetTableHasOneRowPerLineAndTabsBetweenCells() {
    String text = text(HtmlSanitizerTest.resource("township-budget-2024.html"));

    assertThat(text)
        .isEqualTo(
            """
            ××镇2024年一般公共预算支出表
            单位：万元
            表五 ××镇2024年一般公共预算支出表
            功能分类科目\t合计\t基本支出\t项目支出
            科目编码\t科目名称\t人员经费\t公用经费
            合计\t2,856.40\t1,326.30\t164.90\t1,365.20
            201\t一般公共服务支出\t986.50\t642.30\t118.20\t226.00
            20103\t政府办公厅（室）及相关机构事务\t986.50\t642.30\t118.20\t226.00
            2010301\t行政运行\t760.50\t642.30\t118.20\t
            2010399\t其他政府办公厅（室）及相关机构事务支出\t226.00\t\t\t226.00
            208\t社会保障和就业支出\t412.80\t298.60\t\t114.20
            20805\t行政事业单位养老支出\t298.60\t298.60\t\t
            2080505\t机关事业单位基本养老保险缴费支出\t298.60\t298.60\t\t
            20808\t抚恤\t114.20\t\t\t114.20
            2080801\t死亡抚恤\t114.20\t\t\t114.20
            213\t农林水支出\t1,457.10\t385.40\t46.70\t1,025.00
            21301\t农业农村\t432.10\t385.40\t46.70\t
            2130104\t事业运行\t432.10\t385.40\t46.70\t
            21305\t巩固脱贫攻坚成果衔接乡村振兴\t1,025.00\t\t\t1,025.00
            2130599\t其他巩固脱贫攻坚成果衔接乡村振兴支出\t1,025.00\t\t\t1,025.00
            注：本表不含政府性基金预算和国有资本经营预算安排的支出。""");
  }

  @Test
  void noticeHasOneLinePerHeadingParagraphAndListItem() {
    String notice =
        """
        <h2 align="center">××镇人民政府关于做好2024年春季森林防火工作的通告</h2>
        <p>　　为切实做好春季森林防火工作，保护森林资源和人民群众生命财产安全，
        根据《森林防火条例》有关规定，现将有关事项通告如下：</p>
        <h3>一、防火期</h3>
        <p>2024年2月1日至2024年5月31日为森林防火期。</p>
        <h3>二、禁止行为</h3>
        <ol>
          <li>在林区内吸烟、烧纸、烧香、燃放烟花爆竹；</li>
          <li>野外烧荒、烧田埂草、烧秸秆 &amp; 生活垃圾；</li>
        </ol>
        <p>举报电话：0××-12119&nbsp;&nbsp;&nbsp;受理单位：镇应急办</p>
        <p align="right">××镇人民政府<br>2024年1月25日</p>
        """;

    assertThat(text(notice))
        .isEqualTo(
            """
            ××镇人民政府关于做好2024年春季森林防火工作的通告
            为切实做好春季森林防火工作，保护森林资源和人民群众生命财产安全， 根据《森林防火条例》有关规定，现将有关事项通告如下：
            一、防火期
            2024年2月1日至2024年5月31日为森林防火期。
            二、禁止行为
            在林区内吸烟、烧纸、烧香、燃放烟花爆竹；
            野外烧荒、烧田埂草、烧秸秆 & 生活垃圾；
            举报电话：0××-12119 受理单位：镇应急办
            ××镇人民政府
            2024年1月25日""");
  }

  @Test
  void blocksInsideACellStayOnTheRowLine() {
    assertThat(
            text(
                "<table><tr><td><p>张××</p><p>（户主）</p></td><td>3<br>人</td></tr>"
                    + "<tr><td></td><td>1</td></tr></table>"))
        .isEqualTo("张×× （户主）\t3 人\n\t1");
  }

  @Test
  void definitionListsQuotesAndPreformattedTextEndLines() {
    assertThat(
            text(
                "<dl><dt>索引号</dt><dd>11500000-2024-00017</dd><dt>文号</dt>"
                    + "<dd>×政办发〔2024〕5号</dd></dl><blockquote>各乡镇人民政府：</blockquote>"
                    + "<pre>第一条  总则\n第二条  适用范围</pre><hr>尾"))
        .isEqualTo(
            """
            索引号
            11500000-2024-00017
            文号
            ×政办发〔2024〕5号
            各乡镇人民政府：
            第一条 总则
            第二条 适用范围
            尾""");
  }

  @Test
  void entitiesAreDecodedAndInlineElementsDoNotBreakWords() {
    assertThat(text("<p>A&amp;B &lt;通知&gt; <b>加</b><i>粗</i>&#x4E2D;</p>"))
        .isEqualTo("A&B <通知> 加粗中");
  }

  @Test
  void noLeadingOrTrailingBlankLines() {
    assertThat(text("<br><p>&nbsp;</p>\n<div> 正文 </div><p></p><br><br>")).isEqualTo("正文");
  }

  @Test
  void sameHtmlGivesSameText() {
    String budget = HtmlSanitizerTest.resource("township-budget-2024.html");

    assertThat(text(budget)).isEqualTo(text(budget)).isEqualTo(text(SANITIZER.sanitize(budget).html()));
  }
}
