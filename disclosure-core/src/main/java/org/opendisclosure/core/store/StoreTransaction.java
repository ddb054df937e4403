package org.opendisclosure.core.store;

import java.util.List;
import java.util.Optional;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;

/**
 * The operations available inside one transaction. Not thread-safe: it belongs to the thread that
 * runs the callback. Finders return {@link Optional}; writes that lose a race throw
 * {@link org.opendisclosure.core.StaleRevisionException}.
 */
public interface StoreTransaction {

  void insertOrgan(Organ organ);

  Optional<Organ> findOrgan(String code);

  List<Organ> organs();

  /** Draws the next number of the organ's index-number sequence for {@code period}: gapless. */
  long nextIndexSequence(String organCode, String period);

  void insertItem(Item item);

  Optional<Item> findItem(ItemId id);

  /**
   * Replaces the item's state if it is still at {@code expectedRevision} with {@code
   * expectedStatus}; otherwise writes nothing and throws {@link
   * org.opendisclosure.core.StaleRevisionException}.
   */
  void updateItem(Item next, int expectedRevision, Status expectedStatus);

  List<Item> listItems(ItemQuery query);

  void insertRevision(Revision revision);

  Optional<Revision> findRevision(ItemId id, int number);

  List<Revision> revisions(ItemId id);

  void insertEvent(ItemEvent event);

  List<ItemEvent> events(ItemId id);

  /** Appends to the change feed and returns the new row with its sequence number. */
  Change appendChange(ItemId itemId, int revision, ChangeKind kind, java.time.Instant at);

  List<Change> changesAfter(long sequence, int limit);

  long lastChangeSequence();
}
