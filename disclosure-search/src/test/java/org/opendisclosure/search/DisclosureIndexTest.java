package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendisclosure.search.TestDocs.id;
import static org.opendisclosure.search.TestDocs.ids;
import static org.opendisclosure.search.TestDocs.T0;
import static org.opendisclosure.search.TestDocs.doc;
import static org.opendisclosure.search.TestDocs.simple;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisclosureIndexTest {
  private ByteBuffersDirectory directory;
  private DisclosureIndex index;

  @BeforeEach
  void open() {
    directory = new ByteBuffersDirectory();
    index = DisclosureIndex.open(directory, TestDocs.CLOCK);
  }

  @AfterEach
  void close() throws Exception {
    index.close();
    directory.close();
  }

  @Test
  void onlyUpsertedDocumentsAreFoundAndDeletesVanishAtOnce() {
    assertThat(ids(index, "财政")).isEmpty();
    index.upsert(simple(1, "红岭县财政局2026年部门预算公开说明", "部门预算收入合计1200万元。"));
    index.upsert(simple(2, "红岭县教育局通知", "关于开展学校安全检查的通知。"));
    index.refresh();
    assertThat(ids(index, "财政")).containsExactly(id(1));
    assertThat(index.documentCount()).isEqualTo(2);

    index.delete(id(1));
    index.refresh();
    assertThat(ids(index, "财政")).isEmpty();
    assertThat(index.documentCount()).isEqualTo(1);
  }

  @Test
  void upsertReplacesTheDocumentWithTheSameId() {
    index.upsert(simple(1, "旧标题", "低保名单"));
    index.upsert(TestDocs.doc(1, "新标题", "特困人员名单").revision(2).build());
    index.refresh();
    assertThat(ids(index, "低保")).isEmpty();
    SearchResults r = index.search(SearchQuery.of("特困"));
    assertThat(r.hits()).singleElement().satisfies(h -> {
      assertThat(h.title()).isEqualTo("新标题");
      assertThat(h.revision()).isEqualTo(2);
    });
  }

  @Test
  void bigramsFindWordsInsideLongerWords() {
    index.upsert(simple(1, "杭州市财政局通知", "浙江省杭州市财政局发布。"));
    index.upsert(simple(2, "宁波市教育局通知", "宁波市的学校。"));
    index.refresh();
    assertThat(ids(index, "杭州")).containsExactly(id(1));
    assertThat(ids(index, "财政")).containsExactly(id(1));
    assertThat(ids(index, "\"州市财\"")).containsExactly(id(1));
    assertThat(ids(index, "局")).containsExactlyInAnyOrder(id(1), id(2));
    assertThat(ids(index, "波")).containsExactly(id(2));
  }

  @Test
  void traditionalQueryFindsSimplifiedTextAndBack() {
    index.upsert(simple(1, "征地补偿安置方案公告", "区片综合地价每亩5万元。"));
    index.upsert(simple(2, "財政預算報告", "繁體字的報告。"));
    index.refresh();
    assertThat(ids(index, "徵地補償")).containsExactly(id(1));
    assertThat(ids(index, "财政预算")).containsExactly(id(2));
  }

  @Test
  void fullWidthAndHalfWidthAreTheSame() {
    index.upsert(simple(1, "项目编号ＡＢＣ１２３的中标结果", "中标金额１２００元"));
    index.upsert(simple(2, "项目编号XYZ789的中标结果", "中标金额1500元"));
    index.refresh();
    assertThat(ids(index, "ABC123")).containsExactly(id(1));
    assertThat(ids(index, "abc123")).containsExactly(id(1));
    assertThat(ids(index, "ｘｙｚ７８９")).containsExactly(id(2));
  }

  @Test
  void documentAndIndexNumbersMatchExactlyWhateverTheBrackets() {
    index.upsert(TestDocs.doc(1, "国务院关于印发的通知", "正文").documentNumber("国发〔2018〕43号").build());
    index.upsert(TestDocs.doc(2, "县政府办公室通知", "正文").documentNumber("红政办发〔2026〕5号").build());
    index.refresh();
    for (String variant : List.of("国发〔2018〕43号", "国发[2018]43号", "国发(2018)43号", "国发（2018）43号",
        "国发【2018】43号", "國發〔2018〕43號", "国发［２０１８］４３号")) {
      SearchResults r = index.search(SearchQuery.of(variant));
      assertThat(r.hits()).as(variant).isNotEmpty();
      assertThat(r.hits().get(0).id()).as(variant).isEqualTo(id(1));
      assertThat(r.hits().get(0).documentNumber()).isEqualTo("国发〔2018〕43号");
    }
    assertThat(index.search(SearchQuery.of("11330100MB/2026-00002")).hits().get(0).id()).isEqualTo(id(2));
    assertThat(index.search(SearchQuery.of("11330100mb/2026-00002")).hits().get(0).id()).isEqualTo(id(2));
  }

  @Test
  void phrasesExclusionsAndOr() {
    index.upsert(simple(1, "低保对象公示", "城乡低保新增对象名单。"));
    index.upsert(simple(2, "特困人员公示", "特困供养对象名单。"));
    index.upsert(simple(3, "低保标准调整", "提高低保标准的通知。"));
    index.refresh();
    assertThat(ids(index, "\"低保对象\"")).containsExactly(id(1));
    assertThat(ids(index, "低保 -名单")).containsExactly(id(3));
    assertThat(ids(index, "\"低保对象\" OR \"特困人员\"")).containsExactlyInAnyOrder(id(1), id(2));
    assertThat(ids(index, "\"名单\" -\"特困\"")).containsExactly(id(1));
  }

  @Test
  void domainSynonymsExpandTheQuery() {
    index.upsert(simple(1, "最低生活保障对象公示", "拟新增最低生活保障对象三户。"));
    index.upsert(simple(2, "2025年度部门决算说明", "公务接待费7.42万元，共接待56批次。"));
    index.upsert(simple(3, "征收土地预公告", "拟征收土地12.35公顷。"));
    index.upsert(simple(4, "干部任前公示", "拟提拔任用以下同志。"));
    index.upsert(simple(5, "无关通知", "召开安全生产会议。"));
    index.refresh();
    assertThat(ids(index, "低保")).containsExactly(id(1));
    assertThat(ids(index, "三公经费")).containsExactly(id(2));
    assertThat(ids(index, "征地")).containsExactly(id(3));
    assertThat(ids(index, "任前公示")).contains(id(4));
    assertThat(ids(index, "预决算")).containsExactly(id(2));
  }

  @Test
  void synonymsCanBeExtendedByTheEmbeddingApplication() throws Exception {
    index.close();
    index = DisclosureIndex.open(directory, TestDocs.CLOCK, Synonyms.defaults().plus(Synonyms.parse("危房, 危旧房屋")));
    index.upsert(simple(1, "危旧房屋改造名单", "名单如下。"));
    index.refresh();
    assertThat(ids(index, "危房")).containsExactly(id(1));
    assertThat(ids(index, "低保")).isEmpty();
    assertThatThrownBy(() -> Synonyms.parse("只有一个词"))
        .isInstanceOfSatisfying(org.opendisclosure.core.ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("synonyms[1]"));
  }

  @Test
  void everydayQuestionsFindWhatTheirKeywordsFind() {
    index.upsert(simple(1, "红岭村征地补偿安置方案公告", "补偿标准：区片综合地价每亩5.2万元，青苗补偿费每亩1500元。"));
    index.upsert(simple(2, "2026年3月拟新增城乡低保对象公示", "经入户调查、民主评议，拟新增以下家庭为城乡低保对象。"));
    index.upsert(simple(3, "关于召开安全生产会议的通知", "各村要定期检查。"));
    index.refresh();
    assertThat(index.search(SearchQuery.of("村里征地补偿标准是怎么定的？")).hits().get(0).id()).isEqualTo(id(1));
    assertThat(index.search(SearchQuery.of("我家能领低保吗")).hits().get(0).id()).isEqualTo(id(2));
    assertThat(index.search(SearchQuery.of("低保怎么申请？需要什么条件")).hits().get(0).id()).isEqualTo(id(2));
  }

  @Test
  void documentsMatchingMoreOfTheWordsRankHigher() {
    index.upsert(simple(1, "征地补偿标准", "红岭村征地补偿标准如下。"));
    index.upsert(simple(2, "征地补偿", "青山村征地补偿。"));
    index.upsert(simple(3, "红岭村通知", "红岭村召开会议。"));
    index.refresh();
    List<SearchHit> hits = index.search(SearchQuery.of("征地补偿标准 红岭村")).hits();
    assertThat(hits).extracting(SearchHit::id).startsWith(id(1)).contains(id(2), id(3));
  }

  @Test
  void snippetsEscapeHtmlButKeepTheMarks() {
    index.upsert(simple(1, "低保<b>名单</b>", "前言。<script>alert('x')</script>低保对象如下&名单。"));
    index.refresh();
    SearchHit hit = index.search(SearchQuery.of("低保")).hits().get(0);
    assertThat(hit.titleSnippet()).contains("<mark>低保</mark>").contains("&lt;b&gt;").doesNotContain("<b>");
    assertThat(hit.bodySnippet()).contains("<mark>低保</mark>").contains("&lt;script&gt;")
        .doesNotContain("<script>").contains("&amp;");
    assertThat(hit.title()).isEqualTo("低保<b>名单</b>");
  }

  @Test
  void bodySnippetIsTheStartWhenOnlyTheTitleMatched() {
    index.upsert(simple(1, "低保对象公示", "经入户调查、民主评议，现予以公示。其他内容很长很长。"));
    index.refresh();
    SearchHit hit = index.search(SearchQuery.of("低保")).hits().get(0);
    assertThat(hit.bodySnippet()).startsWith("经入户调查");
    assertThat(hit.titleSnippet()).isEqualTo("<mark>低保</mark>对象公示");
  }

  @Test
  void suggestsTitlesFromAWordStartAsTyped() {
    index.upsert(simple(1, "红岭县财政局2025年度“三公”经费支出决算情况说明", "正文"));
    index.upsert(simple(2, "青山镇2026年3月拟新增城乡低保对象公示", "正文"));
    index.upsert(simple(3, "三公经费预算说明", "正文"));
    index.refresh();
    assertThat(index.suggest("三公", 5)).containsExactlyInAnyOrder(
        "红岭县财政局2025年度“三公”经费支出决算情况说明", "三公经费预算说明");
    assertThat(index.suggest("低保", 5)).containsExactly("青山镇2026年3月拟新增城乡低保对象公示");
    assertThat(index.suggest("財政", 5)).containsExactly("红岭县财政局2025年度“三公”经费支出决算情况说明");
    assertThat(index.suggest("三公", 1)).hasSize(1);
    assertThat(index.suggest("   ", 5)).isEmpty();
    index.delete(id(3));
    index.refresh();
    assertThat(index.suggest("三公", 5)).containsExactly("红岭县财政局2025年度“三公”经费支出决算情况说明");
  }

  @Test
  void suggestsFromLongPrefixes() {
    index.upsert(simple(1, "红岭县财政局关于2025年度部门预算和三公经费预算公开的说明", "正文"));
    index.upsert(simple(2, "红岭县财政局关于2025年度部门预算和政府采购预算执行情况的报告", "正文"));
    index.refresh();
    String shared = "财政局关于2025年度部门预算和";
    assertThat(index.suggest(shared, 5)).hasSize(2);
    assertThat(index.suggest(shared + "三公经费", 5))
        .containsExactly("红岭县财政局关于2025年度部门预算和三公经费预算公开的说明");
    assertThat(index.suggest("財政局關於2025年度部門預算和政府採購", 5))
        .containsExactly("红岭县财政局关于2025年度部门预算和政府采购预算执行情况的报告");
    assertThat(index.suggest(shared + "社会保障", 5)).isEmpty();
    // every character of the prefix is in the title, but not in this order
    assertThat(index.suggest("预算部门", 5)).isEmpty();
  }

  @Test
  void suggestsLatinAndDigitWordsOnlyFromTheirStart() {
    index.upsert(simple(1, "GB/T 20000 标准化工作指南 update", "正文"));
    index.upsert(simple(2, "2025年度政府信息公开工作年度报告", "正文"));
    index.refresh();
    assertThat(index.suggest("gb", 5)).containsExactly("GB/T 20000 标准化工作指南 update");
    assertThat(index.suggest("ＧＢ/t 200", 5)).containsExactly("GB/T 20000 标准化工作指南 update");
    assertThat(index.suggest("upd", 5)).containsExactly("GB/T 20000 标准化工作指南 update");
    assertThat(index.suggest("pdate", 5)).isEmpty();
    assertThat(index.suggest("20", 5)).containsExactlyInAnyOrder(
        "GB/T 20000 标准化工作指南 update", "2025年度政府信息公开工作年度报告");
    assertThat(index.suggest("202", 5)).containsExactly("2025年度政府信息公开工作年度报告");
    assertThat(index.suggest("025", 5)).isEmpty();
    assertThat(index.suggest("2025年度政", 5)).containsExactly("2025年度政府信息公开工作年度报告");
    assertThat(index.suggest("。。、", 5)).isEmpty();
  }

  @Test
  void suggestionsAreNewestFirstWithoutRepeatsAndLookPastNearMisses() {
    // 100 newer titles hold every term of 三公三 (三, 公, 三公, 公三) but not 三公三; the oldest has it
    index.upsert(doc(1, "三公三村公示", "正文").publishedAt(T0).build());
    for (int i = 2; i <= 101; i++) {
      index.upsert(doc(i, "公三村三公经费名单" + i, "正文").publishedAt(T0.plusSeconds(60L * i)).build());
    }
    // the same title twice, the newer one first
    index.upsert(doc(200, "三公经费决算说明", "正文").publishedAt(T0.plusSeconds(10_000)).build());
    index.upsert(doc(201, "三公经费决算说明", "正文").publishedAt(T0.plusSeconds(20_000)).build());
    index.refresh();
    assertThat(index.suggest("三公三", 5)).containsExactly("三公三村公示");
    assertThat(index.suggest("三公经费决", 5)).containsExactly("三公经费决算说明");
    assertThat(index.suggest("三公", 3)).containsExactly("三公经费决算说明", "公三村三公经费名单101", "公三村三公经费名单100");
  }

  @Test
  void aClosedIndexRefusesWork() {
    index.close();
    assertThatThrownBy(() -> index.search(SearchQuery.of("低保"))).isInstanceOf(SearchException.class);
    assertThatThrownBy(() -> index.upsert(simple(1, "t", "b"))).isInstanceOf(SearchException.class);
  }

  @Test
  void persistsAcrossReopenOnDisk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    try (DisclosureIndex disk = DisclosureIndex.open(dir, TestDocs.CLOCK)) {
      disk.upsert(simple(1, "低保对象公示", "名单"));
    }
    try (DisclosureIndex disk = DisclosureIndex.open(dir, TestDocs.CLOCK)) {
      assertThat(ids(disk, "低保")).containsExactly(id(1));
    }
  }
}
