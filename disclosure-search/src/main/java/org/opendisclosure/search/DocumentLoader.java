package org.opendisclosure.search;

import java.util.Optional;
import org.opendisclosure.core.model.ItemId;

/**
 * Loads what the index should hold for an item now. Implementations must be safe to call from
 * the follower's thread.
 */
@FunctionalInterface
public interface DocumentLoader {
  /**
   * The published revision of {@code id} as a document, or empty when the item is not published
   * (never was, withdrawn, redacted, unknown): the follower then deletes it from the index.
   */
  Optional<SearchDocument> load(ItemId id);
}
