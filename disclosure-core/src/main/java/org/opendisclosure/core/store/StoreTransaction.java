package org.opendisclosure.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.opendisclosure.core.log.Merkle;
import org.opendisclosure.core.log.SignedHead;
import org.opendisclosure.core.log.StoredLeaf;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.workflow.Check;
import org.opendisclosure.core.workflow.Feedback;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Obligation;
import org.opendisclosure.core.workflow.Role;

/**
 * The operations available inside one transaction. Not thread-safe: it belongs to the thread that
 * runs the callback. Finders return {@link Optional}; writes that lose a race throw
 * {@link org.opendisclosure.core.StaleRevisionException}.
 */
public interface StoreTransaction {

  void insertOrgan(Organ organ);

  Optional<Organ> findOrgan(String code);

  /**
   * The organs of {@code codes} that exist, by code; unknown codes (and null) are left out. The
   * default asks {@link #findOrgan} for each; a store may answer in fewer round trips.
   */
  default Map<String, Organ> findOrgans(Collection<String> codes) {
    Map<String, Organ> found = new HashMap<>();
    for (String code : codes) {
      if (code != null && !found.containsKey(code)) {
        findOrgan(code).ifPresent(organ -> found.put(code, organ));
      }
    }
    return found;
  }

  List<Organ> organs();

  /** Draws the next number of the organ's index-number sequence for {@code period}: gapless. */
  default long nextIndexSequence(String organCode, String period) {
    return reserveIndexSequence(organCode, period, 1);
  }

  /**
   * Draws the next {@code count} numbers (at least 1) of the organ's index-number sequence for
   * {@code period} at once and returns the first; the others follow it without a gap.
   */
  long reserveIndexSequence(String organCode, String period, int count);

  /** Which of {@code indexNumbers} items already carry. */
  Set<String> takenIndexNumbers(Collection<String> indexNumbers);

  void insertItem(Item item);

  /** Inserts every item in one go (a JDBC batch); the default inserts them one by one. */
  default void insertItems(List<Item> items) {
    items.forEach(this::insertItem);
  }

  Optional<Item> findItem(ItemId id);

