package org.opendisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.SearchHit;
import org.opendisclosure.search.SearchResults;
import org.opendisclosure.core.history.FieldChange;
import org.opendisclosure.core.history.TextChange;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.Revision;

class ExamplesTest {

  private static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  void theThreePublicExpensesExampleFilesRevisesAndShowsItsHistory() {
    ThreePublicExpensesExample.Result r = ThreePublicExpensesExample.run(h2("tpe"),
        Clock.fixed(Instant.parse("2025-06-25T02:00:00Z"), ZoneOffset.UTC));

    assertThat(r.draft().item().indexNumber()).isEqualTo("11350100MB0000003X/2025-00001");
    assertThat(r.history()).extracting(Revision::number).containsExactly(1, 2);
    assertThat(r.history().get(1).reason()).contains("公务接待费");
    assertThat(r.diff().fields()).contains(
        new FieldChange("payload.amounts.hospitality.amount", "7.42", "7.52"),
        new FieldChange("payload.amounts.total.amount", "38.62", "38.72"));
    assertThat(r.diff().body()).contains(new TextChange(TextChange.Op.ADDED, "公务接待费更正为7.52万元。"));
  }

  @Test
  void theCadreNoticeIsPublishedOnTimeAndItsWindowClosesByItself() {
    CadreNoticeExample.Result r = CadreNoticeExample.run(h2("cadre"));

    assertThat(r.publication().published()).containsExactly(r.id());
    assertThat(r.window().start()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(r.window().end()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(r.closing().windowsClosed()).containsExactly(r.id());
    assertThat(r.auditTrail()).extracting(ItemEvent::type).containsExactly(EventType.CREATED, EventType.SUBMITTED,
        EventType.REVIEWED, EventType.APPROVED, EventType.SCHEDULED, EventType.PUBLISHED, EventType.WINDOW_CLOSED);
  }

  @Test
  void theSearchExampleFindsKeywordsDocumentNumbersQuestionsAndFilters(@TempDir Path dir) {
    SearchExample.Result r = SearchExample.run(h2("search"), dir);
    ItemId expenses = r.items().get("expenses");

    assertThat(ids(r.results().get("三公经费 2024"))).startsWith(expenses);
    assertThat(ids(r.results().get("国发[2018]43号"))).startsWith(r.items().get("policy"));
    assertThat(ids(r.results().get("我家能领低保吗"))).startsWith(r.items().get("assistance"));
    SearchResults hospitality = r.results().get("公务接待费");
    assertThat(hospitality.hits().get(0).bodySnippet()).contains("<mark>");
    SearchResults filtered = r.results().get("红岭镇 in 2024, amount ≥ 10万元");
    assertThat(ids(filtered)).containsExactly(expenses);
    assertThat(filtered.facet("year")).isNotEmpty();
    String everything = r.results().values().stream().flatMap(x -> x.hits().stream())
        .map(h -> h.bodySnippet() + h.titleSnippet()).reduce("", String::concat);
    assertThat(everything).doesNotContain("440524188001010014");
  }

  private static List<ItemId> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }
}
