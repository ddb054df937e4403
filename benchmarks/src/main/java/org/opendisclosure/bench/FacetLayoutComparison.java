package org.opendisclosure.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.search.SearchDocument;
import org.opendisclosure.search.Synonyms;
import org.opendisclosure.search.internal.ChineseAnalysis;
import org.opendisclosure.search.internal.Fields;
import org.opendisclosure.search.internal.ParsedText;
import org.opendisclosure.search.internal.SearchLimits;
import org.opendisclosure.search.internal.SidewaysFacets;
import org.opendisclosure.search.internal.TextQueries;

/**
 * A/B of the facet index layouts on the FACETS queries of the search suite: the same documents
 * written twice by one writer configuration (the bulk load's, one thread, so both get the same
 * segments), once with every dimension in Lucene's shared {@code $facets} field (layout 1) and once
 * with a field per dimension (layout 2, {@link Fields#facetsConfig()}); then, in one JVM and
 * interleaved (A B B A ... per round), what {@code DisclosureIndex.search} does for such a query:
 * the one-pass page, hits and sideways hits ({@link SidewaysFacets}), the counts as each layout
 * allows, and the page's stored fields. It also times the counting alone on the pass's result,
 * and checks that both layouts give the same counts. Prints medians and p90s in ms. The two
 * indexes are kept in {@code target/bench-data/facet-layout-<seed>-<n>} and reused while its
 * {@code complete} marker exists.
 *
 * <p>{@code mvn -B -q -pl benchmarks exec:exec@facet-layout} (default 50,000 items; {@code -Dn=}).
 */
public final class FacetLayoutComparison {
  private static final List<String> DIMS = Fields.FACET_DIMENSIONS;

  private FacetLayoutComparison() {}

  /** One side: an index of one layout, with its facet states and how it counts. */
  private static final class Side {
    final String name;
    final FSDirectory directory;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    /** Layout 1: one state for every dimension; layout 2: one per dimension. */
    final Map<String, SortedSetDocValuesReaderState> states = new LinkedHashMap<>();
    final boolean shared;

    Side(String name, Path folder, FacetsConfig config, boolean shared) throws IOException {
      this.name = name;
      this.shared = shared;
      this.directory = FSDirectory.open(folder);
      this.reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
      if (shared) {
        SortedSetDocValuesReaderState all = new DefaultSortedSetDocValuesReaderState(reader, config);
        DIMS.forEach(d -> states.put(d, all));
      } else {
        for (String d : DIMS) {
          states.put(d, new DefaultSortedSetDocValuesReaderState(reader, Fields.facetField(d), config));
        }
      }
    }

    /** The one pass of {@code DisclosureIndex.search} with facets: page of 11, hits, sideways hits. */
    SidewaysFacets.Result<TopDocs> pass(Prepared p) throws IOException {
      return searcher.search(SidewaysFacets.query(p.text(), p.filters()), SidewaysFacets.of(
          searcher, new TopScoreDocCollectorManager(11, null, Integer.MAX_VALUE, false), p.filters()));
    }

    /**
     * The counts as the layout's version of {@code DisclosureIndex} makes them: layout 1 counts
     * every dimension in one go over the hits (shared by the unfiltered ones) and again over each
     * filtered dimension's sideways hits; layout 2 counts each dimension from its own field.
     */
    Map<String, List<String>> counts(Prepared p, SidewaysFacets.Result<TopDocs> r) throws IOException {
      Map<String, List<String>> out = new LinkedHashMap<>();
      SortedSetDocValuesFacetCounts overHits = null;
      for (String dim : DIMS) {
        SortedSetDocValuesReaderState state = states.get(dim);
        int sideways = p.dims().indexOf(dim);
        FacetsCollector hits = sideways >= 0 ? r.sideways().get(sideways) : r.hits();
        SortedSetDocValuesFacetCounts counts;
        if (shared && sideways < 0) {
          overHits = overHits == null ? new SortedSetDocValuesFacetCounts(state, hits) : overHits;
          counts = overHits;
        } else {
          counts = new SortedSetDocValuesFacetCounts(state, hits);
        }
        FacetResult top = counts.getTopChildren(SearchLimits.MAX_FACET_VALUES, dim);
        List<String> values = new ArrayList<>();
        if (top != null) {
          for (LabelAndValue lv : top.labelValues) {
            values.add(lv.label + "=" + lv.value);
          }
        }
        out.put(dim, values);
      }
      return out;
    }