  /**
   * Those of {@code ids} that are public (a published revision, not withdrawn; see {@link
   * Item#isPublic()}), each with its published revision as stored (not masked; a redacted one is
   * its tombstone), read consistently in one go; in no particular order. Unknown and non-public
   * ids are left out, and so are repeats. The default reads them one by one.
   */
  default List<ItemView> publishedViews(Collection<ItemId> ids) {
    List<ItemView> out = new ArrayList<>();
    for (ItemId id : new LinkedHashSet<>(ids)) {
      findItem(id).filter(Item::isPublic)
          .flatMap(item -> findRevision(id, item.publishedRevision()).map(r -> new ItemView(item, r)))
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * Replaces the item's mutable state (status, revisions, times, deadline, window) if it is still
   * at {@code expectedRevision} with {@code expectedStatus}; otherwise writes nothing and throws
   * {@link org.opendisclosure.core.StaleRevisionException}.
   */
  void updateItem(Item next, int expectedRevision, Status expectedStatus);

  /**
   * Items matching {@code query}, newest first, at most {@code query.limit() + 1}; organ and
   * category filters come resolved as lists of codes (null: no filter).
   */
  List<Item> listItems(ItemQuery query, List<String> organCodes, List<String> categoryCodes);

  void insertRevision(Revision revision);

  /** Inserts every revision in one go; the default inserts them one by one. */
  default void insertRevisions(List<Revision> revisions) {
    revisions.forEach(this::insertRevision);
  }

  Optional<Revision> findRevision(ItemId id, int number);

  List<Revision> revisions(ItemId id);

  void insertEvent(ItemEvent event);

  /** Inserts every event, in list order, in one go; the default inserts them one by one. */
  default void insertEvents(List<ItemEvent> events) {
    events.forEach(this::insertEvent);
  }

  List<ItemEvent> events(ItemId id);

  /** Appends to the change feed and returns the new row with its sequence number. */
  Change appendChange(ItemId itemId, int revision, ChangeKind kind, Instant at);

  /**
   * Appends one change-feed row per element of {@code pending} (whose sequence is ignored),
   * taking the feed's counter once: the rows get consecutive sequences in list order. Returns the
   * rows with their sequences. The default appends them one by one.
   */
  default List<Change> appendChanges(List<Change> pending) {
    return pending.stream().map(c -> appendChange(c.itemId(), c.revision(), c.kind(), c.at())).toList();
  }

  List<Change> changesAfter(long sequence, int limit);

  long lastChangeSequence();

  /** Blanks a revision's content and records the tombstone; the content hash stays. */
  void redactRevision(ItemId id, int number, Revision.Redaction redaction);

  void insertGrant(Grant grant);

  void deleteGrant(Grant grant);

  /** The roles {@code actorId} holds on each of {@code organCodes}. */
  Set<Role> roles(String actorId, List<String> organCodes);

  List<Grant> grants(String actorId);

  void insertCheck(Check check);

  /** Inserts every check in one go; the default inserts them one by one. */
  default void insertChecks(List<Check> checks) {
    checks.forEach(this::insertCheck);
  }

  List<Check> checks(ItemId id, int revision);

  /** Stores feedback and returns its id. */
  long insertFeedback(Feedback feedback, String client);

  List<Feedback> feedback(ItemId id);

  int feedbackCount(ItemId id);

  /** Feedback stored from {@code client} since {@code since}, for rate limiting. */
  int feedbackFrom(String client, Instant since);

  /**
   * Claims scheduled items due at {@code now}, locking them so that another process running the
   * same claim skips them (SELECT … FOR UPDATE SKIP LOCKED).
   */
  List<Item> claimDuePublications(Instant now, int limit);

  /** Items with a publication time at or before {@code now} that are not scheduled or published. */
  List<Item> missedPublications(Instant now);

  /** Published items whose window ended before {@code today} and whose close is not recorded. */
  List<Item> windowsToClose(LocalDate today, int limit);

  /** Every item of the organs in {@code organCodes}, for compliance reports. */
  List<Item> itemsOfOrgans(List<String> organCodes);

  void upsertObligation(Obligation obligation);

  List<Obligation> obligations(List<String> organCodes);

  // --- transparency log ---------------------------------------------------------------------

  /** Takes the next leaf index, locking the log until the transaction ends. */
  default long nextLogIndex() {
    return reserveLogIndices(1);
  }

  /**
   * Takes the next {@code count} (at least 1) leaf indices at once, locking the log until the
   * transaction ends, and returns the first.
   */
  long reserveLogIndices(int count);

  long logSize();

  void insertLogLeaf(StoredLeaf leaf);

  /** Inserts every leaf in one go; the default inserts them one by one. */
  default void insertLogLeaves(List<StoredLeaf> leaves) {
    leaves.forEach(this::insertLogLeaf);
  }

  Optional<StoredLeaf> logLeaf(long index);

  /** Leaves with index in [start, end), in order. */
  List<StoredLeaf> logLeaves(long start, long end);

  /** The newest leaf recording an event of {@code itemId}. */
  Optional<StoredLeaf> latestLogLeaf(ItemId itemId);

  void insertLogNode(int level, long index, String hashHex);

  /** Inserts every node of the tree in one go; the default inserts them one by one. */
  default void insertLogNodes(List<Merkle.Node> nodes) {
    nodes.forEach(n -> insertLogNode(n.level(), n.index(), HexFormat.of().formatHex(n.hash())));
  }

  Optional<String> logNode(int level, long index);

  void insertLogHead(SignedHead head);

  Optional<SignedHead> logHead(long size);

  Optional<SignedHead> latestLogHead();

  /** The stored signing key: name, PKCS#8 private key (base64) and raw public key (base64). */
  Optional<String[]> logKey();

  void insertLogKey(String name, String privatePkcs8, String publicRaw);
}
