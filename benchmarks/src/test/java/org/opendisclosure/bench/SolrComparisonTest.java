package org.opendisclosure.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendisclosure.bench.corpus.Corpus;

/** The Solr suite's table reads the peer's figures right (never timed: the figures are given). */
class SolrComparisonTest {
  @Test
  void tableGivesEachKindsRatiosAndTheFacetsWithTheCachesOff() {
    Map<String, Results.Figure> ours = new LinkedHashMap<>();
    ours.put("termOurs", new Results.Figure(0.4, 3.0, 0.39, 0.41, 0.5, 0.01, 1000));
    ours.put("facetsOurs", new Results.Figure(1.0, 6.0, 0.9, 1.1, 1.2, 0.01, 1000));
    ours.put("facetsOursNoFacetCache", new Results.Figure(2.0, 9.0, 1.9, 2.1, 2.2, 0.01, 1000));
    Map<String, String[]> solr = new LinkedHashMap<>();
    solr.put("index", new String[] {"index", "2000.0", "500000"});
    solr.put("termTuned", new String[] {"termTuned", "0.8000", "6.0000", "0.7", "0.9"});
    solr.put("termDefaults", new String[] {"termDefaults", "1.6000", "8.0000", "1.5", "1.7"});
    solr.put("facetsTuned", new String[] {"facetsTuned", "0.9000", "5.0000", "0.8", "1.0"});
    solr.put("facetsNoFilterCache", new String[] {"facetsNoFilterCache", "1.6000", "12.0000", "1.5", "1.7"});

    String table = SolrComparison.table(Corpus.of(Corpus.DEFAULT_SEED, 100), 2500, 540_000, ours, solr);

    assertThat(table).contains("Ours/Solr indexing rate: 1.25×.");
    assertThat(table).contains("| term | 0.40 / 3.00 ms | 0.80 / 6.00 ms | 0.50×, 0.50× | 1.60 / 8.00 ms | 0.25× |");
    assertThat(table).contains("| facets | 1.00 / 6.00 ms | 0.90 / 5.00 ms | 1.11×, 1.20× | – | – |");
    assertThat(table).contains("Facets with the caches that serve a repeated search off")
        .contains("Solr with its filter cache off (`-Dsolr.filterCache.size=0`): 1.60 / 12.0 ms; ours with its facet "
            + "cache off (its filter cache on): 2.00 / 9.00 ms; ours/Solr 1.25×, 0.75×. Ours with its cache against "
            + "Solr without: 0.63×, 0.50×.");
  }
}
