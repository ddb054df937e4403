package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The facet-dimension filters are cached per segment and served from the cache the next time,
 * with the same results, and a cached filter never brings back a document deleted or moved out of
 * it since.
 */
class FilterCacheTest {
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private DisclosureIndex index;

  @BeforeEach
  void open() {
    index = DisclosureIndex.open(directory, TestDocs.CLOCK);
    for (int i = 1; i <= 300; i++) {
      index.upsert(document(i, i % 3 == 0 ? "land" : "finance"));
      if (i % 100 == 0) {
        index.refresh(); // three segments
      }
    }
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
    directory.close();
  }

  private static SearchDocument document(int i, String category) {
    return TestDocs.doc(i, "补偿公示" + i, "关于征地补偿的公示，第" + i + "号。")
        .category(category, category, List.of())
        .year(2020 + i % 4)
        .build();
  }

  @Test
  void aRepeatedFilterIsServedFromTheCacheWithTheSameResults() {
    SearchQuery query = SearchQuery.builder().text("补偿").category("land").year(2021).facets(true).build();

    SearchResults first = index.search(query);
    assertThat(index.filterCache().getCacheCount()).as("filters cached by the first search").isPositive();
    long hits = index.filterCache().getHitCount();
    SearchResults second = index.search(query);

    assertThat(index.filterCache().getHitCount()).as("served from the cache").isGreaterThan(hits);
    // land (i % 3 == 0) in 2021 (i % 4 == 1): i = 9, 21, …, 297
    assertThat(first.totalHits()).isEqualTo(25);
    assertThat(second.totalHits()).isEqualTo(first.totalHits());
    assertThat(second.hits()).extracting(SearchHit::id).isEqualTo(first.hits().stream().map(SearchHit::id).toList());
    assertThat(second.facets()).isEqualTo(first.facets());
    assertThat(second.facet(SearchResults.CATEGORY))
        .containsExactly(new SearchResults.FacetCount("finance", 50), new SearchResults.FacetCount("land", 25));
  }

  @Test
  void aCachedFilterNeverBringsBackADocumentDeletedOrMovedSince() {
    SearchQuery land = SearchQuery.builder().text("补偿").category("land").facets(true).pageSize(100).build();
    assertThat(index.search(land).totalHits()).isEqualTo(100);
    assertThat(index.filterCache().getCacheCount()).isPositive();

    index.delete(TestDocs.id(3));
    index.upsert(document(6, "finance"));
    index.refresh();

    SearchResults after = index.search(land);
    assertThat(after.totalHits()).isEqualTo(98);
    assertThat(after.hits()).extracting(SearchHit::id).doesNotContain(TestDocs.id(3), TestDocs.id(6)).hasSize(98);
    assertThat(after.facet(SearchResults.CATEGORY))
        .containsExactly(new SearchResults.FacetCount("finance", 201), new SearchResults.FacetCount("land", 98));
    SearchQuery finance = SearchQuery.builder().text("补偿").category("finance").pageSize(1).build();
    assertThat(index.search(finance).totalHits()).isEqualTo(201);
  }
}
