package org.opendisclosure.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.core.model.ItemId;

/**
 * Loads what the index should hold for an item now. Implementations must be safe to call from
 * the follower's threads.
 */
@FunctionalInterface
public interface DocumentLoader {
  /**
   * The published revision of {@code id} as a document, or empty when the item is not published
   * (never was, withdrawn, redacted, unknown): the follower then deletes it from the index.
   */
  Optional<SearchDocument> load(ItemId id);

  /**
   * The documents of many items at once, as {@link #load} gives them: the map holds those of
   * {@code ids} that have a document, and the follower deletes the others. The follower passes at
   * most {@link #MAX_BATCH} distinct ids. The default calls {@link #load} for each; a loader that
   * can read many items in one go (one transaction, a few queries) should override it.
   */
  default Map<ItemId, SearchDocument> loadAll(List<ItemId> ids) {
    Map<ItemId, SearchDocument> out = new LinkedHashMap<>();
    for (ItemId id : ids) {
      load(id).ifPresent(d -> out.put(id, d));
    }
    return out;
  }

  /**
   * The most ids the follower passes to one {@link #loadAll} call: enough to spread a
   * transaction's cost thin, few enough that the documents held at once stay small even when
   * bodies are long.
   */
  int MAX_BATCH = 100;
}
