package org.opendisclosure.core.log;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree held in memory: the hash of each perfect subtree by (level, index),
 * filled by {@link Merkle#nodesToStore} as the database store is. Each level is an array list
 * rather than a hash map because the subtrees of a level are completed in index order. For tests
 * and benchmarks.
 *
 * <p>Not thread-safe: confine an instance to one thread or guard it.
 */
public final class MemoryTree {
  private final List<List<byte[]>> levels = new ArrayList<>();
  private long size;

  /** An empty tree. */
  public MemoryTree() {}

  /** Appends {@code entry} as the next leaf and returns its index. */
  public long append(byte[] entry) {
    return appendLeafHash(Merkle.leafHash(entry));
  }

  /** Appends a leaf given by its hash ({@link Merkle#leafHash}) and returns its index. */
  public long appendLeafHash(byte[] leafHash) {
    long index = size;
    for (Merkle.Node node : Merkle.nodesToStore(index, leafHash, this::perfect)) {
      if (node.level() == levels.size()) {
        levels.add(new ArrayList<>());
      }
      List<byte[]> level = levels.get(node.level());
      if (node.index() != level.size()) {
        throw new IllegalStateException("subtree " + node + " completed out of order");
      }
      level.add(node.hash());
    }
    size++;
    return index;
  }

  /** The number of leaves. */
  public long size() {
    return size;
  }

  /** The root hash of the whole tree. */
  public byte[] root() {
    return Merkle.root(size, this::perfect);
  }

  /** The root hash of the tree of the first {@code treeSize} leaves. */
  public byte[] root(long treeSize) {
    checkSize(treeSize);
    return Merkle.root(treeSize, this::perfect);
  }

  /** The inclusion proof of leaf {@code leafIndex} in the tree of the first {@code treeSize}. */
  public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
    checkSize(treeSize);
    return Merkle.inclusionProof(leafIndex, treeSize, this::perfect);
  }

  /** The consistency proof between the trees of the first {@code first} and {@code second}. */
  public List<byte[]> consistencyProof(long first, long second) {
    checkSize(second);
    return Merkle.consistencyProof(first, second, this::perfect);
  }

  /** The stored hash of a perfect subtree, or {@code null}; a {@link Merkle.Subtrees}. */
  public byte[] perfect(int level, long index) {
    if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).size()) {
      return null;
    }
    return levels.get(level).get((int) index).clone();
  }

  private void checkSize(long treeSize) {
    if (treeSize > size) {
      throw new IllegalArgumentException(
          "tree size " + treeSize + " is larger than the log (" + size + " leaves)");
    }
  }
}
