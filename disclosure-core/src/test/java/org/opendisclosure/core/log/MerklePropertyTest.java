package org.opendisclosure.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Merkle} over random trees: proofs agree with a naive transcription of the
 * RFC 9162 definitions, every proof verifies, and any flipped bit or wrong index or size makes
 * verification fail. Seeded, so a failure repeats.
 */
class MerklePropertyTest {
  private static final long SEED = 20260303L;

  private static byte[] entry(long i) {
    return ByteBuffer.allocate(16).putLong(SEED).putLong(i).array();
  }

  private static byte[] flip(byte[] bytes, Random random) {
    byte[] copy = bytes.clone();
    int bit = random.nextInt(copy.length * 8);
    copy[bit / 8] ^= (byte) (1 << (bit % 8));
    return copy;
  }

  private static List<byte[]> flipElement(List<byte[]> proof, int j, Random random) {
    List<byte[]> copy = new ArrayList<>(proof);
    copy.set(j, flip(proof.get(j), random));
    return copy;
  }

  private static List<String> hex(List<byte[]> hashes) {
    return hashes.stream().map(HexFormat.of()::formatHex).toList();
  }

  private static int ceilLog2(long n) {
    return n <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(n - 1);
  }

  // ---- a naive transcription of RFC 9162 §2.1, over a list of leaf hashes -------------------

