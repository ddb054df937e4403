package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendisclosure.search.TestDocs.id;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.ItemId;

class IndexFollowerTest {

  /** A tiny in-memory store: a change feed and the currently published documents. */
  static final class FakeStore implements ChangeSource, DocumentLoader {
    final List<Change> feed = new ArrayList<>();
    final Map<ItemId, SearchDocument> published = new LinkedHashMap<>();

    synchronized void publish(long n, String title) {
      int revision = published.containsKey(id(n)) ? published.get(id(n)).revision() + 1 : 1;
      published.put(id(n), TestDocs.doc(n, title, title + "的正文").revision(revision).build());
      feed.add(new Change(feed.size() + 1, id(n), revision, ChangeKind.PUBLISHED, Instant.EPOCH));
    }

    synchronized void withdraw(long n) {
      published.remove(id(n));
      feed.add(new Change(feed.size() + 1, id(n), 1, ChangeKind.WITHDRAWN, Instant.EPOCH));
    }

    synchronized void draft(long n) {
      feed.add(new Change(feed.size() + 1, id(n), 1, ChangeKind.CREATED, Instant.EPOCH));
    }

    @Override
    public synchronized List<Change> changesAfter(long sequence, int limit) {
      int from = (int) Math.min(sequence, feed.size());
      return List.copyOf(feed.subList(from, Math.min(feed.size(), from + limit)));
    }

    @Override
    public synchronized Optional<SearchDocument> load(ItemId itemId) {
      return Optional.ofNullable(published.get(itemId));
    }

    synchronized Set<ItemId> publishedIds() {
      return new HashSet<>(published.keySet());
    }
  }

  private static Set<ItemId> indexed(DisclosureIndex index) {
    index.refresh();
    return new HashSet<>(TestDocs.allIds(index, SearchQuery.builder().pageSize(100).build()));
  }

