package org.opendisclosure.core.log;

import java.util.List;

/**
 * Proof that {@code leaf} (the exact entry bytes, which name the item) is leaf {@code leafIndex}
 * of the tree of size {@code treeSize}: the RFC 9162 audit path, from the leaf upward. Immutable.
 */
public record InclusionProof(long leafIndex, long treeSize, byte[] leaf, List<byte[]> auditPath) {
  public InclusionProof {
    leaf = leaf.clone();
    auditPath = List.copyOf(auditPath);
  }

  @Override
  public byte[] leaf() {
    return leaf.clone();
  }
}
