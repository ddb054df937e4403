package org.opendisclosure.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.opendisclosure.core.log.MemoryTree;
import org.opendisclosure.core.log.Merkle;
import org.opendisclosure.core.store.StoreTransaction;
import org.opendisclosure.core.store.jdbc.JdbcStore;

/**
 * The transparency log's growth (issue 6): append and proof generation at 10⁴, 10⁵ and 10⁶ leaves.
 * A documented harness, not JMH: the tree is the library's {@link MemoryTree}, which keeps the
 * hash of every perfect subtree exactly as the store's node table does, and every read of a stored
 * subtree hash is counted, so "O(log n)" is shown as lookups per operation (what the store turns
 * into node-table reads) as well as time. Then the same tree in the JDBC store's node table on an
 * H2 file and on embedded PostgreSQL, each lookup a read through the store
 * ({@link #throughStore}). Run: {@code mvn -B -q -pl benchmarks exec:exec@log}.
 */
public final class LogSuite {
  private static final int SAMPLES = 2_000;
  /** Appends and proofs measured through the store at each size. */
  private static final int STORE_SAMPLES = 500;
  /** Leaves per transaction when filling the store's node table. */
  private static final int FILL_BATCH = 20_000;

  private LogSuite() {}

  public static void main(String[] args) {
    long[] sizes = {10_000, 100_000, 1_000_000};
    inMemory(sizes);
    System.out.println();
    try (HikariDataSource h2 = Databases.h2(Corpora.dataFolder().resolve("log-h2"), 2)) {
      throughStore("H2 2.5 file", h2, sizes);
    }
    try (EmbeddedPostgres pg = Databases.postgres(Corpora.dataFolder().resolve("log-pg"));
        HikariDataSource ds = Databases.pooled(pg, 2)) {
      throughStore("PostgreSQL 14, fsync + synchronous_commit on", ds, sizes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same tree in the store's node table ({@link JdbcStore}, its own statements): filled to
   * each size in transactions of {@value #FILL_BATCH} leaves, then {@value #STORE_SAMPLES} appends
   * (each its own transaction, reading the left siblings from the table and inserting the new
   * nodes, as a publishing transaction does) and as many inclusion and consistency proofs (each
   * its own transaction, every subtree hash one primary-key read, as {@code Disclosures.logProof}
   * does). Every proof is checked against the root the memory tree computes.
   */
  private static void throughStore(String name, DataSource ds, long[] sizes) {
    JdbcStore store = JdbcStore.open(ds);
    MemoryTree tree = new MemoryTree();
    Random random = new Random(42);
    System.out.println("Through the store, " + name + ": each subtree hash a node-table read.");
    System.out.println();
    System.out.println("| leaves | fill, leaves/s | append µs (median of " + STORE_SAMPLES + ") | inclusion proof µs "
        + "(median) | p99 | consistency proof µs (median) | p99 |");
    System.out.println("|---|---|---|---|---|---|---|");
    long appended = 0;
    for (long size : sizes) {
      long fillStart = System.nanoTime();
      long filledFrom = appended;
      while (appended < size - STORE_SAMPLES) {
        long from = appended;
        int count = (int) Math.min(FILL_BATCH, size - STORE_SAMPLES - from);
        List<Merkle.Node> nodes = new ArrayList<>(count * 2);
        for (int i = 0; i < count; i++) {
          byte[] e = entry(from + i);
          nodes.addAll(Merkle.nodesToStore(from + i, Merkle.leafHash(e), tree::perfect));
          tree.append(e);
        }
        store.inTransaction(tx -> {
          tx.insertLogNodes(nodes);
          return null;
        });
        appended += count;
      }
      double fillRate = (appended - filledFrom) / ((System.nanoTime() - fillStart) / 1e9);
      long[] appendNanos = new long[STORE_SAMPLES];
      for (int i = 0; i < STORE_SAMPLES; i++) {
        long index = appended;
        byte[] e = entry(index);
        long t0 = System.nanoTime();
        store.inTransaction(tx -> {
          tx.insertLogNodes(Merkle.nodesToStore(index, Merkle.leafHash(e), stored(tx)));
          return null;
        });
        appendNanos[i] = System.nanoTime() - t0;
        tree.append(e);
        appended++;
      }
      byte[] root = Merkle.root(size, tree::perfect);
      long[] proofNanos = new long[STORE_SAMPLES];
      long[] consistencyNanos = new long[STORE_SAMPLES];
      for (int i = 0; i < STORE_SAMPLES; i++) {
        long leaf = (long) (random.nextDouble() * size);
        long t0 = System.nanoTime();
        List<byte[]> proof = store.inTransaction(tx -> Merkle.inclusionProof(leaf, size, stored(tx)));
        proofNanos[i] = System.nanoTime() - t0;
        if (!Merkle.verifyInclusion(leaf, size, Merkle.leafHash(entry(leaf)), proof, root)) {
          throw new IllegalStateException("the stored tree's proof of leaf " + leaf + " does not verify");
        }
        long first = 1 + (long) (random.nextDouble() * (size - 1));
        t0 = System.nanoTime();
        store.inTransaction(tx -> Merkle.consistencyProof(first, size, stored(tx)));
        consistencyNanos[i] = System.nanoTime() - t0;
      }
      System.out.printf(Locale.ROOT, "| %,d | %,.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n", size, fillRate,
          median(appendNanos) / 1e3, median(proofNanos) / 1e3, percentile(proofNanos, 99) / 1e3,
          median(consistencyNanos) / 1e3, percentile(consistencyNanos, 99) / 1e3);
    }
    System.out.println();
  }

  /** The stored subtrees, one node-table read each, as the library reads them for a proof. */
  private static Merkle.Subtrees stored(StoreTransaction tx) {
    return (level, index) -> HexFormat.of().parseHex(tx.logNode(level, index)
        .orElseThrow(() -> new IllegalStateException("node " + level + "/" + index + " is missing")));
  }

  private static void inMemory(long[] sizes) {
    MemoryTree tree = new MemoryTree();
    Random random = new Random(42);
    System.out.println("| leaves | append µs (median of " + SAMPLES + ") | lookups per append (max) "
        + "| inclusion proof µs (median) | lookups per proof (max) | proof length (max) "
        + "| consistency proof µs (median) | lookups (max) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    long appended = 0;
    for (long size : sizes) {
      while (appended < size - SAMPLES) {
        tree.append(entry(appended++));
      }
      long[] appendNanos = new long[SAMPLES];
      long maxAppendLookups = 0;
      for (int i = 0; i < SAMPLES; i++) {
        byte[] e = entry(appended);
        AtomicLong lookups = new AtomicLong();
        Merkle.nodesToStore(appended, Merkle.leafHash(e), counting(tree, lookups));
        maxAppendLookups = Math.max(maxAppendLookups, lookups.get());
        long t0 = System.nanoTime();
        tree.append(e);
        appendNanos[i] = System.nanoTime() - t0;
        appended++;
      }
      long[] proofNanos = new long[SAMPLES];
      long maxProofLookups = 0;
      int maxLength = 0;
      long[] consistencyNanos = new long[SAMPLES];
      long maxConsistencyLookups = 0;
      for (int i = 0; i < SAMPLES; i++) {
        long leaf = (long) (random.nextDouble() * size);
        AtomicLong lookups = new AtomicLong();
        long t0 = System.nanoTime();
        List<byte[]> proof = Merkle.inclusionProof(leaf, size, counting(tree, lookups));
        proofNanos[i] = System.nanoTime() - t0;
        maxProofLookups = Math.max(maxProofLookups, lookups.get());
        maxLength = Math.max(maxLength, proof.size());
        long first = 1 + (long) (random.nextDouble() * (size - 1));
        AtomicLong cLookups = new AtomicLong();
        t0 = System.nanoTime();
        Merkle.consistencyProof(first, size, counting(tree, cLookups));
        consistencyNanos[i] = System.nanoTime() - t0;
        maxConsistencyLookups = Math.max(maxConsistencyLookups, cLookups.get());
      }
      System.out.printf(Locale.ROOT, "| %,d | %.2f | %d | %.2f | %d | %d | %.2f | %d |%n", size,
          median(appendNanos) / 1e3, maxAppendLookups, median(proofNanos) / 1e3, maxProofLookups, maxLength,
          median(consistencyNanos) / 1e3, maxConsistencyLookups);
    }
  }

  private static Merkle.Subtrees counting(MemoryTree tree, AtomicLong lookups) {
    return (level, index) -> {
      lookups.incrementAndGet();
      return tree.perfect(level, index);
    };
  }

  private static byte[] entry(long i) {
    return ("{\"contentSha256\":\"" + Long.toHexString(i * 0x9E3779B97F4A7C15L) + "\",\"event\":\"PUBLISHED\",\"item\":\""
        + i + "\",\"v\":1}").getBytes(StandardCharsets.UTF_8);
  }

  private static double median(long[] values) {
    return percentile(values, 50);
  }

  private static double percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }
}
