package org.opendisclosure.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.SearchHit;
import org.opendisclosure.search.SearchQuery;

/** The relevance of the production configuration on the judged set; floors just under the measure. */
class RelevanceTest {
  static final double NDCG_FLOOR = 0.90; // measured 0.919
  static final double RECALL_FLOOR = 0.88; // measured 0.901

  @Test
  void rankingMeetsTheMeasuredFloors() throws Exception {
    List<Corpus.Doc> corpus = Corpus.generate();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
    assertThat(Judgments.queries()).hasSizeGreaterThanOrEqualTo(40);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        DisclosureIndex index = DisclosureIndex.open(dir, java.time.Clock.systemUTC())) {
      corpus.forEach(d -> index.upsert(d.document()));
      index.refresh();
      Metrics.Result result = Metrics.evaluate(corpus, q -> top10(index, q));
      System.out.println("[relevance] production (bigram chain + synonyms + question words): " + result);
      result.perQueryNdcg().forEach((q, v) -> System.out.printf("[relevance]   %.3f  %s%n", v, q));
      assertThat(result.ndcg()).isGreaterThanOrEqualTo(NDCG_FLOOR);
      assertThat(result.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
  }

  static List<ItemId> top10(DisclosureIndex index, String q) {
    return index.search(SearchQuery.builder().text(q).pageSize(Metrics.K).build()).hits().stream()
        .map(SearchHit::id).toList();
  }
}
