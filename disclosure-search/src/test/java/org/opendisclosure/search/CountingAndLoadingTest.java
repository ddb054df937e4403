package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendisclosure.search.TestDocs.id;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.model.ItemId;

/**
 * What a caller gets when it does not ask for facets or an exact total (the cheap default), bulk
 * loads, backlogs, and waking the follower.
 */
class CountingAndLoadingTest {
  /** More documents than are counted exactly by default, all containing 公示. */
  private static final int MANY = SearchQuery.EXACT_COUNT_UP_TO + 437;

  private Directory dir;
  private DisclosureIndex index;

  @BeforeEach
  void open() {
    dir = new ByteBuffersDirectory();
    index = DisclosureIndex.open(dir, TestDocs.CLOCK);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  private void fill() {
    DisclosureIndex.BulkLoad bulk = index.bulkLoad();
    try {
      for (int n = 1; n <= MANY; n++) {
        index.upsert(TestDocs.doc(n, "第" + n + "号公示", n % 2 == 0 ? "低保公示名单" : "征地补偿公示")
            .year(n % 3 == 0 ? 2025 : 2026).build());
      }
    } finally {
      bulk.close();
    }
  }

  @Test
  void withoutFacetsOrExactTotalTheCountIsALowerBoundPastTheThreshold() {
    fill();
    SearchResults r = index.search(SearchQuery.of("公示"));
    assertThat(r.totalExact()).isFalse();
    assertThat(r.totalHits()).isBetween((long) SearchQuery.EXACT_COUNT_UP_TO, (long) MANY);
    assertThat(r.facets()).isEmpty();
    assertThat(r.hits()).hasSize(10);
    assertThat(r.nextCursor()).isNotNull();
  }

  @Test
  void belowTheThresholdTheCountIsExactWithoutAsking() {
    fill();
    SearchResults r = index.search(SearchQuery.builder().text("公示").year(2025).build());
    assertThat(r.totalExact()).isTrue();
    assertThat(r.totalHits()).isEqualTo(MANY / 3);
  }

  @Test
  void exactTotalCountsEveryHitWithoutFacets() {
    fill();
    SearchResults r = index.search(SearchQuery.builder().text("公示").exactTotal(true).build());
    assertThat(r.totalExact()).isTrue();
    assertThat(r.totalHits()).isEqualTo(MANY);
    assertThat(r.facets()).isEmpty();
    SearchResults low = index.search(SearchQuery.builder().text("低保").exactTotal(true).build());
    assertThat(low.totalHits()).isEqualTo(MANY / 2);
  }

  @Test
  void facetsCountEveryHitAndMakeTheTotalExact() {
    fill();
    SearchResults r = index.search(SearchQuery.builder().text("公示").facets(true).build());
    assertThat(r.totalExact()).isTrue();
    assertThat(r.totalHits()).isEqualTo(MANY);
    assertThat(r.facet(SearchResults.YEAR)).containsExactlyInAnyOrder(
        new SearchResults.FacetCount("2026", MANY - MANY / 3), new SearchResults.FacetCount("2025", MANY / 3));
    assertThat(r.hits()).extracting(SearchHit::id)
        .isEqualTo(index.search(SearchQuery.of("公示")).hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void pagingPastTheCountedHitsStillReachesEveryHitOnceInOrder() {
    fill();
    for (SearchSort sort : SearchSort.values()) {
      List<ItemId> ids = TestDocs.allIds(index, SearchQuery.builder().text("公示").sort(sort).pageSize(100).build());
      assertThat(ids).as("%s", sort).hasSize(MANY).doesNotHaveDuplicates();
      if (sort == SearchSort.DATE) {
        // documents are published an hour apart in id order: newest first is descending id order
        assertThat(ids.get(0)).isEqualTo(id(MANY));
        assertThat(ids.get(MANY - 1)).isEqualTo(id(1));
      }
    }
  }

  @Test
  void withoutSnippetsHitsAreTheSameWithNullSnippets() {
    fill();
    SearchQuery.Builder q = SearchQuery.builder().text("低保 名单");
    SearchResults with = index.search(q.build());
    SearchResults without = index.search(q.snippets(false).build());
    assertThat(without.hits()).extracting(SearchHit::id).isEqualTo(with.hits().stream().map(SearchHit::id).toList());
    assertThat(without.hits()).allSatisfy(h -> {
      assertThat(h.titleSnippet()).isNull();
      assertThat(h.bodySnippet()).isNull();
      assertThat(h.title()).contains("公示");
    });
    assertThat(with.hits()).allSatisfy(h -> assertThat(h.bodySnippet()).contains("<mark>"));
  }

  @Test
  void aBulkLoadIsInvisibleUntilItsLastHandleCloses() throws InterruptedException {
    index.upsert(TestDocs.simple(1, "预算公开", "部门预算"));
    index.refresh();
    DisclosureIndex.BulkLoad first = index.bulkLoad();
    DisclosureIndex.BulkLoad second = index.bulkLoad();
    for (int n = 2; n <= 50; n++) {
      index.upsert(TestDocs.simple(n, "预算公开" + n, "部门预算"));
    }
    // longer than the background refresh period: outside a bulk load this would be visible
    Thread.sleep(3 * DisclosureIndex.MAX_STALE_MILLIS);
    assertThat(index.documentCount()).isEqualTo(1);
    first.close();
    first.close();
    Thread.sleep(3 * DisclosureIndex.MAX_STALE_MILLIS);
    assertThat(index.documentCount()).isEqualTo(1);
    second.close();
    assertThat(index.documentCount()).isEqualTo(50);
    assertThat(index.search(SearchQuery.builder().text("预算").exactTotal(true).build()).totalHits()).isEqualTo(50);
  }

  @Test
  void theBackgroundRefreshResumesAfterABulkLoad() throws InterruptedException {
    index.bulkLoad().close();
    index.upsert(TestDocs.simple(7, "征地公告", "补偿标准"));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (index.documentCount() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(index.documentCount()).isEqualTo(1);
  }

  @Test
  void duringABacklogTheBackgroundRefreshStillMakesChangesVisible() throws InterruptedException {
    DisclosureIndex.Backlog first = index.backlog();
    DisclosureIndex.Backlog second = index.backlog();
    index.upsert(TestDocs.simple(7, "征地公告", "补偿标准"));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (index.documentCount() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    // nobody called refresh(): the background refresh did, at its backlog period
    assertThat(index.documentCount()).isEqualTo(1);
    first.close();
    first.close();
    assertThat(index.inBacklog()).isTrue();
    second.close();
    assertThat(index.inBacklog()).isFalse();
    index.upsert(TestDocs.simple(8, "征地公告", "安置方案"));
    while (index.documentCount() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(index.documentCount()).isEqualTo(2);
  }

  @Test
  void aRebuildOnSeveralThreadsIndexesEveryPublishedItemOnce() {
    IndexFollowerTest.FakeStore store = new IndexFollowerTest.FakeStore();
    for (int n = 1; n <= 300; n++) {
      store.publish(n, "公告" + n);
    }
    for (int n = 1; n <= 300; n += 7) {
      store.publish(n, "更正公告" + n);
    }
    for (int n = 3; n <= 300; n += 11) {
      store.withdraw(n);
    }
    List<IndexFollower.Progress> progress = new ArrayList<>();
    IndexFollower follower = IndexFollower.builder(index, store, store).batchSize(37).threads(3)
        .progress(progress::add).build();
    long last = follower.catchUp();
    assertThat(last).isEqualTo(store.feed.size());
    assertThat(follower.appliedSequence()).isEqualTo(last);
    assertThat(progress).allMatch(IndexFollower.Progress::rebuilding);
    assertThat(progress.get(progress.size() - 1).sequence()).isEqualTo(last);
    Set<ItemId> indexed = new HashSet<>(TestDocs.allIds(index, SearchQuery.builder().pageSize(100).build()));
    assertThat(indexed).isEqualTo(store.publishedIds());
    Set<ItemId> corrected = new HashSet<>();
    for (int n = 1; n <= 300; n += 7) {
      if ((n - 3) % 11 != 0) {
        corrected.add(id(n));
      }
    }
    SearchResults r = index.search(SearchQuery.builder().text("\"更正\"").pageSize(100).build());
    assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrderElementsOf(corrected);
    assertThat(r.hits()).extracting(SearchHit::revision).containsOnly(2);
  }

  @Test
  void aBacklogIsAppliedOnSeveralThreadsAndCommittedWhenCaughtUp() {
    IndexFollowerTest.FakeStore store = new IndexFollowerTest.FakeStore();
    store.publish(1, "公告1");
    IndexFollower follower = IndexFollower.builder(index, store, store).batchSize(10).threads(2).build();
    assertThat(follower.catchUp()).isEqualTo(1);
    for (int n = 2; n <= 96; n++) {
      store.publish(n, "公告" + n);
    }
    store.withdraw(40);
    store.publish(7, "更正公告7");
    List<IndexFollower.Progress> progress = new ArrayList<>();
    List<Boolean> inBacklog = new ArrayList<>();
    IndexFollower again = IndexFollower.builder(index, store, store).batchSize(10).threads(2)
        .progress(p -> {
          progress.add(p);
          inBacklog.add(index.inBacklog());
        }).build();
    assertThat(again.catchUp()).isEqualTo(store.feed.size());
    assertThat(again.appliedSequence()).isEqualTo(store.feed.size());
    assertThat(progress).noneMatch(IndexFollower.Progress::rebuilding);
    // full batches are applied inside a backlog, which ends with the catch-up
    assertThat(inBacklog.subList(0, 9)).containsOnly(true);
    assertThat(index.inBacklog()).isFalse();
    Set<ItemId> indexed = new HashSet<>(TestDocs.allIds(index, SearchQuery.builder().pageSize(100).build()));
    assertThat(indexed).isEqualTo(store.publishedIds()).hasSize(95);
    assertThat(index.search(SearchQuery.of("更正")).hits()).extracting(SearchHit::id).containsExactly(id(7));
  }

  @Test
  void wakeUpMakesTheFollowerLookBeforeItsNextPoll() throws InterruptedException {
    IndexFollowerTest.FakeStore store = new IndexFollowerTest.FakeStore();
    store.publish(1, "预算公开");
    try (IndexFollower follower = IndexFollower.builder(index, store, store).pollInterval(Duration.ofMinutes(1)).build()) {
      follower.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (follower.appliedSequence() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      store.publish(2, "决算公开");
      follower.wakeUp();
      while (index.documentCount() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      // well before the one-minute poll: only the wake-up can have brought it in
      assertThat(index.search(SearchQuery.of("决算")).hits()).extracting(SearchHit::id).containsExactly(id(2));
    }
  }
}
