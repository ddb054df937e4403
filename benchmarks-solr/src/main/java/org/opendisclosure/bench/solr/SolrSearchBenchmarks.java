package org.opendisclosure.bench.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.core.CoreContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Each query kind through embedded Solr: tuned ({@code minExactCount} 10) and with Solr's defaults.
 * Run by {@link SolrPeer}, which passes the Solr home as {@code -Dsolr.bench.home}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SolrSearchBenchmarks {

  /** The core and every query prepared; its states load it once per fork. */
  abstract static class Core {
    CoreContainer container;
    EmbeddedSolrServer server;
    final SolrQuery[][] tuned = new SolrQuery[SolrNotices.Kind.values().length][];
    final SolrQuery[][] defaults = new SolrQuery[SolrNotices.Kind.values().length][];

    void load() {
      container = CoreContainer.createAndLoad(Path.of(System.getProperty("solr.bench.home")));
      server = new EmbeddedSolrServer(container, SolrNotices.CORE);
      for (SolrNotices.Kind kind : SolrNotices.Kind.values()) {
        int n = kind.texts.size();
        tuned[kind.ordinal()] = new SolrQuery[n];
        defaults[kind.ordinal()] = new SolrQuery[n];
        for (int i = 0; i < n; i++) {
          tuned[kind.ordinal()][i] = SolrNotices.query(kind, i, 10);
          defaults[kind.ordinal()][i] = SolrNotices.query(kind, i, null);
        }
      }
    }

    void unload() throws IOException {
      server.close();
      container.shutdown();
    }
  }

  /** The core as configured: its filter cache on (512 entries, as Solr ships it). */
  @State(Scope.Benchmark)
  public static class Solr extends Core {
    @Setup(Level.Trial)
    public void open() {
      load();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      unload();
    }
  }

  /**
   * The same core loaded with its filter cache off ({@code -Dsolr.filterCache.size=0}): with a
   * few benchmark queries in turn, the cache finds again every document set Solr keeps for the
   * filters and for the query under each excluded filter, while DisclosureIndex caches the
   * filters' sets only. Each benchmark runs in a JVM of its own, so the property touches no other.
   */
  @State(Scope.Benchmark)
  public static class NoFilterCache extends Core {
    @Setup(Level.Trial)
    public void open() {
      System.setProperty(FILTER_CACHE_SIZE, "0");
      load();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      unload();
    }
  }

  /** The system property the core's {@code solrconfig.xml} reads its filter cache size from. */
  static final String FILTER_CACHE_SIZE = "solr.filterCache.size";

  /** Which text comes next, per thread. */
  @State(Scope.Thread)
  public static class Turn {
    int next;
  }

  static long run(SolrQuery[] queries, Core s, Turn t) throws SolrServerException, IOException {
    QueryResponse r = s.server.query(SolrNotices.CORE, queries[t.next++ % queries.length]);
    return r.getResults().getNumFound() + r.getResults().size();
  }

  @Benchmark
  public long termTuned(Solr s, Turn t) throws Exception {
    return run(s.tuned[SolrNotices.Kind.TERM.ordinal()], s, t);
  }

  @Benchmark
  public long termDefaults(Solr s, Turn t) throws Exception {
    return run(s.defaults[SolrNotices.Kind.TERM.ordinal()], s, t);
  }

  @Benchmark
  public long andTuned(Solr s, Turn t) throws Exception {
    return run(s.tuned[SolrNotices.Kind.AND.ordinal()], s, t);
  }

  @Benchmark
  public long andDefaults(Solr s, Turn t) throws Exception {
    return run(s.defaults[SolrNotices.Kind.AND.ordinal()], s, t);
  }

  @Benchmark
  public long phraseTuned(Solr s, Turn t) throws Exception {
    return run(s.tuned[SolrNotices.Kind.PHRASE.ordinal()], s, t);
  }

  @Benchmark
  public long phraseDefaults(Solr s, Turn t) throws Exception {
    return run(s.defaults[SolrNotices.Kind.PHRASE.ordinal()], s, t);
  }

  @Benchmark
  public long facetsTuned(Solr s, Turn t) throws Exception {
    return run(s.tuned[SolrNotices.Kind.FACETS.ordinal()], s, t);
  }

  @Benchmark
  public long facetsNoFilterCache(NoFilterCache s, Turn t) throws Exception {
    return run(s.tuned[SolrNotices.Kind.FACETS.ordinal()], s, t);
  }

  @Benchmark
  public long dateTuned(Solr s, Turn t) throws Exception {
    return run(s.tuned[SolrNotices.Kind.DATE.ordinal()], s, t);
  }

  @Benchmark
  public long dateDefaults(Solr s, Turn t) throws Exception {
    return run(s.defaults[SolrNotices.Kind.DATE.ordinal()], s, t);
  }

  @Benchmark
  public long highlightTuned(Solr s, Turn t) throws Exception {
    return run(s.tuned[SolrNotices.Kind.HIGHLIGHT.ordinal()], s, t);
  }
}
