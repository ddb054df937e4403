package org.opendisclosure.bench.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.Notice;

/**
 * The Solr peer's home, schema and queries work (never timed): a small corpus is indexed into
 * embedded Solr and every benchmark query runs, finds what a plain substring search finds for
 * the term kind, and returns facets and snippets where asked.
 */
class SolrNoticesTest {
  @Test
  void everyBenchmarkQueryRunsAndTheTermQueryFindsEveryContainingNotice(@TempDir Path home) throws Exception {
    Corpus corpus = Corpus.of(Corpus.DEFAULT_SEED, 400);
    SolrNotices.writeHome(home);
    CoreContainer container = CoreContainer.createAndLoad(home);
    try (EmbeddedSolrServer server = new EmbeddedSolrServer(container, SolrNotices.CORE)) {
      List<SolrInputDocument> docs = new ArrayList<>();
      corpus.stream().forEach(n -> docs.add(SolrNotices.document(n)));
      server.add(SolrNotices.CORE, docs);
      server.commit(SolrNotices.CORE);
      for (SolrNotices.Kind kind : SolrNotices.Kind.values()) {
        for (int i = 0; i < kind.texts.size(); i++) {
          QueryResponse r = server.query(SolrNotices.CORE, SolrNotices.query(kind, i, null));
          assertThat(r.getResults()).as("%s %d", kind, i).isNotNull();
          if (kind == SolrNotices.Kind.FACETS) {
            assertThat(r.getFacetFields()).hasSize(3);
          }
          if (kind == SolrNotices.Kind.HIGHLIGHT && r.getResults().getNumFound() > 0) {
            assertThat(r.getHighlighting()).isNotEmpty();
          }
        }
      }
      String word = SolrNotices.Kind.TERM.texts.get(0);
      long containing = corpus.stream().map(Notice::body).filter(b -> b.contains(word)).count()
          + corpus.stream().filter(n -> !n.body().contains(word) && n.title().contains(word)).count();
      QueryResponse term = server.query(SolrNotices.CORE, SolrNotices.query(SolrNotices.Kind.TERM, 0, null));
      assertThat(containing).isPositive();
      assertThat(term.getResults().getNumFound()).isEqualTo(containing);
    } finally {
      container.shutdown();
    }
  }

  @Test
  void theFilterCacheKeepsTheFacetQueriesSetsUnlessTurnedOff(@TempDir Path on, @TempDir Path off) throws Exception {
    assertThat(filterCacheEntriesAfterFacetQueries(on, null)).isPositive();
    assertThat(filterCacheEntriesAfterFacetQueries(off, "0")).isZero();
  }

  private static int filterCacheEntriesAfterFacetQueries(Path home, String size) throws Exception {
    if (size != null) {
      System.setProperty(SolrSearchBenchmarks.FILTER_CACHE_SIZE, size);
    }
    SolrNotices.writeHome(home);
    CoreContainer container = CoreContainer.createAndLoad(home);
    try (EmbeddedSolrServer server = new EmbeddedSolrServer(container, SolrNotices.CORE)) {
      List<SolrInputDocument> docs = new ArrayList<>();
      Corpus.of(Corpus.DEFAULT_SEED, 200).stream().forEach(n -> docs.add(SolrNotices.document(n)));
      server.add(SolrNotices.CORE, docs);
      server.commit(SolrNotices.CORE);
      for (int i = 0; i < SolrNotices.Kind.FACETS.texts.size(); i++) {
        assertThat(server.query(SolrNotices.CORE, SolrNotices.query(SolrNotices.Kind.FACETS, i, 10)).getFacetFields())
            .hasSize(3);
      }
      try (SolrCore core = container.getCore(SolrNotices.CORE)) {
        return core.withSearcher(searcher -> searcher.getFilterCache().size());
      }
    } finally {
      System.clearProperty(SolrSearchBenchmarks.FILTER_CACHE_SIZE);
      container.shutdown();
    }
  }
}
