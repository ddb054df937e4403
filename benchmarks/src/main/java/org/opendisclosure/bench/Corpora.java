package org.opendisclosure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.search.DisclosureIndex;
import org.opendisclosure.search.SearchDocument;
import org.opendisclosure.search.internal.Fields;

/** Where the suites keep their data, and the corpus as documents and as a built index. */
public final class Corpora {
  /** Indexing threads: the machine the figures are for has two cores. */
  public static final int THREADS = Integer.getInteger("threads", 2);

  private Corpora() {}

  /** The folder for built indexes and databases ({@code -Dbench.data}, default {@code target/bench-data}). */
  public static Path dataFolder() {
    return Path.of(System.getProperty("bench.data", "target/bench-data")).toAbsolutePath();
  }

  /** The corpus the run asks for; {@code 0} or no {@code -Dn} means {@code defaultSize}. */
  public static Corpus corpus(int defaultSize) {
    int n = Integer.getInteger("n", 0);
    return Corpus.of(Long.getLong("seed", Corpus.DEFAULT_SEED), n > 0 ? n : defaultSize);
  }

  /** Every document of the corpus, made on {@link #THREADS} threads, in corpus order. */
  public static List<SearchDocument> documents(Corpus corpus) {
    SearchDocument[] out = new SearchDocument[corpus.size()];
    inParallel(corpus.size(), i -> out[i] = Documents.of(corpus.notice(i)));
    return List.of(out);
  }

  /** Runs {@code work} for 0 ≤ i < n on {@link #THREADS} threads, each taking every THREADS-th index. */
  public static void inParallel(int n, IntConsumer work) {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        done.add(pool.submit(() -> {
          for (int i = first; i < n; i += THREADS) {
            work.accept(i);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The folder of a {@link DisclosureIndex} holding the whole corpus, built (documents made and
   * upserted on {@link #THREADS} threads) unless a complete one of this version's index layout is
   * already there (its {@code complete} marker names the layout).
   */
  public static Path builtIndex(Corpus corpus) {
    Path folder = dataFolder().resolve("index-" + corpus.seed() + "-" + corpus.size());
    Path complete = folder.resolve("complete");
    if (Files.exists(complete) && marker(complete).equals(layout())) {
      System.out.printf("[search] reusing the index in %s%n", folder.getFileName());
      return folder;
    }
    try {
      deleteTree(folder);
      Files.createDirectories(folder);
      long start = System.nanoTime();
      try (DisclosureIndex index = DisclosureIndex.open(folder, Clock.systemUTC())) {
        DisclosureIndex.BulkLoad bulk = index.bulkLoad();
        inParallel(corpus.size(), i -> index.upsert(Documents.of(corpus.notice(i))));
        bulk.close();
        index.commit();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("[search] built the index of %,d items in %.1f s (corpus generation included)%n",
          corpus.size(), seconds);
      Files.writeString(complete, layout() + "\n");
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How a {@code complete} marker names the index layout its folder was written with. */
  static String layout() {
    return "index layout " + Fields.LAYOUT_VERSION;
  }

  /** The text of the marker {@code file}, without surrounding white space. */
  static String marker(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static long sizeOf(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
