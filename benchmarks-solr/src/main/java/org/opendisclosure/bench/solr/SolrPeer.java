package org.opendisclosure.bench.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.opendisclosure.bench.corpus.Corpus;

/**
 * The Solr peer, in its own JVM: indexes the corpus into embedded Solr 9.10.1 on two threads
 * (documents made before the clock starts), commits, then runs {@link SolrSearchBenchmarks} and
 * writes every figure as a tab-separated line to {@code -Dsolr.results}. Started by the
 * benchmarks module's {@code SolrComparison}; {@code -Dn}, {@code -Dseed}, {@code -Dbench.data}
 * and {@code -Dbench.iterations} as there.
 */
public final class SolrPeer {
  private SolrPeer() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("n", 50_000);
    Corpus corpus = Corpus.of(Long.getLong("seed", Corpus.DEFAULT_SEED), n);
    Path home = Path.of(System.getProperty("bench.data", "target/bench-data")).toAbsolutePath().resolve("solr-home");
    delete(home);
    SolrNotices.writeHome(home);
    SolrInputDocument[] docs = new SolrInputDocument[n];
    inParallel(n, i -> docs[i] = SolrNotices.document(corpus.notice(i)));
    List<String> lines = new ArrayList<>();
    CoreContainer container = CoreContainer.createAndLoad(home);
    try (EmbeddedSolrServer server = new EmbeddedSolrServer(container, SolrNotices.CORE)) {
      long start = System.nanoTime();
      inParallelBatches(n, 500, (from, to) -> server.add(SolrNotices.CORE, List.of(docs).subList(from, to)));
      server.commit(SolrNotices.CORE);
      double seconds = (System.nanoTime() - start) / 1e9;
      long bytes = size(home.resolve(SolrNotices.CORE).resolve("data"));
      System.out.printf("[solr] indexed %,d items in %.1f s: %,.0f items/s, %.0f bytes/item%n", n, seconds, n / seconds,
          (double) bytes / n);
      lines.add(String.format("index\t%.1f\t%d", n / seconds, bytes));
    } finally {
      container.shutdown();
    }
    String heap = System.getProperty("bench.heap", "1g");
    Options options = new OptionsBuilder()
        .include(SolrSearchBenchmarks.class.getName() + "." + System.getProperty("bench.only", ".*"))
        .forks(1)
        // As many as ours gets (SearchSuite.warmups): a fresh JVM is still compiling Lucene after 3 s.
        .warmupIterations(Integer.getInteger("bench.warmups", 8))
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(Integer.getInteger("bench.iterations", 5))
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap, "-Dsolr.bench.home=" + home, "-Dfile.encoding=UTF-8",
            "-Dsolr.log.muteconsole=true")
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> runs = new Runner(options).run();
    for (RunResult run : runs) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      Statistics all = run.getAggregatedResult().getPrimaryResult().getStatistics();
      double low = Double.MAX_VALUE;
      double high = 0;
      for (BenchmarkResult b : run.getBenchmarkResults()) {
        for (IterationResult it : b.getIterationResults()) {
          double median = it.getPrimaryResult().getStatistics().getPercentile(50) / 1000;
          low = Math.min(low, median);
          high = Math.max(high, median);
        }
      }
      lines.add(String.format("%s\t%.4f\t%.4f\t%.4f\t%.4f", name, all.getPercentile(50) / 1000,
          all.getPercentile(99) / 1000, low, high));
    }
    Files.write(Path.of(System.getProperty("solr.results", "target/solr-results.tsv")), lines);
  }

  interface Batch {
    void run(int from, int to) throws Exception;
  }

  private static void inParallelBatches(int n, int size, Batch batch) throws Exception {
    int batches = (n + size - 1) / size;
    inParallel(batches, b -> {
      try {
        batch.run(b * size, Math.min(n, (b + 1) * size));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void inParallel(int n, java.util.function.IntConsumer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int first = t;
        done.add(pool.submit(() -> {
          for (int i = first; i < n; i += 2) {
            work.accept(i);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
