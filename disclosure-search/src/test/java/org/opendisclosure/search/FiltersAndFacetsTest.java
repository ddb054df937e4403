package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendisclosure.search.TestDocs.date;
import static org.opendisclosure.search.TestDocs.id;
import static org.opendisclosure.search.TestDocs.yuan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.ValidationException;

class FiltersAndFacetsTest {
  private static final List<String> FINANCE = List.of("finance");
  // 2026-03-09T17:00Z is already 2026-03-10 in Asia/Shanghai
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T17:00:00Z"), ZoneOffset.UTC);

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private DisclosureIndex index;

  @BeforeEach
  void open() {
    index = DisclosureIndex.open(directory, CLOCK);
    // organs: county ← town-a ← village-a1; county ← town-b
    index.upsert(TestDocs.doc(1, "县财政局2025年部门预算", "预算公开说明")
        .organ("county-fin", "县财政局", List.of("county")).category("budget", "预算", FINANCE)
        .year(2025).amount(yuan("12000000.00")).publishedAt(Instant.parse("2025-02-10T02:00:00Z")).build());
    index.upsert(TestDocs.doc(2, "甲镇2025年三公经费决算说明", "三公经费决算")
        .organ("town-a", "甲镇", List.of("county")).category("three-public-expenses", "三公经费", FINANCE)
        .year(2025).amount(yuan("386200")).publishedAt(Instant.parse("2026-01-20T02:00:00Z")).build());
    index.upsert(TestDocs.doc(3, "甲镇甲一村低保公示", "低保对象公示")
        .organ("village-a1", "甲一村", List.of("town-a", "county")).category("social-assistance", "社会救助", List.of("livelihood"))
        .year(2026).window(date("2026-03-10"), date("2026-03-16")).publishedAt(Instant.parse("2026-03-09T16:30:00Z")).build());
    index.upsert(TestDocs.doc(4, "乙镇低保公示", "低保对象公示")
        .organ("town-b", "乙镇", List.of("county")).category("social-assistance", "社会救助", List.of("livelihood"))
        .year(2026).window(date("2026-02-01"), date("2026-02-07")).publishedAt(Instant.parse("2026-02-01T02:00:00Z")).build());
    index.upsert(TestDocs.doc(5, "乙镇污水处理项目中标结果公告", "中标金额3280000元")
        .organ("town-b", "乙镇", List.of("county")).category("procurement-award", "中标结果", List.of("procurement"))
        .year(2026).amount(yuan("3280000.00")).publishedAt(Instant.parse("2026-03-01T02:00:00Z")).build());
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
    directory.close();
  }

  private List<org.opendisclosure.core.model.ItemId> ids(SearchQuery.Builder q) {
    return TestDocs.allIds(index, q.build());
  }

  @Test
  void categoryFilterIncludesSubcategories() {
    assertThat(ids(SearchQuery.builder().category("finance"))).containsExactlyInAnyOrder(id(1), id(2));
    assertThat(ids(SearchQuery.builder().category("budget"))).containsExactly(id(1));
    assertThat(ids(SearchQuery.builder().category("budget").category("livelihood")))
        .containsExactlyInAnyOrder(id(1), id(3), id(4));
  }

  @Test
  void organFilterIncludesDescendants() {
    assertThat(ids(SearchQuery.builder().organ("town-a"))).containsExactlyInAnyOrder(id(2), id(3));
    assertThat(ids(SearchQuery.builder().organ("county"))).hasSize(5);
    assertThat(ids(SearchQuery.builder().organ("village-a1"))).containsExactly(id(3));
  }

  @Test
  void yearDateAndAmountFilters() {
    assertThat(ids(SearchQuery.builder().year(2025))).containsExactlyInAnyOrder(id(1), id(2));
    // 2026-03-09T16:30Z is 2026-03-10 00:30 in Shanghai
    assertThat(ids(SearchQuery.builder().published(date("2026-03-10"), date("2026-03-10")))).containsExactly(id(3));
    assertThat(ids(SearchQuery.builder().published(null, date("2026-01-31")))).containsExactlyInAnyOrder(id(1), id(2));
    assertThat(ids(SearchQuery.builder().amount(yuan("386200"), yuan("3280000"))))
        .containsExactlyInAnyOrder(id(2), id(5));
    assertThat(ids(SearchQuery.builder().amount(yuan("386200.01"), null))).containsExactlyInAnyOrder(id(1), id(5));
    assertThat(ids(SearchQuery.builder().amount(null, yuan("386199.99")))).isEmpty();
  }

