package org.opendisclosure.portal.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.history.TextChange;
import org.opendisclosure.core.history.TextChange.Op;
import org.opendisclosure.search.SearchSort;

class SearchStateTest {
  @Test
  void theUrlCarriesTheWholeStateAndReadsBackTheSame() {
    SearchState s = SearchState.parse("低保", "social-assistance", "11350100MB0000003X", "2026", "open", "date", "3");
    assertThat(s.url()).isEqualTo("/search?q=%E4%BD%8E%E4%BF%9D&category=social-assistance&organ=11350100MB0000003X"
        + "&year=2026&window=open&sort=date&page=3");
    assertThat(SearchState.parse("低保", "social-assistance", "11350100MB0000003X", "2026", "open", "date", "3"))
        .isEqualTo(s);
  }

  @Test
  void changingAFilterGoesBackToTheFirstPage() {
    SearchState s = SearchState.parse("低保", null, null, null, null, null, "4");
    assertThat(s.page()).isEqualTo(4);
    assertThat(s.category("budget").page()).isEqualTo(1);
    assertThat(s.sort(SearchSort.DATE).url()).isEqualTo("/search?q=%E4%BD%8E%E4%BF%9D&sort=date");
  }

  @Test
  void nonsenseParametersAreDroppedNotErrors() {
    SearchState s = SearchState.parse(null, " ", "x".repeat(65), "20x6", "maybe", "sideways", "-1");
    assertThat(s).isEqualTo(new SearchState("", null, null, null, false, SearchSort.DATE, 1));
    assertThat(SearchState.parse("a", null, null, null, null, null, "999").page()).isEqualTo(SearchState.MAX_PAGE);
    assertThat(SearchState.parse("a", null, null, null, null, null, null).sort()).isEqualTo(SearchSort.RELEVANCE);
  }

  @Test
  void removedLinesSitBesideTheLinesAddedInTheirPlace() {
    List<HistoryPage.Row> rows = HistoryPage.rows(List.of(new TextChange(Op.KEPT, "a"), new TextChange(Op.REMOVED, "b"),
        new TextChange(Op.REMOVED, "c"), new TextChange(Op.ADDED, "B"), new TextChange(Op.KEPT, "d"),
        new TextChange(Op.ADDED, "e")));
    assertThat(rows).extracting(r -> (r.before() == null ? "-" : r.before().line()) + "|"
        + (r.after() == null ? "-" : r.after().line())).containsExactly("a|a", "b|B", "c|-", "d|d", "-|e");
  }
}
