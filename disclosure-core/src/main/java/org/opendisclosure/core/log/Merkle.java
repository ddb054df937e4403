package org.opendisclosure.core.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merkle tree hashing and proofs as defined in RFC 9162 §2.1 (Certificate Transparency 2.0),
 * with SHA-256: a leaf hashes as {@code SHA-256(0x00 ‖ entry)}, an interior node as
 * {@code SHA-256(0x01 ‖ left ‖ right)}, the empty tree as {@code SHA-256("")}.
 *
 * <p>The store keeps the hash of every <em>perfect</em> subtree: level {@code L}, index {@code
 * i} covers leaves {@code [i·2^L, (i+1)·2^L)}, level 0 being the leaf hashes. Appending a leaf
 * adds the nodes {@link #nodesToStore} returns (one plus the number of trailing one bits of the
 * leaf index, so at most {@code 2n} over {@code n} appends). Roots and proofs of any tree size
 * are then computed from those stored hashes with {@code O(log n)} lookups: the hash of a range
 * {@code [a, b)} that is not a perfect subtree is split, as in the RFC, at the largest power of
 * two smaller than its length, and only the rightmost part of a tree is ever imperfect.
 *
 * <p>JDK only, so that a citizen can verify without our libraries. Stateless and thread-safe;
 * {@link MemoryTree} is not thread-safe.
 */
public final class Merkle {
  /** Length in bytes of every hash. */
  public static final int HASH_LENGTH = 32;

  private Merkle() {}

  /**
   * Where the hashes of perfect subtrees come from (a database table, a map).
   *
   * <p>Implementations return the hash stored for level {@code level}, index {@code index}, or
   * {@code null} if there is none; the methods of {@link Merkle} only ask for subtrees inside the
   * tree size they were given, and only from the calling thread.
   */
  @FunctionalInterface
  public interface Subtrees {
    /** The hash of the perfect subtree over leaves {@code [index·2^level, (index+1)·2^level)}. */
    byte[] perfect(int level, long index);
  }

  /**
   * A stored perfect-subtree hash. Immutable: the array is copied in and out.
   *
   * @param level the height of the subtree, 0 for a leaf
   * @param index its position among the subtrees of that level
   * @param hash its 32-byte hash
   */
  public record Node(int level, long index, byte[] hash) {
    /** Checks and copies. */
    public Node {
      if (level < 0 || level > 62) {
        throw new IllegalArgumentException("level must be in 0..62, was " + level);
      }
      if (index < 0) {
        throw new IllegalArgumentException("index must not be negative, was " + index);
      }
      hash = checkHash(hash, "hash");
    }

    @Override
    public byte[] hash() {
      return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Node n
          && n.level == level
          && n.index == index
          && MessageDigest.isEqual(n.hash, hash);
    }

    @Override
    public int hashCode() {
      return Objects.hash(level, index, Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
      return "Node[level=" + level + ", index=" + index + ", hash=" + hex(hash) + "]";
    }
  }

  /** {@code SHA-256(0x00 ‖ entry)}. */
  public static byte[] leafHash(byte[] entry) {
    Objects.requireNonNull(entry, "entry");
    MessageDigest md = sha256();
    md.update((byte) 0x00);
    md.update(entry);
    return md.digest();
  }