  @Test
  void rebuildsFromZeroOnAnEmptyIndexReportingProgress() {
    FakeStore store = new FakeStore();
    for (int n = 1; n <= 25; n++) {
      store.publish(n, "公告" + n);
    }
    List<IndexFollower.Progress> progress = new ArrayList<>();
    try (Directory dir = new ByteBuffersDirectory(); DisclosureIndex index = DisclosureIndex.open(dir, TestDocs.CLOCK)) {
      IndexFollower follower = IndexFollower.builder(index, store, store).batchSize(10).progress(progress::add).build();
      assertThat(follower.appliedSequence()).isZero();
      assertThat(follower.catchUp()).isEqualTo(25);
      assertThat(indexed(index)).isEqualTo(store.publishedIds());
      assertThat(progress).extracting(IndexFollower.Progress::sequence).containsExactly(10L, 20L, 25L);
      assertThat(progress).extracting(IndexFollower.Progress::itemsApplied).containsExactly(10L, 20L, 25L);
      assertThat(progress).allMatch(IndexFollower.Progress::rebuilding);
      assertThat(follower.appliedSequence()).isEqualTo(25);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void deletesItemsThatAreNoLongerPublished() throws IOException {
    FakeStore store = new FakeStore();
    store.publish(1, "低保公示");
    store.publish(2, "征地公告");
    store.draft(3);
    try (Directory dir = new ByteBuffersDirectory(); DisclosureIndex index = DisclosureIndex.open(dir, TestDocs.CLOCK)) {
      IndexFollower follower = IndexFollower.builder(index, store, store).build();
      follower.catchUp();
      assertThat(indexed(index)).containsExactlyInAnyOrder(id(1), id(2));
      store.withdraw(1);
      store.publish(2, "征地公告（更正）");
      follower.catchUp();
      assertThat(indexed(index)).containsExactly(id(2));
      assertThat(index.search(SearchQuery.of("更正")).hits()).singleElement()
          .satisfies(h -> assertThat(h.revision()).isEqualTo(2));
      assertThat(TestDocs.ids(index, "低保")).isEmpty();
    }
  }

  @Test
  void resumesFromTheCommittedSequenceAfterACrash() throws IOException {
    FakeStore store = new FakeStore();
    for (int n = 1; n <= 30; n++) {
      store.publish(n, "公告" + n);
    }
    Directory crashed = new ByteBuffersDirectory();
    DisclosureIndex before = DisclosureIndex.open(crashed, TestDocs.CLOCK);
    IndexFollower first = IndexFollower.builder(before, store, store).batchSize(10).build();
    first.catchUp();
    // more changes arrive; the loader dies half-way through the next batch (nothing committed)
    for (int n = 31; n <= 40; n++) {
      store.publish(n, "新公告" + n);
    }
    store.withdraw(5);
    AtomicInteger loads = new AtomicInteger();
    DocumentLoader dying = itemId -> {
      if (loads.incrementAndGet() > 4) {
        throw new IllegalStateException("power cut");
      }
      return store.load(itemId);
    };
    assertThatThrownBy(IndexFollower.builder(before, store, dying).batchSize(20).build()::catchUp)
        .hasMessage("power cut");
    // kill -9: only what the last commit holds survives; the writer is never closed
    Directory survivor = copyOfLastCommit(crashed);
    try (DisclosureIndex after = DisclosureIndex.open(survivor, TestDocs.CLOCK)) {
      List<IndexFollower.Progress> progress = new ArrayList<>();
      IndexFollower resumed = IndexFollower.builder(after, store, store).progress(progress::add).build();
      assertThat(resumed.appliedSequence()).isEqualTo(30);
      assertThat(resumed.catchUp()).isEqualTo(41);
      assertThat(progress).singleElement().satisfies(p -> {
        assertThat(p.rebuilding()).isFalse();
        assertThat(p.itemsApplied()).isEqualTo(11);
      });
      assertThat(indexed(after)).isEqualTo(store.publishedIds());
    }
    before.close();
    crashed.close();
  }

  @Test
  void publishedAndIndexedSetsAgreeAfterRandomOperationsAndACrash() throws IOException {
    Random random = new Random(42);
    FakeStore store = new FakeStore();
    Directory dir = new ByteBuffersDirectory();
    DisclosureIndex index = DisclosureIndex.open(dir, TestDocs.CLOCK);
    IndexFollower follower = IndexFollower.builder(index, store, store).batchSize(7).build();
    for (int round = 0; round < 20; round++) {
      for (int op = 0; op < 15; op++) {
        long n = 1 + random.nextInt(40);
        switch (random.nextInt(3)) {
          case 0, 1 -> store.publish(n, "公告" + n + "第" + round + "版");
          default -> store.withdraw(n);
        }
      }
      if (round == 12) {
        // crash: carry on from the last commit in a fresh directory
        Directory copy = copyOfLastCommit(dir);
        index.close();
        dir.close();
        dir = copy;
        index = DisclosureIndex.open(dir, TestDocs.CLOCK);
        follower = IndexFollower.builder(index, store, store).batchSize(7).build();
      }
      follower.catchUp();
      assertThat(indexed(index)).as("round %d", round).isEqualTo(store.publishedIds());
    }
    index.close();
    dir.close();
  }

  @Test
  void theBackgroundThreadFollowsTheFeed() throws Exception {
    FakeStore store = new FakeStore();
    try (Directory dir = new ByteBuffersDirectory();
        DisclosureIndex index = DisclosureIndex.open(dir, TestDocs.CLOCK);
        IndexFollower follower = IndexFollower.builder(index, store, store)
            .pollInterval(java.time.Duration.ofMillis(10)).build()) {
      follower.start();
      store.publish(1, "低保公示");
      // wait for the follower by asking it to catch up as well: calls are serialised
      follower.catchUp();
      assertThat(indexed(index)).containsExactly(id(1));
      assertThatThrownBy(follower::start).isInstanceOf(IllegalStateException.class);
    }
  }

  private static Directory copyOfLastCommit(Directory from) throws IOException {
    Directory to = new ByteBuffersDirectory();
    SegmentInfos last = SegmentInfos.readLatestCommit(from);
    for (String file : last.files(true)) {
      to.copyFrom(from, file, file, IOContext.DEFAULT);
    }
    return to;
  }
}