  @Test
  void windowOpenUsesTodayInShanghai() {
    assertThat(ids(SearchQuery.builder().windowOpen(true))).containsExactly(id(3));
    assertThat(ids(SearchQuery.builder().text("低保").windowOpen(true))).containsExactly(id(3));
  }

  @Test
  void emptyTextListsEverythingNewestFirst() {
    assertThat(ids(SearchQuery.builder())).containsExactly(id(3), id(5), id(4), id(2), id(1));
  }

  @Test
  void sortByDate() {
    assertThat(ids(SearchQuery.builder().text("公示 OR 预算").sort(SearchSort.DATE))).containsExactly(id(3), id(4), id(1));
  }

  @Test
  void facetsCountEveryFilterButTheirOwn() {
    SearchResults all = index.search(SearchQuery.builder().facets(true).build());
    assertThat(counts(all, SearchResults.YEAR)).isEqualTo(Map.of("2025", 2L, "2026", 3L));
    assertThat(counts(all, SearchResults.CATEGORY)).containsEntry("finance", 2L).containsEntry("budget", 1L)
        .containsEntry("livelihood", 2L).containsEntry("procurement-award", 1L);
    assertThat(counts(all, SearchResults.ORGAN)).containsEntry("county", 5L).containsEntry("town-a", 2L)
        .containsEntry("town-b", 2L).containsEntry("village-a1", 1L);
    assertThat(all.totalHits()).isEqualTo(5);

    SearchResults filtered = index.search(SearchQuery.builder().year(2026).organ("town-b").facets(true).build());
    assertThat(filtered.totalHits()).isEqualTo(2);
    // the year facet ignores the year filter but respects the organ filter
    assertThat(counts(filtered, SearchResults.YEAR)).isEqualTo(Map.of("2026", 2L));
    // the organ facet ignores the organ filter but respects the year filter
    assertThat(counts(filtered, SearchResults.ORGAN)).containsEntry("town-a", 1L).containsEntry("town-b", 2L)
        .containsEntry("county", 3L);
    // the category facet respects both
    assertThat(counts(filtered, SearchResults.CATEGORY)).isEqualTo(
        Map.of("social-assistance", 1L, "livelihood", 1L, "procurement-award", 1L, "procurement", 1L));

    SearchResults text = index.search(SearchQuery.builder().text("低保").year(2025).facets(true).build());
    assertThat(text.totalHits()).isZero();
    assertThat(counts(text, SearchResults.YEAR)).isEqualTo(Map.of("2026", 2L));
  }

  @Test
  void hitsCarryTheirFields() {
    SearchHit hit = index.search(SearchQuery.of("三公经费")).hits().get(0);
    assertThat(hit.id()).isEqualTo(id(2));
    assertThat(hit.organName()).isEqualTo("甲镇");
    assertThat(hit.categoryCode()).isEqualTo("three-public-expenses");
    assertThat(hit.amount()).isEqualByComparingTo("386200");
    assertThat(hit.year()).isEqualTo(2025);
    assertThat(hit.publishedAt()).isEqualTo(Instant.parse("2026-01-20T02:00:00Z"));
    assertThat(hit.score()).isPositive();
    SearchHit notice = index.search(SearchQuery.builder().windowOpen(true).build()).hits().get(0);
    assertThat(notice.windowStart()).isEqualTo(date("2026-03-10"));
    assertThat(notice.windowEnd()).isEqualTo(date("2026-03-16"));
  }

  @Test
  void badFilterArgumentsNameTheirField() {
    assertThatThrownBy(() -> SearchQuery.builder().year(1200)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors().get(0).field()).isEqualTo("years"));
    assertThatThrownBy(() -> SearchQuery.builder().amount(yuan("-1"), null)).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("amountMin"));
    assertThatThrownBy(() -> SearchQuery.builder().amount(yuan("5"), yuan("1"))).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("amountMax"));
    assertThatThrownBy(() -> SearchQuery.builder().published(date("2026-02-02"), date("2026-02-01")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("publishedTo"));
    assertThatThrownBy(() -> SearchQuery.builder().pageSize(101)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors().get(0).field()).isEqualTo("pageSize"));
    assertThatThrownBy(() -> SearchQuery.builder().category(" ")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors().get(0).field()).isEqualTo("categories"));
    assertThatThrownBy(() -> SearchQuery.builder().sort(null)).isInstanceOf(ValidationException.class);
  }

  private static Map<String, Long> counts(SearchResults r, String dim) {
    return r.facet(dim).stream().collect(Collectors.toMap(SearchResults.FacetCount::value, SearchResults.FacetCount::count));
  }
}
