package org.opendisclosure.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.SearchDocument;
import org.opendisclosure.search.internal.ChineseAnalysis;
import org.opendisclosure.search.internal.Fields;

/**
 * The indexing suite: a full rebuild of the corpus into an empty folder on {@link Corpora#THREADS}
 * threads, four ways, in turn for {@code -Drounds} rounds (default 3; each round starts one
 * indexer later than the one before, and the table gives each indexer's median):
 *
 * <ul>
 *   <li><b>ours</b>: {@link DisclosureIndex#upsert} for every document inside a {@link
 *       DisclosureIndex#bulkLoad()} (as {@code IndexFollower} rebuilds), then commit;
 *   <li><b>raw, same documents</b>: an {@link IndexWriter} with the same analyzers and codec adding
 *       exactly the Lucene documents ours builds (offsets, keys, facets);
 *   <li><b>raw, same documents by updateDocument</b>: as above, replacing by id as upsert does
 *       (upsert's cost, since a rebuild from the change feed may see an item more than once);
 *   <li><b>raw, lean documents</b>: the same analyzer over title and body with positions only, the
 *       filter fields and the three facets: what a plain Lucene application would index.
 * </ul>
 *
 * The documents are made before the clock starts, and every indexer first runs once over 20,000 of
 * them untimed (JIT warm-up). Items per second and bytes per item are printed. Default size
 * 100,000: three rounds of four rebuilds of 200,000 take longer than the 10 minutes a suite may
 * take on the shared 2-core machine ({@code -Dn=200000 -Drounds=1} for the full corpus).
 */
public final class IndexSuite {
  private IndexSuite() {}

  interface Indexer {
    void run(Path folder, List<SearchDocument> docs) throws IOException;
  }

