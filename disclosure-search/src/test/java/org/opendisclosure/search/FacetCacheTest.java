package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.search.internal.FacetCache;

/**
 * A faceted search that comes back on the same snapshot takes its counts and total from the facet
 * cache and answers exactly what an index without the cache answers, page by page; a change made
 * visible is counted at once; the cache keeps at most the searches it is sized for.
 */
class FacetCacheTest {
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final ByteBuffersDirectory uncachedDirectory = new ByteBuffersDirectory();
  private DisclosureIndex index;
  private DisclosureIndex uncached;

  @BeforeEach
  void open() {
    index = DisclosureIndex.open(directory, TestDocs.CLOCK);
    uncached = withProperty("0", () -> DisclosureIndex.open(uncachedDirectory, TestDocs.CLOCK));
    for (DisclosureIndex i : List.of(index, uncached)) {
      for (int n = 1; n <= 300; n++) {
        i.upsert(document(n));
        if (n % 100 == 0) {
          i.refresh(); // three segments
        }
      }
      i.refresh();
    }
  }

  @AfterEach
  void close() throws Exception {
    index.close();
    uncached.close();
    directory.close();
    uncachedDirectory.close();
  }

  private static SearchDocument document(int n) {
    String category = n % 3 == 0 ? "land" : "finance";
    return TestDocs.doc(n, (n % 2 == 0 ? "补偿公示" : "预算说明") + n, "关于征地补偿和部门预算的说明，第" + n + "号。")
        .category(category, category, List.of())
        .organ(n % 5 == 0 ? "town-a" : "town-b", "镇", List.of("county"))
        .year(2020 + n % 4)
        .build();
  }

  private static <T> T withProperty(String value, java.util.function.Supplier<T> action) {
    String before = System.getProperty(FacetCache.ENTRIES_PROPERTY);
    System.setProperty(FacetCache.ENTRIES_PROPERTY, value);
    try {
      return action.get();
    } finally {
      if (before == null) {
        System.clearProperty(FacetCache.ENTRIES_PROPERTY);
      } else {
        System.setProperty(FacetCache.ENTRIES_PROPERTY, before);
      }
    }
  }

  @Test
  void aRepeatedFacetedSearchIsCountedOnceAndAnswersWhatAnUncachedIndexAnswers() {
    List<SearchQuery> queries = List.of(
        SearchQuery.builder().text("补偿").category("land").year(2021).facets(true).pageSize(7).build(),
        SearchQuery.builder().text("补偿").category("land").organ("town-a").facets(true).pageSize(7).build(),
        SearchQuery.builder().text("预算").facets(true).sort(SearchSort.DATE).pageSize(9).build(),
        SearchQuery.builder().text("").year(2022).facets(true).pageSize(10).build(),
        SearchQuery.builder().text("征地 说明").organ("county").facets(true).pageSize(25).build());
    for (SearchQuery query : queries) {
      long misses = index.facetCacheStats().misses();
      List<SearchResults> first = pages(index, query);
      assertThat(index.facetCacheStats().misses()).as("counted by the first page of %s", query).isEqualTo(misses + 1);
      long hits = index.facetCacheStats().hits();
      List<SearchResults> again = pages(index, query);
      assertThat(index.facetCacheStats().hits() - hits)
          .as("every page of the second round and the later pages of the first from the cache")
          .isEqualTo(again.size());
      List<SearchResults> expected = pages(uncached, query);
      assertThat(expected).as("several pages for %s", query).hasSizeGreaterThan(1);
      for (List<SearchResults> actual : List.of(first, again)) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int p = 0; p < expected.size(); p++) {
          assertThat(actual.get(p).hits()).extracting(SearchHit::id)
              .isEqualTo(expected.get(p).hits().stream().map(SearchHit::id).toList());
          assertThat(actual.get(p).totalHits()).isEqualTo(expected.get(p).totalHits());
          assertThat(actual.get(p).totalExact()).isTrue();
          assertThat(actual.get(p).facets()).isEqualTo(expected.get(p).facets());
        }
      }
    }
    assertThat(uncached.facetCacheStats().entries()).as("a cache sized 0 keeps nothing").isZero();
  }

  private static List<SearchResults> pages(DisclosureIndex index, SearchQuery query) {
    List<SearchResults> pages = new ArrayList<>();
    SearchQuery q = query;
    while (true) {
      SearchResults r = index.search(q);
      pages.add(r);
      if (r.nextCursor() == null) {
        return pages;
      }
      q = q.withCursor(r.nextCursor());
    }
  }

  @Test
  void aChangeMadeVisibleIsCountedAtOnce() {
    SearchQuery land = SearchQuery.builder().text("补偿").category("land").facets(true).pageSize(100).build();
    SearchResults before = index.search(land);
    assertThat(index.search(land).facets()).isEqualTo(before.facets());
    // land: n % 3 == 0, 100 documents; every body says 补偿
    assertThat(before.totalHits()).isEqualTo(100);
    assertThat(before.facet(SearchResults.CATEGORY))
        .containsExactly(new SearchResults.FacetCount("finance", 200), new SearchResults.FacetCount("land", 100));

    index.delete(TestDocs.id(3));
    index.upsert(TestDocs.doc(301, "新的补偿公示", "补偿标准。").category("land", "land", List.of()).year(2025).build());
    index.refresh();

    SearchResults after = index.search(land);
    assertThat(after.totalHits()).isEqualTo(100);
    assertThat(after.hits()).extracting(SearchHit::id).contains(TestDocs.id(301)).doesNotContain(TestDocs.id(3));
    assertThat(after.facet(SearchResults.YEAR)).contains(new SearchResults.FacetCount("2025", 1));
    assertThat(after.facet(SearchResults.YEAR)).isNotEqualTo(before.facet(SearchResults.YEAR));
  }

  @Test
  void theCacheKeepsTheSearchesItIsSizedForAndTheLeastRecentlyUsedGoFirst() throws Exception {
    try (ByteBuffersDirectory small = new ByteBuffersDirectory();
        DisclosureIndex two = withProperty("2", () -> DisclosureIndex.open(small, TestDocs.CLOCK))) {
      for (int n = 1; n <= 30; n++) {
        two.upsert(document(n));
      }
      two.refresh();
      SearchQuery a = SearchQuery.builder().text("补偿").facets(true).build();
      SearchQuery b = SearchQuery.builder().text("预算").facets(true).build();
      SearchQuery c = SearchQuery.builder().text("说明").facets(true).build();
      two.search(a);
      two.search(b);
      two.search(a); // a is now the most recently used
      two.search(c); // b goes
      assertThat(two.facetCacheStats().entries()).isEqualTo(2);
      long hits = two.facetCacheStats().hits();
      two.search(a);
      two.search(c);
      assertThat(two.facetCacheStats().hits()).isEqualTo(hits + 2);
      long misses = two.facetCacheStats().misses();
      two.search(b);
      assertThat(two.facetCacheStats().misses()).isEqualTo(misses + 1);
    }
  }

  @Test
  void aBadCacheSizeIsRefusedNamingTheProperty() throws Exception {
    for (String bad : List.of("-1", "many", "100001")) {
      try (ByteBuffersDirectory d = new ByteBuffersDirectory()) {
        assertThatThrownBy(() -> withProperty(bad, () -> DisclosureIndex.open(d, TestDocs.CLOCK)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(FacetCache.ENTRIES_PROPERTY)
            .hasMessageContaining(bad);
      }
    }
  }
}
