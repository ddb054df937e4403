package org.opendisclosure.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * The page, the total and drill-sideways facet hits in one pass (the way Solr's tagged filters
 * work, without a filter cache of our own).
 *
 * <p>The pass visits the documents that match the text query and the filters that are not facet
 * dimensions and fail at most one dimension filter ({@link #query}). Each is checked against every
 * dimension filter, leapfrogging with the filter's iterator: a document that passes all of them is
 * a hit (it goes to the page collector and to {@link Result#hits()}); one that fails only the
 * filter of dimension <i>d</i> is a near miss of <i>d</i>. A dimension's sideways facet hits (every
 * filter but its own) are the hits and its near misses, so each filtered dimension is counted
 * without a search of its own. Lucene's leaf collectors see documents in increasing order, which
 * the leapfrogging relies on.
 */
public final class SidewaysFacets<C extends Collector, T extends TopDocs>
    implements CollectorManager<SidewaysFacets<C, T>.Slice, SidewaysFacets.Result<T>> {

  /**
   * What the pass found.
   *
   * @param top the page, from the page collector
   * @param hits the facet hits: documents that pass every filter
   * @param sideways per dimension filter, in the order given, the hits and the near misses
   */
  public record Result<T>(T top, FacetsCollector hits, List<FacetsCollector> sideways) {
    /** How many documents pass every filter. */
    public long totalHits() {
      long total = 0;
      for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
        total += m.totalHits;
      }
      return total;
    }
  }

  private final CollectorManager<C, T> page;
  private final Weight[] filters;

  private SidewaysFacets(CollectorManager<C, T> page, Weight[] filters) {
    this.page = page;
    this.filters = filters;
  }

  /**
   * A manager for one search of {@link #query}: {@code page} collects the hits' page, {@code
   * dimensionFilters} are the filters whose dimensions are counted sideways.
   */
  public static <C extends Collector, T extends TopDocs> SidewaysFacets<C, T> of(
      IndexSearcher searcher, CollectorManager<C, T> page, List<Query> dimensionFilters) throws IOException {
    Weight[] weights = new Weight[dimensionFilters.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = searcher.createWeight(searcher.rewrite(dimensionFilters.get(i)), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    return new SidewaysFacets<>(page, weights);
  }

  /**
   * The query to run: {@code base} (the text query with every filter that is not a facet
   * dimension) restricted to documents that fail at most one of {@code dimensionFilters}.
   */
  public static Query query(Query base, List<Query> dimensionFilters) {
    if (dimensionFilters.size() < 2) {
      return base;
    }
    BooleanQuery.Builder atLeast = new BooleanQuery.Builder();
    dimensionFilters.forEach(f -> atLeast.add(f, Occur.SHOULD));
    atLeast.setMinimumNumberShouldMatch(dimensionFilters.size() - 1);
    return new BooleanQuery.Builder().add(base, Occur.MUST).add(atLeast.build(), Occur.FILTER).build();
  }

  @Override
  public Slice newCollector() throws IOException {
    return new Slice(page.newCollector());
  }

  @Override
  public Result<T> reduce(Collection<Slice> slices) throws IOException {
    List<C> pages = new ArrayList<>();
    List<FacetsCollector> hits = new ArrayList<>();
    for (Slice s : slices) {
      pages.add(s.page);
      hits.add(s.hits);
    }
    FacetsCollectorManager facets = new FacetsCollectorManager();
    FacetsCollector allHits = facets.reduce(hits);
    List<FacetsCollector> sideways = new ArrayList<>();
    for (int i = 0; i < filters.length; i++) {
      List<FacetsCollector> misses = new ArrayList<>();
      for (Slice s : slices) {
        misses.add(s.nearMisses[i]);
      }
      sideways.add(union(allHits, facets.reduce(misses)));
    }
    return new Result<>(page.reduce(pages), allHits, List.copyOf(sideways));
  }

  /** Facet hits that are those of {@code a} and then those of {@code b} (disjoint documents). */
  private static FacetsCollector union(FacetsCollector a, FacetsCollector b) {
    List<FacetsCollector.MatchingDocs> both = new ArrayList<>(a.getMatchingDocs());
    both.addAll(b.getMatchingDocs());
    List<FacetsCollector.MatchingDocs> fixed = List.copyOf(both);
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return fixed;
      }
    };
  }

  /** The collector of one slice of the index. */
  public final class Slice implements Collector {
    private final C page;
    private final FacetsCollector hits = new FacetsCollector();
    private final FacetsCollector[] nearMisses = new FacetsCollector[filters.length];

    private Slice(C page) {
      this.page = page;
      for (int i = 0; i < nearMisses.length; i++) {
        nearMisses[i] = new FacetsCollector();
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return page.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector pageLeaf = page.getLeafCollector(context);
      LeafCollector hitsLeaf = hits.getLeafCollector(context);
      LeafCollector[] missLeaves = new LeafCollector[filters.length];
      DocIdSetIterator[] passing = new DocIdSetIterator[filters.length];
      for (int i = 0; i < filters.length; i++) {
        missLeaves[i] = nearMisses[i].getLeafCollector(context);
        Scorer scorer = filters[i].scorer(context);
        passing[i] = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          pageLeaf.setScorer(scorer);
          hitsLeaf.setScorer(scorer);
          for (LeafCollector l : missLeaves) {
            l.setScorer(scorer);
          }
        }

        @Override
        public void collect(int doc) throws IOException {
          int missed = -1;
          for (int i = 0; i < passing.length; i++) {
            DocIdSetIterator it = passing[i];
            int at = it.docID() < doc ? it.advance(doc) : it.docID();
            if (at != doc) {
              if (missed >= 0) {
                return; // fails two filters: counted nowhere (the query normally excludes it)
              }
              missed = i;
            }
          }
          if (missed < 0) {
            pageLeaf.collect(doc);
            hitsLeaf.collect(doc);
          } else {
            missLeaves[missed].collect(doc);
          }
        }

        @Override
        public void finish() throws IOException {
          pageLeaf.finish();
          hitsLeaf.finish();
          for (LeafCollector l : missLeaves) {
            l.finish();
          }
        }
      };
    }
  }
}
