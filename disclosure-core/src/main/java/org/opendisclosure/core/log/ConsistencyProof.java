package org.opendisclosure.core.log;

import java.util.List;

/** RFC 9162 consistency proof between the trees of sizes {@code first} and {@code second}. Immutable. */
public record ConsistencyProof(long first, long second, List<byte[]> path) {
  public ConsistencyProof {
    path = List.copyOf(path);
  }
}
