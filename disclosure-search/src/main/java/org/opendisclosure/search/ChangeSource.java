package org.opendisclosure.search;

import java.util.List;
import org.opendisclosure.core.model.Change;

/**
 * The store's change feed as the index follows it; {@code Disclosures::changesAfter} is one.
 * Implementations must be safe to call from the follower's thread.
 */
@FunctionalInterface
public interface ChangeSource {
  /**
   * Up to {@code limit} changes with a sequence greater than {@code sequence}, in sequence order;
   * empty when there are none yet.
   */
  List<Change> changesAfter(long sequence, int limit);
}
