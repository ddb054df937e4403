package org.opendisclosure.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.opendisclosure.core.log.MemoryTree;
import org.opendisclosure.core.log.Merkle;

/**
 * The transparency log's growth (issue 6): append and proof generation at 10⁴, 10⁵ and 10⁶ leaves.
 * A documented harness, not JMH: the tree is the library's {@link MemoryTree}, which keeps the
 * hash of every perfect subtree exactly as the store's node table does, and every read of a stored
 * subtree hash is counted, so "O(log n)" is shown as lookups per operation (what the store turns
 * into node-table reads) as well as time. Run: {@code mvn -B -q -pl benchmarks exec:exec@log}.
 */
public final class LogSuite {
  private static final int SAMPLES = 2_000;

  private LogSuite() {}

  public static void main(String[] args) {
    long[] sizes = {10_000, 100_000, 1_000_000};
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
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
