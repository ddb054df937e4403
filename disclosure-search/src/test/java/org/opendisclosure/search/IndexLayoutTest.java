package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendisclosure.search.TestDocs.id;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.search.internal.ChineseAnalysis;
import org.opendisclosure.search.internal.Fields;

/**
 * The index layout in the commit user data: every commit carries it with the change-feed
 * sequence, and an index of the old layout (every facet dimension in Lucene's shared {@code
 * $facets} field) is emptied on open and rebuilt from the store by the follower.
 */
class IndexLayoutTest {
  private static final String SEQUENCE_KEY = "opendisclosure.changeSequence";
  private static final String LAYOUT_KEY = "opendisclosure.layoutVersion";
  private static final String[][] CATEGORIES = {{"budget", "finance"}, {"final-accounts", "finance"}, {"regulations"}};
  private static final String[][] ORGANS = {{"county"}, {"town-a", "county"}, {"village-a1", "town-a", "county"}};
  private static final int[] YEARS = {2024, 2025, 2026};

  private final Directory directory = new ByteBuffersDirectory();
  private final IndexFollowerTest.FakeStore store = new IndexFollowerTest.FakeStore();
  private final List<LogRecord> warnings = new ArrayList<>();
  private final Logger logger = Logger.getLogger(DisclosureIndex.class.getName());
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        synchronized (warnings) {
          warnings.add(record);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void setUp() {
    for (int n = 1; n <= 27; n++) {
      String[] category = CATEGORIES[n % 3];
      String[] organ = ORGANS[(n - 1) / 3 % 3];
      SearchDocument doc = TestDocs.doc(n, "公告" + n, "低保公示第" + n + "号")
          .category(category[0], category[0], List.of(category).subList(1, category.length))
          .organ(organ[0], organ[0], List.of(organ).subList(1, organ.length))
          .year(YEARS[(n - 1) / 9])
          .build();
      store.published.put(id(n), doc);
      store.feed.add(new Change(store.feed.size() + 1, id(n), 1, ChangeKind.PUBLISHED, Instant.EPOCH));
    }
    logger.addHandler(handler);
  }

  @AfterEach
  void tearDown() throws IOException {
    logger.removeHandler(handler);
    directory.close();
  }

  @Test
  void anIndexOfTheOldLayoutIsEmptiedAndRebuiltByTheFollower() throws IOException {
    // what the previous version wrote: the default facet field, the sequence alone in the commit
    FacetsConfig old = new FacetsConfig();
    old.setMultiValued(Fields.FACET_CATEGORY, true);
    old.setMultiValued(Fields.FACET_ORGAN, true);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalysis.text()))) {
      for (SearchDocument doc : store.published.values()) {
        writer.addDocument(old.build(Fields.toDocument(doc)));
      }
      writer.setLiveCommitData(Map.of(SEQUENCE_KEY, Integer.toString(store.feed.size())).entrySet());
      writer.commit();
    }
    assertThat(SegmentInfos.readLatestCommit(directory).getUserData()).doesNotContainKey(LAYOUT_KEY);

    try (DisclosureIndex index = DisclosureIndex.open(directory, TestDocs.CLOCK)) {
      assertThat(index.documentCount()).isZero();
      assertThat(index.recordedSequence()).isZero();
      assertThat(commitData()).isEqualTo(Map.of(LAYOUT_KEY, Integer.toString(Fields.LAYOUT_VERSION)));
      assertThat(warnings).singleElement().satisfies(w -> assertThat(w.getMessage())
          .contains("deleting", "rebuilds it from the store"));

      List<IndexFollower.Progress> progress = new ArrayList<>();
      IndexFollower follower = IndexFollower.builder(index, store, store).batchSize(10).progress(progress::add).build();
      assertThat(follower.catchUp()).isEqualTo(store.feed.size());
      assertThat(progress).allMatch(IndexFollower.Progress::rebuilding);
      assertThat(index.documentCount()).isEqualTo(store.published.size());
      assertFacetsMatchTheStore(index);
    }
    assertThat(commitData()).containsEntry(SEQUENCE_KEY, Integer.toString(store.feed.size()))
        .containsEntry(LAYOUT_KEY, Integer.toString(Fields.LAYOUT_VERSION));

    // the rebuilt index is of the current layout: reopening keeps it
    try (DisclosureIndex index = DisclosureIndex.open(directory, TestDocs.CLOCK)) {
      assertThat(index.documentCount()).isEqualTo(store.published.size());
      assertThat(index.recordedSequence()).isEqualTo(store.feed.size());
      assertFacetsMatchTheStore(index);
    }
    assertThat(warnings).hasSize(1);
  }

  @Test
  void everyCommitCarriesTheLayoutAndKeepsTheSequence() throws IOException {
    String layout = Integer.toString(Fields.LAYOUT_VERSION);
    try (DisclosureIndex index = DisclosureIndex.open(directory, TestDocs.CLOCK)) {
      index.upsert(store.published.get(id(1)));
      index.commit();
      assertThat(commitData()).isEqualTo(Map.of(LAYOUT_KEY, layout));

      index.commitSequence(1);
      assertThat(commitData()).isEqualTo(Map.of(LAYOUT_KEY, layout, SEQUENCE_KEY, "1"));

      index.upsert(store.published.get(id(2)));
      index.commit();
      assertThat(commitData()).isEqualTo(Map.of(LAYOUT_KEY, layout, SEQUENCE_KEY, "1"));

      DisclosureIndex.BulkLoad bulk = index.bulkLoad();
      index.upsert(store.published.get(id(3)));
      bulk.close();
    }
    // close() commits the bulk load's document with both keys
    assertThat(commitData()).isEqualTo(Map.of(LAYOUT_KEY, layout, SEQUENCE_KEY, "1"));
    try (DisclosureIndex index = DisclosureIndex.open(directory, TestDocs.CLOCK)) {
      assertThat(index.documentCount()).isEqualTo(3);
      assertThat(index.recordedSequence()).isEqualTo(1);
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void aFreshIndexGetsTheLayoutWithItsFirstCommit() throws IOException {
    try (DisclosureIndex index = DisclosureIndex.open(directory, TestDocs.CLOCK)) {
      assertThat(index.recordedSequence()).isZero();
    }
    assertThat(commitData()).isEqualTo(Map.of(LAYOUT_KEY, Integer.toString(Fields.LAYOUT_VERSION)));
    assertThat(warnings).isEmpty();
  }

  @Test
  void anEmptyIndexOfTheOldLayoutKeepsItsSequence() throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalysis.text()))) {
      writer.setLiveCommitData(Map.of(SEQUENCE_KEY, "12").entrySet());
      writer.commit();
    }
    try (DisclosureIndex index = DisclosureIndex.open(directory, TestDocs.CLOCK)) {
      assertThat(index.recordedSequence()).isEqualTo(12);
      index.commit();
    }
    assertThat(commitData()).isEqualTo(Map.of(LAYOUT_KEY, Integer.toString(Fields.LAYOUT_VERSION), SEQUENCE_KEY, "12"));
    assertThat(warnings).isEmpty();
  }

  private Map<String, String> commitData() throws IOException {
    return SegmentInfos.readLatestCommit(directory).getUserData();
  }

  /** Every dimension's counts (each value with its descendants) equal the store's, unfiltered and sideways. */
  private void assertFacetsMatchTheStore(DisclosureIndex index) {
    SearchResults all = index.search(SearchQuery.builder().facets(true).build());
    assertThat(all.totalHits()).isEqualTo(store.published.size());
    assertThat(counts(all, Fields.FACET_CATEGORY)).isEqualTo(expected(Fields.FACET_CATEGORY, null, null));
    assertThat(counts(all, Fields.FACET_ORGAN)).isEqualTo(expected(Fields.FACET_ORGAN, null, null));
    assertThat(counts(all, Fields.FACET_YEAR)).isEqualTo(expected(Fields.FACET_YEAR, null, null));

    // year and category filters: each counted sideways (without its own filter), organ with both
    SearchResults filtered = index.search(SearchQuery.builder().year(2025).category("finance").facets(true).build());
    assertThat(filtered.totalHits()).isEqualTo(store.published.values().stream()
        .filter(d -> d.year() == 2025 && d.categoryAncestors().contains("finance")).count());
    assertThat(counts(filtered, Fields.FACET_YEAR)).isEqualTo(expected(Fields.FACET_YEAR, null, "finance"));
    assertThat(counts(filtered, Fields.FACET_CATEGORY)).isEqualTo(expected(Fields.FACET_CATEGORY, 2025, null));
    assertThat(counts(filtered, Fields.FACET_ORGAN)).isEqualTo(expected(Fields.FACET_ORGAN, 2025, "finance"));
  }

  private static Map<String, Long> counts(SearchResults results, String dim) {
    Map<String, Long> counts = new TreeMap<>();
    results.facets().get(dim).forEach(c -> counts.put(c.value(), c.count()));
    return counts;
  }

  /** The counts of {@code dim} over the store's documents of {@code year} and in {@code category} (null: any). */
  private Map<String, Long> expected(String dim, Integer year, String category) {
    Map<String, Long> counts = new TreeMap<>();
    for (SearchDocument d : store.published.values()) {
      if (year != null && d.year() != year
          || category != null && !d.categoryCode().equals(category) && !d.categoryAncestors().contains(category)) {
        continue;
      }
      List<String> values = new ArrayList<>();
      switch (dim) {
        case Fields.FACET_CATEGORY -> {
          values.add(d.categoryCode());
          values.addAll(d.categoryAncestors());
        }
        case Fields.FACET_ORGAN -> {
          values.add(d.organCode());
          values.addAll(d.organAncestors());
        }
        default -> values.add(Integer.toString(d.year()));
      }
      values.stream().distinct().forEach(v -> counts.merge(v, 1L, Long::sum));
    }
    return counts;
  }
}
