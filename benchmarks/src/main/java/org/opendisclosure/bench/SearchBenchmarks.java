package org.opendisclosure.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.SearchQuery;
import org.opendisclosure.search.SearchResults;
import org.opendisclosure.search.internal.FacetCache;

/**
 * Search in process: each query kind through {@link DisclosureIndex} ("ours"), through raw Lucene
 * doing only what the kind needs ("raw") and through raw Lucene doing all that ours does
 * ("rawFull"), on the same index folder. Each invocation takes the next text of its kind. Run by
 * {@link SearchSuite}, which builds the index and passes its folder as {@code -Dbench.index}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmarks {

  /** The index, opened once per fork both ways, and every query prepared for both. */
  @State(Scope.Benchmark)
  public static class Indexes {
    DisclosureIndex ours;
    RawLucene raw;
    final SearchQuery[][] queries = new SearchQuery[QueryKind.values().length][];
    final RawLucene.Prepared[][] prepared = new RawLucene.Prepared[QueryKind.values().length][];

    @Setup(Level.Trial)
    public void open() throws IOException {
      Path folder = Path.of(System.getProperty("bench.index"));
      raw = new RawLucene(folder);
      ours = openOurs(folder);
      for (QueryKind kind : QueryKind.values()) {
        int n = kind.texts().size();
        queries[kind.ordinal()] = new SearchQuery[n];
        prepared[kind.ordinal()] = new RawLucene.Prepared[n];
        for (int i = 0; i < n; i++) {
          queries[kind.ordinal()][i] = kind.query(i);
          prepared[kind.ordinal()][i] = raw.prepare(kind, i);
        }
      }
    }

    DisclosureIndex openOurs(Path folder) {
      return DisclosureIndex.open(folder, Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      ours.close();
      raw.close();
    }
  }

  /**
   * The same, with DisclosureIndex's facet cache off: every faceted search counts its hits again,
   * as when no search comes back on the same snapshot (the filter cache stays on).
   */
  @State(Scope.Benchmark)
  public static class IndexesWithoutFacetCache extends Indexes {
    @Override
    DisclosureIndex openOurs(Path folder) {
      System.setProperty(FacetCache.ENTRIES_PROPERTY, "0");
      try {
        return super.openOurs(folder);
      } finally {
        System.clearProperty(FacetCache.ENTRIES_PROPERTY);
      }
    }
  }

  /** Which text comes next, per thread. */
  @State(Scope.Thread)
  public static class Turn {
    int next;
  }

  static long ours(Indexes x, Turn t, QueryKind kind) {
    SearchQuery[] qs = x.queries[kind.ordinal()];
    SearchResults r = x.ours.search(qs[t.next++ % qs.length]);
    return r.totalHits() + r.hits().size();
  }

  static int raw(Indexes x, Turn t, QueryKind kind) throws IOException {
    RawLucene.Prepared[] ps = x.prepared[kind.ordinal()];
    return x.raw.minimal(ps[t.next++ % ps.length]);
  }

  static int rawFull(Indexes x, Turn t, QueryKind kind) throws IOException {
    RawLucene.Prepared[] ps = x.prepared[kind.ordinal()];
    return x.raw.full(ps[t.next++ % ps.length]);
  }

  /**
   * What citizens type into the home page's search box, one to eight characters: a county, a
   * common character, words of every category, a year, a partly typed phrase.
   */
  static final String[] PREFIXES = {"清溪县", "县", "三公", "低保", "征地补偿", "任前公示", "2025", "中标", "关于", "预算",
      "清溪县财政局", "村务", "公", "招标公告", "政府信息公开", "项目"};

  /** Cycles through every kind, as a portal's mixed traffic would. */
  static QueryKind mixed(Turn t) {
    QueryKind[] kinds = QueryKind.values();
    return kinds[t.next % kinds.length];
  }

  /** Title suggestions (8, as the portal asks) for the next prefix. */
  @Benchmark
  public int suggestOurs(Indexes x, Turn t) {
    return x.ours.suggest(PREFIXES[t.next++ % PREFIXES.length], 8).size();
  }

  @Benchmark
  public long termOurs(Indexes x, Turn t) {
    return ours(x, t, QueryKind.TERM);
  }

  @Benchmark
  public int termRaw(Indexes x, Turn t) throws IOException {
    return raw(x, t, QueryKind.TERM);
  }

  @Benchmark
  public int termRawFull(Indexes x, Turn t) throws IOException {
    return rawFull(x, t, QueryKind.TERM);
  }

  @Benchmark
  public long andOurs(Indexes x, Turn t) {
    return ours(x, t, QueryKind.AND);
  }

  @Benchmark
  public int andRaw(Indexes x, Turn t) throws IOException {
    return raw(x, t, QueryKind.AND);
  }

  @Benchmark
  public int andRawFull(Indexes x, Turn t) throws IOException {
    return rawFull(x, t, QueryKind.AND);
  }

  @Benchmark
  public long phraseOurs(Indexes x, Turn t) {
    return ours(x, t, QueryKind.PHRASE);
  }

  @Benchmark
  public int phraseRaw(Indexes x, Turn t) throws IOException {
    return raw(x, t, QueryKind.PHRASE);
  }

  @Benchmark
  public int phraseRawFull(Indexes x, Turn t) throws IOException {
    return rawFull(x, t, QueryKind.PHRASE);
  }

  @Benchmark
  public long facetsOurs(Indexes x, Turn t) {
    return ours(x, t, QueryKind.FACETS);
  }

  @Benchmark
  public long facetsOursNoFacetCache(IndexesWithoutFacetCache x, Turn t) {
    return ours(x, t, QueryKind.FACETS);
  }

  @Benchmark
  public int facetsRaw(Indexes x, Turn t) throws IOException {
    return raw(x, t, QueryKind.FACETS);
  }

  @Benchmark
  public int facetsRawFull(Indexes x, Turn t) throws IOException {
    return rawFull(x, t, QueryKind.FACETS);
  }

  @Benchmark
  public long dateOurs(Indexes x, Turn t) {
    return ours(x, t, QueryKind.DATE);
  }

  @Benchmark
  public int dateRaw(Indexes x, Turn t) throws IOException {
    return raw(x, t, QueryKind.DATE);
  }

  @Benchmark
  public int dateRawFull(Indexes x, Turn t) throws IOException {
    return rawFull(x, t, QueryKind.DATE);
  }

  @Benchmark
  public long highlightOurs(Indexes x, Turn t) {
    return ours(x, t, QueryKind.HIGHLIGHT);
  }

  @Benchmark
  public int highlightRaw(Indexes x, Turn t) throws IOException {
    return raw(x, t, QueryKind.HIGHLIGHT);
  }

  @Benchmark
  public int highlightRawFull(Indexes x, Turn t) throws IOException {
    return rawFull(x, t, QueryKind.HIGHLIGHT);
  }

  /** Mixed traffic on two threads: the throughput comparison. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public long mixOurs(Indexes x, Turn t) {
    return ours(x, t, mixed(t));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public int mixRaw(Indexes x, Turn t) throws IOException {
    return raw(x, t, mixed(t));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public int mixRawFull(Indexes x, Turn t) throws IOException {
    return rawFull(x, t, mixed(t));
  }
}
