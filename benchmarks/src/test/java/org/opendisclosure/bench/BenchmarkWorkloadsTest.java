package org.opendisclosure.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.CorpusCategory;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.catalogue.Catalogue;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.model.ArchivedItem;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.IndexFollower;
import org.opendisclosure.search.PublishedDocuments;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchResults;

/**
 * The workloads the suites run, checked for correctness (never for speed): the corpus agrees with
 * the core's catalogue, every notice becomes a valid search document and a valid draft, every
 * category goes through the workflow, the raw-Lucene peer finds what DisclosureIndex finds, and the
 * recall check holds on a small corpus.
 */
class BenchmarkWorkloadsTest {
  private static final Corpus CORPUS = Corpus.of(Corpus.DEFAULT_SEED, 1500);

  @Test
  void theCorpusCategoriesAreTheCoreCatalogue() {
    Catalogue catalogue = Catalogue.defaults();
    for (CorpusCategory c : Corpus.categories()) {
      Category core = catalogue.find(c.code()).orElseThrow(() -> new AssertionError("unknown " + c.code()));
      assertThat(c.name()).isEqualTo(core.name());
      assertThat(c.shape()).isEqualTo(core.payload().name());
      assertThat(c.audit()).as(c.code()).isEqualTo(core.auditBeforePublish());
      assertThat(c.decision()).as(c.code()).isEqualTo(core.decision());
      assertThat(c.ancestors().isEmpty() ? null : c.ancestors().get(0)).isEqualTo(core.parentCode());
    }
    assertThat(Corpus.categories()).hasSameSizeAs(catalogue.categories());
  }

  @Test
  void everyNoticeIsAValidSearchDocumentAndAValidDraft() {
    for (Notice n : CORPUS.stream().toList()) {
      assertThat(Documents.of(n).id().value()).isEqualTo(n.id());
      assertThat(Drafts.payload(n.facts()).validate()).as("%s %s", n.category().code(), n.title()).isEmpty();
    }
  }

  @Test
  void theImportSuitesArchiveImportsAndTheFollowerIndexesEveryItem(@TempDir Path folder) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:bench-import;DB_CLOSE_DELAY=-1");
    Disclosures d = Disclosures.builder().dataSource(ds).build();
    Drafts.setUp(d);
    Corpus small = Corpus.of(Corpus.DEFAULT_SEED, 120);
    List<ArchivedItem> items = ImportSuite.archived(small, java.time.Instant.now());

    d.importPublished(items.subList(0, 60), Drafts.APPROVER);
    d.importPublished(items.subList(60, 120), Drafts.APPROVER);

    assertThat(d.verifyLog().problems()).isEmpty();
    try (DisclosureIndex index = DisclosureIndex.open(folder, Clock.systemUTC());
        IndexFollower follower = IndexFollower.builder(index, d::changesAfter, PublishedDocuments.of(d)).build()) {
      follower.catchUp();
      assertThat(index.documentCount()).isEqualTo(120);
      Notice n = small.notice(7);
      assertThat(index.search(SearchQuery.of("\"" + n.indexNumber() + "\"")).hits())
          .anyMatch(h -> h.indexNumber() != null && h.indexNumber().equals(n.indexNumber()));
    }
  }

  @Test
  void oneNoticeOfEveryCategoryIsPublishedThroughTheWorkflow() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:bench-workflow;DB_CLOSE_DELAY=-1");
    Disclosures d = Disclosures.builder().dataSource(ds).build();
    Drafts.setUp(d);
    Publisher publisher = new Publisher(d);
    Set<String> categories = new HashSet<>();
    for (int i = 0; i < Corpus.categories().size(); i++) {
      Notice n = CORPUS.notice(i);
      assertThat(publisher.publish(n)).isEqualTo(Publisher.transactions(n));
      categories.add(n.category().code());
    }
    assertThat(categories).hasSize(Corpus.categories().size());
    assertThat(d.lastChangeSequence()).isGreaterThanOrEqualTo(5L * categories.size());
  }

  @Test
  void theRawPeerFindsWhatDisclosureIndexFindsAndRecallIsComplete(@TempDir Path folder) throws Exception {
    try (DisclosureIndex index = DisclosureIndex.open(folder, Clock.systemUTC())) {
      CORPUS.stream().forEach(n -> index.upsert(Documents.of(n)));
      index.commit();
      index.refresh();
      try (RawLucene raw = new RawLucene(folder)) {
        for (QueryKind kind : QueryKind.values()) {
          for (int i = 0; i < kind.texts().size(); i++) {
            SearchResults ours = index.search(kind.query(i));
            RawLucene.Prepared p = raw.prepare(kind, i);
            if (ours.totalExact()) {
              assertThat(raw.count(p.full())).as("%s %d", kind, i).isEqualTo(ours.totalHits());
            } else {
              assertThat(raw.count(p.full())).as("%s %d", kind, i).isGreaterThan((int) ours.totalHits());
            }
            raw.minimal(p);
            raw.full(p);
          }
        }
        assertThat(index.search(QueryKind.TERM.query(0)).totalHits()).isPositive();
        // the suggestion benchmark's prefixes find titles (the county's name is in most of them)
        assertThat(index.suggest(SearchBenchmarks.PREFIXES[0], 8)).hasSize(8).allMatch(t -> t.contains("清溪县"));
        Recall.Result recall = Recall.check(CORPUS, index, raw, 60, 1);
        assertThat(recall.pairs()).isPositive();
        assertThat(recall.misses()).isEmpty();
        assertThat(recall.recall()).isEqualTo(1.0);
        assertThat(recall.countsAgreeing()).isEqualTo(60);
      }
    }
  }

  @Test
  void theItemIdsOfTheCorpusAreCoreItemIds() {
    List<ItemId> ids = CORPUS.stream().limit(100).map(n -> new ItemId(n.id())).toList();
    assertThat(new HashSet<>(ids)).hasSize(100);
  }
}
