package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.ItemId;

class CursorPagingTest {
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private DisclosureIndex index;

  @BeforeEach
  void open() {
    index = DisclosureIndex.open(directory, TestDocs.CLOCK);
    for (int n = 1; n <= 57; n++) {
      // varying counts of the word give varying scores, and some equal ones
      index.upsert(TestDocs.simple(n, "低保公示 第" + n + "批", "低保".repeat(1 + n % 5) + "对象名单。"));
    }
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
    directory.close();
  }

  @ParameterizedTest
  @EnumSource(SearchSort.class)
  void everyHitExactlyOnceWhileDocumentsAreAddedBetweenPages(SearchSort sort) {
    SearchQuery q = SearchQuery.builder().text("低保").sort(sort).pageSize(10).build();
    List<ItemId> seen = new ArrayList<>();
    int added = 1000;
    for (int page = 0; page < 20; page++) {
      SearchResults r = index.search(q);
      r.hits().forEach(h -> seen.add(h.id()));
      assertThat(r.totalHits()).isEqualTo(57);
      if (r.nextCursor() == null) {
        break;
      }
      // new, better-matching and newer documents arrive between pages
      index.upsert(TestDocs.simple(++added, "低保低保低保", "低保".repeat(9)));
      index.refresh();
      q = q.withCursor(r.nextCursor());
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(57);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(TestDocs.ids(index, "对象名单"));
  }

  @Test
  void dateCursorStillWorksOnANewerSnapshotAfterReopen() {
    SearchQuery q = SearchQuery.builder().text("低保").sort(SearchSort.DATE).pageSize(20).build();
    SearchResults first = index.search(q);
    index.close();
    index = DisclosureIndex.open(directory, TestDocs.CLOCK);
    index.upsert(TestDocs.simple(500, "低保新公示", "低保"));
    index.refresh();
    List<ItemId> seen = new ArrayList<>();
    first.hits().forEach(h -> seen.add(h.id()));
    seen.addAll(TestDocs.allIds(index, q.withCursor(first.nextCursor())));
    assertThat(seen).doesNotHaveDuplicates().hasSize(57).doesNotContain(TestDocs.id(500));
  }

  @Test
  void aBadCursorIsRefusedNamingTheCursor() {
    for (String bad : List.of("garbage", "Yzf-", "YzF-fn5-fn5-fn5-fn5-fn5", "%%%")) {
      assertThatThrownBy(() -> index.search(SearchQuery.of("低保").withCursor(bad)))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
    }
    String cursor = index.search(SearchQuery.builder().text("低保").pageSize(5).build()).nextCursor();
    assertThat(cursor).isNotNull();
    assertThatThrownBy(() -> index.search(SearchQuery.builder().text("名单").pageSize(5).cursor(cursor).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
    assertThatThrownBy(() -> index.search(SearchQuery.builder().text("低保").sort(SearchSort.DATE).cursor(cursor).build()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theLastPageHasNoCursor() {
    SearchResults r = index.search(SearchQuery.builder().text("第57批").pageSize(100).build());
    assertThat(r.nextCursor()).isNull();
    assertThat(r.hits()).isNotEmpty();
  }
}
