package org.opendisclosure.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.search.SearchDocument;

/**
 * Ours next to embedded Apache Solr 9.10.1 in one run: a full rebuild of the corpus (items/s, bytes
 * per item) and every search kind, ours with JMH in this module's class path, Solr in its own JVM
 * with the benchmarks-solr class path (Jersey 3.1/HK2 3/Jetty 10 never meet our Jersey 4). Default
 * size 50,000: two rebuilds and two sets of JMH forks (Solr loads its core in every fork) make
 * larger corpora take longer than the 10 minutes a suite may take on the shared 2-core machine.
 */
public final class SolrComparison {
  private SolrComparison() {}

  public static void main(String[] args) throws Exception {
    Corpus corpus = Corpora.corpus(50_000);
    Path solrClasspath = Path.of(System.getProperty("solr.classpath"));
    if (!Files.exists(solrClasspath)) {
      throw new IllegalStateException("build benchmarks-solr first (mvn -B -q install -DskipTests): no "
          + solrClasspath.getFileName());
    }
    List<SearchDocument> docs = Corpora.documents(corpus);
    Path rebuild = Corpora.dataFolder().resolve("rebuild");
    Corpora.deleteTree(rebuild);
    Files.createDirectories(rebuild);
    long start = System.nanoTime();
    IndexSuite.ours(rebuild, docs);
    double oursRate = docs.size() / ((System.nanoTime() - start) / 1e9);
    long oursBytes = Corpora.sizeOf(rebuild);
    Corpora.deleteTree(rebuild);
    docs = null;
    System.out.printf("[solr] ours rebuilt %,d items at %,.0f items/s%n", corpus.size(), oursRate);
    Path index = Corpora.builtIndex(corpus);
    String heap = System.getProperty("bench.heap", "1g");
    Options options = new OptionsBuilder()
        .include(SearchBenchmarks.class.getName() + ".((term|and|phrase|facets|date|highlight)Ours|facetsOursNoFacetCache)$")
        .forks(1)
        .warmupIterations(SearchSuite.warmups())
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(Integer.getInteger("bench.iterations", 5))
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap, "-Dbench.index=" + index, "-Dfile.encoding=UTF-8")
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> runs = new Runner(options).run();
    Map<String, Results.Figure> ours = Results.of(runs);

    Path results = Corpora.dataFolder().resolve("solr-results.tsv");
    Files.deleteIfExists(results);
    String classpath = Files.readString(solrClasspath).strip() + File.pathSeparator
        + solrClasspath.getParent().resolve("classes");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms3g", "-Xmx3g", "-Dfile.encoding=UTF-8", "-Dn=" + corpus.size(), "-Dseed=" + corpus.seed(),
        "-Dbench.data=" + Corpora.dataFolder(), "-Dbench.heap=" + heap, "-Dsolr.results=" + results,
        "-Dbench.iterations=" + Integer.getInteger("bench.iterations", 5),
        "-Dbench.warmups=" + SearchSuite.warmups(), "-Dsolr.log.muteconsole=true",
        "-cp", classpath, "org.opendisclosure.bench.solr.SolrPeer"));
    int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("the Solr peer failed with exit code " + exit);
    }
    Map<String, String[]> solr = new LinkedHashMap<>();
    for (String line : Files.readAllLines(results)) {
      String[] f = line.split("\t");
      solr.put(f[0], f);
    }
    Results.publish("solr", table(corpus, oursRate, oursBytes, ours, solr));
  }

  static String table(Corpus corpus, double oursRate, long oursBytes, Map<String, Results.Figure> ours,
      Map<String, String[]> solr) {
    StringBuilder md = new StringBuilder(String.format(
        "Ours next to embedded Solr 9.10.1, %,d items, the same run (Solr in its own JVM).%n%n", corpus.size()));
    String[] idx = solr.get("index");
    double solrRate = Double.parseDouble(idx[1]);
    md.append("| rebuild | items/s | bytes/item |\n|---|---|---|\n");
    md.append(String.format("| ours (DisclosureIndex.upsert in a bulk load, 2 threads) | %,.0f | %,.0f |%n", oursRate,
        (double) oursBytes / corpus.size()));
    md.append(String.format("| Solr (EmbeddedSolrServer.add, batches of 500, 2 threads) | %,.0f | %,.0f |%n", solrRate,
        Double.parseDouble(idx[2]) / corpus.size()));
    md.append(String.format("%nOurs/Solr indexing rate: %.2f×.%n%n", oursRate / solrRate));
    md.append("| kind | ours p50 / p99 | Solr tuned p50 / p99 | ours/Solr tuned p50, p99 | Solr defaults p50 / p99 | ours/Solr defaults p50 |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (String kind : new String[] {"term", "and", "phrase", "facets", "date", "highlight"}) {
      Results.Figure o = ours.get(kind + "Ours");
      String[] t = solr.get(kind + "Tuned");
      String[] d = solr.get(kind + "Defaults");
      if (o == null || t == null) {
        continue;
      }
      double t50 = Double.parseDouble(t[1]);
      double t99 = Double.parseDouble(t[2]);
      md.append(String.format("| %s | %s / %s ms | %s / %s ms | %s, %s | %s | %s |%n", kind, Results.ms(o.p50()),
          Results.ms(o.p99()), Results.ms(t50), Results.ms(t99), Results.ratio(o.p50(), t50), Results.ratio(o.p99(), t99),
          d == null ? "–" : Results.ms(Double.parseDouble(d[1])) + " / " + Results.ms(Double.parseDouble(d[2])) + " ms",
          d == null ? "–" : Results.ratio(o.p50(), Double.parseDouble(d[1]))));
    }
    Results.Figure facets = ours.get("facetsOurs");
    Results.Figure oursUncached = ours.get("facetsOursNoFacetCache");
    String[] uncached = solr.get("facetsNoFilterCache");
    if (facets != null && uncached != null) {
      double u50 = Double.parseDouble(uncached[1]);
      double u99 = Double.parseDouble(uncached[2]);
      md.append(String.format("%nFacets with the caches that serve a repeated search off: the facets kind cycles "
          + "through four searches, so from the second round on Solr's filter cache finds again the document sets "
          + "of each search under each excluded filter and ours finds its counts in its facet cache. Solr with its "
          + "filter cache off (`-Dsolr.filterCache.size=0`): %s / %s ms", Results.ms(u50), Results.ms(u99)));
      if (oursUncached != null) {
        md.append(String.format("; ours with its facet cache off (its filter cache on): %s / %s ms; ours/Solr %s, %s",
            Results.ms(oursUncached.p50()), Results.ms(oursUncached.p99()), Results.ratio(oursUncached.p50(), u50),
            Results.ratio(oursUncached.p99(), u99)));
      }
      md.append(String.format(". Ours with its cache against Solr without: %s, %s.%n", Results.ratio(facets.p50(), u50),
          Results.ratio(facets.p99(), u99)));
    }
    return md.toString();
  }
}