  public static void main(String[] args) throws Exception {
    Corpus corpus = Corpora.corpus(100_000);
    long made = System.nanoTime();
    List<SearchDocument> docs = Corpora.documents(corpus);
    System.out.printf("[index] %,d documents made in %.1f s (not timed below)%n", docs.size(),
        (System.nanoTime() - made) / 1e9);
    Map<String, Indexer> indexers = new LinkedHashMap<>();
    indexers.put("ours: DisclosureIndex.upsert in a bulk load", IndexSuite::ours);
    indexers.put("raw Lucene, same documents", IndexSuite::rawSame);
    indexers.put("raw Lucene, same documents by updateDocument", IndexSuite::rawSameUpdate);
    indexers.put("raw Lucene, lean documents", IndexSuite::rawLean);
    // Warm-up, not timed: every indexer once over the first 20,000 documents, so that the first
    // one measured does not pay the JIT compilation of the analysis chain for the others (a cold
    // JVM's first 50,000-item rebuild ran at two thirds of the rate of the next ones).
    List<SearchDocument> warm = docs.subList(0, Math.min(docs.size(), 20_000));
    for (Indexer indexer : indexers.values()) {
      Path folder = Corpora.dataFolder().resolve("rebuild-warmup");
      Corpora.deleteTree(folder);
      Files.createDirectories(folder);
      indexer.run(folder, warm);
      Corpora.deleteTree(folder);
    }
    Map<String, List<double[]>> runs = new LinkedHashMap<>();
    String roundsOption = System.getProperty("rounds", "").strip();
    int rounds = roundsOption.isEmpty() ? 3 : Integer.parseInt(roundsOption);
    List<Map.Entry<String, Indexer>> order = new ArrayList<>(indexers.entrySet());
    for (int round = 1; round <= rounds; round++) {
      // Each round starts one indexer later, so none is always first (or always after another).
      for (int turn = 0; turn < order.size(); turn++) {
        Map.Entry<String, Indexer> e = order.get((round - 1 + turn) % order.size());
        Path folder = Corpora.dataFolder().resolve("rebuild");
        Corpora.deleteTree(folder);
        Files.createDirectories(folder);
        System.gc();
        long start = System.nanoTime();
        e.getValue().run(folder, docs);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = Corpora.sizeOf(folder);
        runs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new double[] {docs.size() / seconds, bytes});
        System.out.printf("[index] round %d, %s: %,.0f items/s (%.1f s), %.0f bytes/item%n", round, e.getKey(),
            docs.size() / seconds, seconds, (double) bytes / docs.size());
        Corpora.deleteTree(folder);
      }
    }
    // round 1 starts with the first indexer, so the table lists them in their order, ours first
    Results.publish("index", table(docs.size(), runs));
  }

  static String table(int n, Map<String, List<double[]>> runs) {
    StringBuilder md = new StringBuilder(String.format(
        "Full rebuild of %,d items into an empty folder on %d threads (documents made beforehand).%n%n", n,
        Corpora.THREADS));
    md.append("| indexer | items/s (median of rounds; range) | ratio of ours to it | index size per item |\n");
    md.append("|---|---|---|---|\n");
    double ours = median(runs.values().iterator().next(), 0);
    for (Map.Entry<String, List<double[]>> e : runs.entrySet()) {
      List<double[]> r = e.getValue();
      double rate = median(r, 0);
      double min = r.stream().mapToDouble(x -> x[0]).min().orElseThrow();
      double max = r.stream().mapToDouble(x -> x[0]).max().orElseThrow();
      md.append(String.format("| %s | %,.0f (%,.0f–%,.0f; %d round%s) | %.2f× | %,.0f bytes |%n", e.getKey(), rate, min,
          max, r.size(), r.size() == 1 ? "" : "s", ours / rate, median(r, 1) / n));
    }
    return md.toString();
  }

  private static double median(List<double[]> rows, int column) {
    double[] v = rows.stream().mapToDouble(x -> x[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  static void ours(Path folder, List<SearchDocument> docs) {
    try (DisclosureIndex index = DisclosureIndex.open(folder, Clock.systemUTC())) {
      DisclosureIndex.BulkLoad bulk = index.bulkLoad();
      Corpora.inParallel(docs.size(), i -> index.upsert(docs.get(i)));
      bulk.close();
      index.commit();
    }
  }

  static void rawSame(Path folder, List<SearchDocument> docs) throws IOException {
    FacetsConfig facets = Fields.facetsConfig();
    write(folder, sameConfig(), docs, d -> facets.build(Fields.toDocument(d)), false);
  }

  /** As {@link #rawSame}, but replacing by id as {@code DisclosureIndex.upsert} does. */
  static void rawSameUpdate(Path folder, List<SearchDocument> docs) throws IOException {
    FacetsConfig facets = Fields.facetsConfig();
    write(folder, sameConfig(), docs, d -> facets.build(Fields.toDocument(d)), true);
  }

  private static IndexWriterConfig sameConfig() {
    return new IndexWriterConfig(ChineseAnalysis.text());
  }

  static void rawLean(Path folder, List<SearchDocument> docs) throws IOException {
    FacetsConfig facets = Fields.facetsConfig();
    write(folder, new IndexWriterConfig(ChineseAnalysis.text()), docs, d -> facets.build(lean(d)), false);
  }

  /** Title and body with positions only (no offsets), id, filters, date and the three facets. */
  static Document lean(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, d.id().value(), Field.Store.YES));
    doc.add(new TextField(Fields.TITLE, d.title(), Field.Store.YES));
    doc.add(new TextField(Fields.BODY, d.body(), Field.Store.YES));
    doc.add(new StringField(Fields.CATEGORY, d.categoryCode(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_CATEGORY, d.categoryCode()));
    for (String a : d.categoryAncestors()) {
      doc.add(new StringField(Fields.CATEGORY, a, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_CATEGORY, a));
    }
    doc.add(new StringField(Fields.ORGAN, d.organCode(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_ORGAN, d.organCode()));
    for (String a : d.organAncestors()) {
      doc.add(new StringField(Fields.ORGAN, a, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_ORGAN, a));
    }
    doc.add(new IntPoint(Fields.YEAR, d.year()));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Integer.toString(d.year())));
    long published = d.publishedAt().toEpochMilli();
    doc.add(new LongPoint(Fields.PUBLISHED, published));
    doc.add(new NumericDocValuesField(Fields.PUBLISHED, published));
    doc.add(new StoredField(Fields.PUBLISHED, published));
    return doc;
  }

  interface ToDocument {
    Document apply(SearchDocument d) throws IOException;
  }

  private static void write(Path folder, IndexWriterConfig config, List<SearchDocument> docs, ToDocument build,
      boolean update) throws IOException {
    try (FSDirectory dir = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(dir, config)) {
      Corpora.inParallel(docs.size(), i -> {
        try {
          SearchDocument d = docs.get(i);
          if (update) {
            writer.updateDocument(new org.apache.lucene.index.Term(Fields.ID, d.id().value()), build.apply(d));
          } else {
            writer.addDocument(build.apply(d));
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      writer.commit();
    }
  }
}
