package org.opendisclosure.core.store;

import java.util.function.Function;

/**
 * The store SPI: the source of truth. Every mutation runs in one transaction given as a callback,
 * so that a revision, the item's state, its audit event and its change-feed row are written
 * together or not at all. Implementations are thread-safe.
 */
public interface Store {

  /**
   * Runs {@code work} in one transaction and commits when it returns; rolls back and rethrows when
   * it throws. Nothing written inside is visible to others before the commit.
   */
  <T> T inTransaction(Function<StoreTransaction, T> work);

  /**
   * Told after a bulk insert (an archive import) has committed {@code items} new items, so that
   * the store can bring its query planner's statistics up to date while a table grows much faster
   * than the database would notice on its own. The default does nothing.
   */
  default void bulkInserted(int items) {}
}