    /** Counts dimension {@code dim} alone from its own field; returns its number of values. */
    int countOne(String dim, Prepared p, SidewaysFacets.Result<TopDocs> r) throws IOException {
      int sideways = p.dims().indexOf(dim);
      FacetsCollector hits = sideways >= 0 ? r.sideways().get(sideways) : r.hits();
      FacetResult top = new SortedSetDocValuesFacetCounts(states.get(dim), hits)
          .getTopChildren(SearchLimits.MAX_FACET_VALUES, dim);
      return top == null ? 0 : top.childCount;
    }

    /** Everything the search does for the query; returns a checksum. */
    long search(Prepared p) throws IOException {
      SidewaysFacets.Result<TopDocs> r = pass(p);
      long sum = r.totalHits() + counts(p, r).size();
      StoredFields stored = searcher.storedFields();
      ScoreDoc[] page = r.top().scoreDocs;
      for (int i = 0; i < Math.min(10, page.length); i++) {
        sum += stored.document(page[i].doc).get(Fields.TITLE).length();
      }
      return sum;
    }
  }

  /** A FACETS query: its text query, its dimension filters and their dimensions. */
  private record Prepared(String label, Query text, List<Query> filters, List<String> dims) {
    @Override
    public String toString() {
      return label + " " + dims;
    }
  }