  private static byte[] mth(List<byte[]> leaves) {
    int n = leaves.size();
    if (n == 1) {
      return leaves.get(0);
    }
    int k = Integer.highestOneBit(n - 1);
    return Merkle.nodeHash(mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
  }

  private static List<byte[]> path(int m, List<byte[]> leaves) {
    int n = leaves.size();
    List<byte[]> out = new ArrayList<>();
    if (n == 1) {
      return out;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m < k) {
      out.addAll(path(m, leaves.subList(0, k)));
      out.add(mth(leaves.subList(k, n)));
    } else {
      out.addAll(path(m - k, leaves.subList(k, n)));
      out.add(mth(leaves.subList(0, k)));
    }
    return out;
  }

  private static List<byte[]> subproof(int m, List<byte[]> leaves, boolean b) {
    int n = leaves.size();
    List<byte[]> out = new ArrayList<>();
    if (m == n) {
      if (!b) {
        out.add(mth(leaves));
      }
      return out;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m <= k) {
      out.addAll(subproof(m, leaves.subList(0, k), b));
      out.add(mth(leaves.subList(k, n)));
    } else {
      out.addAll(subproof(m - k, leaves.subList(k, n), false));
      out.add(mth(leaves.subList(0, k)));
    }
    return out;
  }

  // ---- properties ---------------------------------------------------------------------------

  @Test
  void everyProofOfSmallTreesEqualsTheNaiveDefinitionAndVerifies() {
    MemoryTree tree = new MemoryTree();
    List<byte[]> leaves = new ArrayList<>();
    for (int n = 1; n <= 64; n++) {
      tree.append(entry(n - 1));
      leaves.add(Merkle.leafHash(entry(n - 1)));
      List<byte[]> prefix = leaves.subList(0, n);
      byte[] root = tree.root();
      assertThat(root).as("root of %d", n).isEqualTo(mth(prefix));
      for (int i = 0; i < n; i++) {
        List<byte[]> proof = tree.inclusionProof(i, n);
        assertThat(hex(proof)).as("PATH(%d, %d)", i, n).isEqualTo(hex(path(i, prefix)));
        assertThat(Merkle.verifyInclusion(i, n, leaves.get(i), proof, root)).isTrue();
      }
      for (int m = 1; m <= n; m++) {
        List<byte[]> proof = tree.consistencyProof(m, n);
        assertThat(hex(proof))
            .as("PROOF(%d, %d)", m, n)
            .isEqualTo(hex(subproof(m, prefix, true)));
        assertThat(Merkle.verifyConsistency(m, n, tree.root(m), root, proof)).isTrue();
      }
    }
  }

  @Test
  void randomProofsInTreesUpTo2000LeavesVerifyAndTamperingFails() {
    Random random = new Random(SEED);
    MemoryTree tree = new MemoryTree();
    List<byte[]> roots = new ArrayList<>();
    List<byte[]> leaves = new ArrayList<>();
    long checked = 0;
    for (int n = 1; n <= 2000; n++) {
      leaves.add(Merkle.leafHash(entry(n - 1)));
      tree.append(entry(n - 1));
      roots.add(tree.root());
      long[] indexes = {0, n - 1, random.nextInt(n)};
      for (long i : indexes) {
        checkInclusion(tree, leaves.get((int) i), i, n, roots.get(n - 1), random, i == indexes[2]);
        checked++;
      }
      long[] firsts = {1, n, 1 + random.nextInt(n)};
      for (long m : firsts) {
        checkConsistency(tree, m, n, roots.get((int) m - 1), roots.get(n - 1), random,
            m == firsts[2]);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(6 * 2000);
  }

  @Test
  void proofsInALargerTreeVerifyAndTamperingFails() {
    Random random = new Random(SEED + 1);
    int n = (1 << 16) + 3;
    MemoryTree tree = new MemoryTree();
    for (int i = 0; i < n; i++) {
      tree.append(entry(i));
    }
    byte[] root = tree.root();
    long[] edgeIndexes = {0, 1, (1 << 16) - 1, 1 << 16, n - 2, n - 1};
    for (long i : edgeIndexes) {
      checkInclusion(tree, Merkle.leafHash(entry(i)), i, n, root, random, true);
    }
    long[] edgeFirsts = {1, 2, 3, (1 << 16) - 1, 1 << 16, (1 << 16) + 1, n - 1, n};
    for (long m : edgeFirsts) {
      checkConsistency(tree, m, n, tree.root(m), root, random, true);
    }
    for (int k = 0; k < 100; k++) {
      long size = 1 + random.nextInt(n);
      long i = random.nextInt((int) size);
      checkInclusion(tree, Merkle.leafHash(entry(i)), i, size, tree.root(size), random, true);
      long m = 1 + random.nextInt((int) size);
      checkConsistency(tree, m, size, tree.root(m), tree.root(size), random, true);
    }
    assertThat(tree.size()).isEqualTo(n);
  }

  /** Checks one inclusion proof, and if {@code tamper} every way of breaking it. */
  private static void checkInclusion(
      MemoryTree tree, byte[] leaf, long i, long n, byte[] root, Random random, boolean tamper) {
    List<byte[]> proof = tree.inclusionProof(i, n);
    String what = "inclusion of " + i + " in " + n;
    assertThat(proof.size()).as(what).isLessThanOrEqualTo(ceilLog2(n));
    assertThat(Merkle.verifyInclusion(i, n, leaf, proof, root)).as(what).isTrue();
    if (!tamper) {
      return;
    }
    assertThat(Merkle.verifyInclusion(i, n, flip(leaf, random), proof, root)).as(what).isFalse();
    assertThat(Merkle.verifyInclusion(i, n, leaf, proof, flip(root, random))).as(what).isFalse();
    for (int j = 0; j < proof.size(); j++) {
      assertThat(Merkle.verifyInclusion(i, n, leaf, flipElement(proof, j, random), root))
          .as(what + ", element " + j)
          .isFalse();
    }
    for (long other : new long[] {i - 1, i + 1, random.nextInt((int) n)}) {
      if (other != i) {
        assertThat(Merkle.verifyInclusion(other, n, leaf, proof, root))
            .as(what + " claimed as index " + other)
            .isFalse();
      }
    }
    // A wrong size is checked with the root of that size, as a signed checkpoint pairs them: the
    // RFC algorithm does not bind the size on its own (PATH(0, 3) also "verifies" for size 4
    // against the root of size 3).
    for (long other : new long[] {n - 1, n + 1}) {
      if (other > i && other <= tree.size() && other != n) {
        assertThat(Merkle.verifyInclusion(i, other, leaf, proof, tree.root(other)))
            .as(what + " claimed for size " + other)
            .isFalse();
      }
    }
    assertThat(Merkle.verifyInclusion(n, n, leaf, proof, root)).isFalse();
    if (!proof.isEmpty()) {
      assertThat(Merkle.verifyInclusion(i, n, leaf, proof.subList(1, proof.size()), root))
          .as(what + " shortened")
          .isFalse();
    }
    List<byte[]> longer = new ArrayList<>(proof);
    longer.add(root);
    assertThat(Merkle.verifyInclusion(i, n, leaf, longer, root)).as(what + " lengthened").isFalse();
  }

  /** Checks one consistency proof, and if {@code tamper} every way of breaking it. */
  private static void checkConsistency(
      MemoryTree tree, long m, long n, byte[] firstRoot, byte[] secondRoot, Random random,
      boolean tamper) {
    List<byte[]> proof = tree.consistencyProof(m, n);
    String what = "consistency of " + m + " and " + n;
    assertThat(proof.size()).as(what).isLessThanOrEqualTo(ceilLog2(n) + 1);
    assertThat(Merkle.verifyConsistency(m, n, firstRoot, secondRoot, proof)).as(what).isTrue();
    if (!tamper) {
      return;
    }
    assertThat(Merkle.verifyConsistency(m, n, flip(firstRoot, random), secondRoot, proof))
        .as(what + ", first root flipped")
        .isFalse();
    assertThat(Merkle.verifyConsistency(m, n, firstRoot, flip(secondRoot, random), proof))
        .as(what + ", second root flipped")
        .isFalse();
    for (int j = 0; j < proof.size(); j++) {
      assertThat(Merkle.verifyConsistency(m, n, firstRoot, secondRoot, flipElement(proof, j,
              random)))
          .as(what + ", element " + j)
          .isFalse();
    }
    for (long other : new long[] {m - 1, m + 1}) {
      if (other >= 1 && other <= n && other != m) {
        assertThat(Merkle.verifyConsistency(other, n, tree.root(other), secondRoot, proof))
            .as(what + " claimed from size " + other)
            .isFalse();
      }
    }
    for (long other : new long[] {n - 1, n + 1}) {
      if (other >= m && other <= tree.size() && other != n) {
        assertThat(Merkle.verifyConsistency(m, other, firstRoot, tree.root(other), proof))
            .as(what + " claimed to size " + other)
            .isFalse();
      }
    }
    if (!proof.isEmpty()) {
      assertThat(Merkle.verifyConsistency(m, n, firstRoot, secondRoot,
              proof.subList(0, proof.size() - 1)))
          .as(what + " shortened")
          .isFalse();
    }
    List<byte[]> longer = new ArrayList<>(proof);
    longer.add(secondRoot);
    assertThat(Merkle.verifyConsistency(m, n, firstRoot, secondRoot, longer))
        .as(what + " lengthened")
        .isFalse();
  }

  @Test
  void appendsStoreAtMostTwoNodesPerLeafOnAverageAndLogNAtMost() {
    int n = 100_000;
    Map<Long, byte[]> store = new HashMap<>();
    AtomicLong lookups = new AtomicLong();
    Merkle.Subtrees subtrees = (level, index) -> {
      lookups.incrementAndGet();
      return store.get(((long) level << 56) | index);
    };
    long total = 0;
    int most = 0;
    for (long i = 0; i < n; i++) {
      List<Merkle.Node> nodes = Merkle.nodesToStore(i, Merkle.leafHash(entry(i)), subtrees);
      for (Merkle.Node node : nodes) {
        store.put(((long) node.level() << 56) | node.index(), node.hash());
      }
      total += nodes.size();
      most = Math.max(most, nodes.size());
    }
    assertThat(total).isLessThanOrEqualTo(2L * n);
    assertThat(most).isLessThanOrEqualTo(1 + ceilLog2(n));
    assertThat(lookups.get()).isEqualTo(total - n); // one left sibling per combined node
    assertThat(store).hasSize((int) total);
  }

  @Test
  void proofsCostLogarithmicallyManyLookups() {
    int n = 100_000;
    MemoryTree tree = new MemoryTree();
    for (int i = 0; i < n; i++) {
      tree.append(entry(i));
    }
    AtomicLong lookups = new AtomicLong();
    Merkle.Subtrees counted = (level, index) -> {
      lookups.incrementAndGet();
      return tree.perfect(level, index);
    };
    Random random = new Random(SEED + 2);
    long most = 0;
    for (int k = 0; k < 500; k++) {
      long size = k == 0 ? n : 1 + random.nextInt(n);
      long bound = 2L * ceilLog2(size) + 2;

      lookups.set(0);
      Merkle.inclusionProof(random.nextInt((int) size), size, counted);
      assertThat(lookups.get()).as("inclusion in %d", size).isLessThanOrEqualTo(bound);
      most = Math.max(most, lookups.get());

      lookups.set(0);
      Merkle.consistencyProof(1 + random.nextInt((int) size), size, counted);
      assertThat(lookups.get()).as("consistency to %d", size).isLessThanOrEqualTo(bound);

      lookups.set(0);
      Merkle.root(size, counted);
      assertThat(lookups.get()).as("root of %d", size).isEqualTo(Long.bitCount(size));
    }
    assertThat(most).isGreaterThan(0);
  }

  @Test
  void verificationNeverThrowsOnNonsense() {
    byte[] h = Merkle.emptyRoot();
    List<byte[]> nullElement = new ArrayList<>();
    nullElement.add(null);
    assertThat(Merkle.verifyInclusion(0, 1, null, List.of(), h)).isFalse();
    assertThat(Merkle.verifyInclusion(0, 1, h, null, h)).isFalse();
    assertThat(Merkle.verifyInclusion(0, 2, h, nullElement, h)).isFalse();
    assertThat(Merkle.verifyInclusion(0, 2, h, List.of(new byte[3]), h)).isFalse();
    assertThat(Merkle.verifyInclusion(-1, 2, h, List.of(h), h)).isFalse();
    assertThat(Merkle.verifyInclusion(0, Long.MAX_VALUE, h, List.of(h), h)).isFalse();
    assertThat(Merkle.verifyInclusion(0, 1, h, List.of(), h)).isTrue(); // a one-leaf tree
    assertThat(Merkle.verifyConsistency(2, 1, h, h, List.of(h))).isFalse();
    assertThat(Merkle.verifyConsistency(0, 1, h, h, List.of())).isFalse();
    assertThat(Merkle.verifyConsistency(1, 2, h, h, List.of())).isFalse();
    assertThat(Merkle.verifyConsistency(1, 2, h, h, nullElement)).isFalse();
    assertThat(Merkle.verifyConsistency(1, 2, h, new byte[31], List.of(h))).isFalse();
    assertThat(Merkle.verifyConsistency(3, 3, h, h, List.of())).isTrue();
    assertThat(Merkle.verifyConsistency(3, 3, h, h, List.of(h))).isFalse();
  }
}