  /** {@code SHA-256(0x01 ‖ left ‖ right)}. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    MessageDigest md = sha256();
    md.update((byte) 0x01);
    md.update(left);
    md.update(right);
    return md.digest();
  }

  /** The root of the empty tree: {@code SHA-256("")}. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /**
   * The nodes to store when leaf number {@code index} (0-based, so the tree grows to size {@code
   * index + 1}) with hash {@code leafHash} is appended: the leaf itself at level 0, then every
   * perfect subtree the leaf completes, found by combining with the left sibling while the index
   * at the current level is odd. Asks {@code existing} only for those left siblings.
   *
   * @throws IllegalStateException if a left sibling is missing from {@code existing}
   */
  public static List<Node> nodesToStore(long index, byte[] leafHash, Subtrees existing) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, was " + index);
    }
    byte[] hash = checkHash(leafHash, "leafHash");
    Objects.requireNonNull(existing, "existing");
    List<Node> nodes = new ArrayList<>(1 + Long.numberOfTrailingZeros(~index));
    nodes.add(new Node(0, index, hash));
    long i = index;
    int level = 0;
    while ((i & 1) == 1) {
      byte[] left = lookup(existing, level, i - 1);
      hash = nodeHash(left, hash);
      i >>= 1;
      level++;
      nodes.add(new Node(level, i, hash));
    }
    return nodes;
  }

  /** The root hash of the tree of the first {@code size} leaves ({@link #emptyRoot} for 0). */
  public static byte[] root(long size, Subtrees s) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, was " + size);
    }
    Objects.requireNonNull(s, "subtrees");
    return size == 0 ? emptyRoot() : new Ranges(s).hash(0, size);
  }

  /**
   * The RFC 9162 inclusion proof {@code PATH(leafIndex, D[size])}: the sibling hashes from the
   * leaf up to the root.
   *
   * @throws IllegalArgumentException if {@code size < 1} or {@code leafIndex} is not in {@code [0,
   *     size)}
   */
  public static List<byte[]> inclusionProof(long leafIndex, long size, Subtrees s) {
    if (size < 1) {
      throw new IllegalArgumentException("tree size must be at least 1, was " + size);
    }
    if (leafIndex < 0 || leafIndex >= size) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " is not in a tree of size " + size);
    }
    Objects.requireNonNull(s, "subtrees");
    Ranges ranges = new Ranges(s);
    List<byte[]> topDown = new ArrayList<>();
    long start = 0;
    long end = size;
    while (end - start > 1) {
      long k = largestPowerOfTwoBelow(end - start);
      if (leafIndex < start + k) {
        topDown.add(ranges.hash(start + k, end));
        end = start + k;
      } else {
        topDown.add(ranges.hash(start, start + k));
        start += k;
      }
    }
    Collections.reverse(topDown);
    return topDown;
  }

  /**
   * The RFC 9162 consistency proof {@code PROOF(first, D[second])} (built with {@code SUBPROOF}),
   * in the order of the RFC. Empty when {@code first == second}.
   *
   * @throws IllegalArgumentException if {@code first < 1} or {@code first > second}
   */
  public static List<byte[]> consistencyProof(long first, long second, Subtrees s) {
    if (first < 1) {
      throw new IllegalArgumentException("first tree size must be at least 1, was " + first);
    }
    if (first > second) {
      throw new IllegalArgumentException(
          "first tree size " + first + " is larger than second tree size " + second);
    }
    Objects.requireNonNull(s, "subtrees");
    Ranges ranges = new Ranges(s);
    List<byte[]> topDown = new ArrayList<>();
    long m = first;
    long start = 0;
    long end = second;
    boolean whole = true; // the b flag of SUBPROOF: m is the size of the original first tree
    while (m != end - start) {
      long k = largestPowerOfTwoBelow(end - start);
      if (m <= k) {
        topDown.add(ranges.hash(start + k, end));
        end = start + k;
      } else {
        topDown.add(ranges.hash(start, start + k));
        m -= k;
        start += k;
        whole = false;
      }
    }
    if (!whole) {
      topDown.add(ranges.hash(start, end));
    }
    Collections.reverse(topDown);
    return topDown;
  }

  /**
   * Verifies an inclusion proof by the algorithm of RFC 9162 §2.1.3.2. Never throws on bad
   * input: returns {@code false}.
   */
  public static boolean verifyInclusion(
      long leafIndex, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
    if (leafIndex < 0 || leafIndex >= size || !isHash(leafHash) || !isHash(root) || proof == null) {
      return false;
    }
    long fn = leafIndex;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0 || !isHash(p)) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  /**
   * Verifies a consistency proof by the algorithm of RFC 9162 §2.1.4.2, which covers {@code 0 <
   * first < second}. For {@code first == second} the proof must be empty and the roots equal (as
   * in Trillian and transparency-dev). Never throws on bad input: returns {@code false}.
   */
  public static boolean verifyConsistency(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (first < 1 || first > second || !isHash(firstRoot) || !isHash(secondRoot) || proof == null) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof.size() + 1);
    if (Long.bitCount(first) == 1) {
      path.add(firstRoot);
    }
    path.addAll(proof);
    for (byte[] p : path) {
      if (!isHash(p)) {
        return false;
      }
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
  }

  /** The largest power of two strictly smaller than {@code n} ({@code n ≥ 2}). */
  static long largestPowerOfTwoBelow(long n) {
    return Long.highestOneBit(n - 1);
  }

  /** Lower-case hex, for messages and tests. */
  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }

  private static boolean isHash(byte[] h) {
    return h != null && h.length == HASH_LENGTH;
  }

  private static byte[] checkHash(byte[] h, String field) {
    Objects.requireNonNull(h, field);
    if (h.length != HASH_LENGTH) {
      throw new IllegalArgumentException(
          field + " must be " + HASH_LENGTH + " bytes, was " + h.length);
    }
    return h.clone();
  }

  private static byte[] lookup(Subtrees s, int level, long index) {
    byte[] h = s.perfect(level, index);
    if (h == null) {
      throw new IllegalStateException(
          "the store has no subtree hash at level " + level + ", index " + index);
    }
    if (h.length != HASH_LENGTH) {
      throw new IllegalStateException(
          "the store's subtree hash at level " + level + ", index " + index + " has "
              + h.length + " bytes");
    }
    return h;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Hashes of leaf ranges within one call, memoised. A range {@code [a, b)} whose length is a
   * power of two {@code 2^L} with {@code a} a multiple of it is the stored perfect subtree
   * {@code (L, a >> L)}; any other range is split at the largest power of two smaller than its
   * length, as {@code MTH} is in the RFC. Ranges met while building proofs always start at a
   * multiple of that power, so the split costs one lookup per level.
   */
  private static final class Ranges {
    private final Subtrees subtrees;
    private final Map<Range, byte[]> memo = new HashMap<>();

    Ranges(Subtrees subtrees) {
      this.subtrees = subtrees;
    }

    byte[] hash(long start, long end) {
      long n = end - start;
      if (Long.bitCount(n) == 1 && start % n == 0) {
        return lookup(subtrees, Long.numberOfTrailingZeros(n), start / n);
      }
      Range range = new Range(start, end);
      byte[] known = memo.get(range);
      if (known != null) {
        return known;
      }
      long k = largestPowerOfTwoBelow(n);
      byte[] h = nodeHash(hash(start, start + k), hash(start + k, end));
      memo.put(range, h);
      return h;
    }

    private record Range(long start, long end) {}
  }
}