  public static void main(String[] args) throws Exception {
    Corpus corpus = Corpora.corpus(50_000);
    int rounds = Integer.getInteger("ab.rounds", 30);
    int reps = Integer.getInteger("ab.reps", 10);
    Path data = Corpora.dataFolder().resolve("facet-layout-" + corpus.seed() + "-" + corpus.size());
    Path shared = data.resolve("layout1");
    Path perDim = data.resolve("layout2");
    FacetsConfig old = new FacetsConfig();
    old.setMultiValued(Fields.FACET_CATEGORY, true);
    old.setMultiValued(Fields.FACET_ORGAN, true);
    Path complete = data.resolve("complete");
    if (Files.exists(complete)) {
      System.out.printf("[facet-layout] reusing both layouts in %s%n", data.getFileName());
    } else {
      System.out.printf("[facet-layout] %,d items; making documents and writing both layouts%n", corpus.size());
      List<SearchDocument> docs = Corpora.documents(corpus);
      write(shared, docs, old);
      write(perDim, docs, Fields.facetsConfig());
      Files.writeString(complete, "ok\n");
    }

    Side a = new Side("layout 1 (shared $facets)", shared, old, true);
    Side b = new Side("layout 2 (field per dimension)", perDim, Fields.facetsConfig(), false);
    System.out.printf("[facet-layout] segments: %d and %d%n", a.reader.leaves().size(), b.reader.leaves().size());
    TextQueries texts = new TextQueries(ChineseAnalysis.text(), Synonyms.defaults());
    List<Prepared> queries = new ArrayList<>();
    for (int k = 0; k < QueryKind.FACETS.texts().size(); k++) {
      queries.add(prepare(texts, k));
    }
    for (Prepared p : queries) {
      if (!a.counts(p, a.pass(p)).equals(b.counts(p, b.pass(p))) || a.pass(p).totalHits() != b.pass(p).totalHits()) {
        throw new IllegalStateException("the layouts count " + p + " differently");
      }
    }
    System.out.println("[facet-layout] both layouts give the same hits and counts for every query");

    // warm-up, then interleaved rounds: A B in even rounds, B A in odd ones
    Side[] sides = {a, b};
    long sink = 0;
    for (int i = 0; i < 300; i++) {
      for (Side s : sides) {
        for (Prepared p : queries) {
          sink += s.search(p);
        }
      }
    }
    double[][][] full = new double[2][queries.size()][rounds * reps];
    double[][][] counting = new double[2][queries.size()][rounds * reps];
    Map<Side, List<SidewaysFacets.Result<TopDocs>>> passes = new LinkedHashMap<>();
    for (Side s : sides) {
      List<SidewaysFacets.Result<TopDocs>> results = new ArrayList<>();
      for (Prepared p : queries) {
        results.add(s.pass(p));
      }
      passes.put(s, results);
    }
    for (int round = 0; round < rounds; round++) {
      int[] order = round % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0};
      for (int side : order) {
        Side s = sides[side];
        for (int q = 0; q < queries.size(); q++) {
          Prepared p = queries.get(q);
          for (int r = 0; r < reps; r++) {
            long t = System.nanoTime();
            sink += s.search(p);
            full[side][q][round * reps + r] = (System.nanoTime() - t) / 1e6;
          }
          SidewaysFacets.Result<TopDocs> pass = passes.get(s).get(q);
          for (int r = 0; r < reps; r++) {
            long t = System.nanoTime();
            sink += s.counts(p, pass).size();
            counting[side][q][round * reps + r] = (System.nanoTime() - t) / 1e6;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "[facet-layout] %d rounds x %d per query and side, interleaved (checksum %d)%n",
        rounds, reps, sink);
    System.out.printf(Locale.ROOT, "%-22s | %-12s | %-12s | %-12s | %-12s | %s%n", "query (filtered dims)",
        "search p50 A", "search p50 B", "count p50 A", "count p50 B", "B/A search p50, p90; count p50");
    double[][] allFull = new double[2][];
    double[][] allCount = new double[2][];
    for (int q = 0; q < queries.size(); q++) {
      System.out.printf(Locale.ROOT, "%-22s | %12.3f | %12.3f | %12.3f | %12.3f | %.2f, %.2f; %.2f%n",
          queries.get(q), pct(full[0][q], 50), pct(full[1][q], 50), pct(counting[0][q], 50),
          pct(counting[1][q], 50), pct(full[1][q], 50) / pct(full[0][q], 50),
          pct(full[1][q], 90) / pct(full[0][q], 90), pct(counting[1][q], 50) / pct(counting[0][q], 50));
      for (int side = 0; side < 2; side++) {
        allFull[side] = concat(allFull[side], full[side][q]);
        allCount[side] = concat(allCount[side], counting[side][q]);
      }
    }
    System.out.printf(Locale.ROOT, "%-22s | %12.3f | %12.3f | %12.3f | %12.3f | %.2f, %.2f; %.2f%n", "all four",
        pct(allFull[0], 50), pct(allFull[1], 50), pct(allCount[0], 50), pct(allCount[1], 50),
        pct(allFull[1], 50) / pct(allFull[0], 50), pct(allFull[1], 90) / pct(allFull[0], 90),
        pct(allCount[1], 50) / pct(allCount[0], 50));
    System.out.printf("A = %s, B = %s; times in ms%n", a.name, b.name);

    // where B's counting time goes: each dimension alone, over the hits or its sideways hits
    System.out.printf("%-22s | %s%n", "B: one dimension", "count p50 per dimension (category, organ, year)");
    for (int q = 0; q < queries.size(); q++) {
      Prepared p = queries.get(q);
      SidewaysFacets.Result<TopDocs> pass = passes.get(b).get(q);
      StringBuilder line = new StringBuilder();
      for (String dim : DIMS) {
        double[] times = new double[rounds * reps];
        for (int i = 0; i < times.length; i++) {
          long t = System.nanoTime();
          sink += b.countOne(dim, p, pass);
          times[i] = (System.nanoTime() - t) / 1e6;
        }
        line.append(String.format(Locale.ROOT, " %8.3f", pct(times, 50)));
      }
      System.out.printf("%-22s |%s%n", p, line);
    }
    for (Side s : sides) {
      s.reader.close();
      s.directory.close();
    }
  }

  private static Prepared prepare(TextQueries texts, int k) {
    String text = QueryKind.FACETS.texts().get(k);
    List<Query> filters = new ArrayList<>();
    List<String> dims = new ArrayList<>();
    RawLucene.facetFilters(k, filters, dims);
    return new Prepared(text, texts.build(ParsedText.parse(text)).query(), filters, dims);
  }

  /** Writes {@code docs} into a fresh {@code folder} on one thread, with the bulk load's buffer. */
  private static void write(Path folder, List<SearchDocument> docs, FacetsConfig config) throws IOException {
    Corpora.deleteTree(folder);
    long start = System.nanoTime();
    IndexWriterConfig iwc = new IndexWriterConfig(ChineseAnalysis.text()).setRAMBufferSizeMB(64);
    try (FSDirectory dir = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(dir, iwc)) {
      for (SearchDocument d : docs) {
        writer.addDocument(config.build(Fields.toDocument(d)));
      }
      writer.commit();
    }
    System.out.printf(Locale.ROOT, "[facet-layout] wrote %s in %.0f s (%,d bytes)%n", folder.getFileName(),
        (System.nanoTime() - start) / 1e9, Corpora.sizeOf(folder));
  }

  private static double pct(double[] values, int p) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
  }

  private static double[] concat(double[] a, double[] b) {
    if (a == null) {
      return b.clone();
    }
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
