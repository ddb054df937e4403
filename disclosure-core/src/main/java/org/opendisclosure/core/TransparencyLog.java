package org.opendisclosure.core;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.log.Checkpoint;
import org.opendisclosure.core.log.ConsistencyProof;
import org.opendisclosure.core.log.InclusionProof;
import org.opendisclosure.core.log.LeafEntry;
import org.opendisclosure.core.log.LogKeys;
import org.opendisclosure.core.log.LogPublicKey;
import org.opendisclosure.core.log.LogVerification;
import org.opendisclosure.core.log.MemoryTree;
import org.opendisclosure.core.log.Merkle;
import org.opendisclosure.core.log.SignedHead;
import org.opendisclosure.core.log.SignedNotes;
import org.opendisclosure.core.log.StoredLeaf;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.store.StoreTransaction;

/**
 * The tamper-evident publication log: one leaf per public event, appended in the event's
 * transaction; a signed tree head for every size; proofs in O(log n) from the stored hashes of
 * perfect subtrees. Thread-safe.
 */
final class TransparencyLog {
  private static final HexFormat HEX = HexFormat.of();
  private static final int MAX_ENTRIES = 1000;

  private final Core core;
  private final PublicViews views;
  private final String origin;
  private final KeyPair configuredKey;
  private volatile Signer signer;

  private record Signer(String name, PrivateKey key, byte[] rawPublic) {}

  TransparencyLog(Core core, PublicViews views, String origin, KeyPair configuredKey) {
    this.core = core;
    this.views = views;
    this.origin = origin;
    this.configuredKey = configuredKey;
  }

  /** The signer: the configured key, or the one kept in the store (created on first use). */
  private Signer signer(StoreTransaction tx) {
    Signer s = signer;
    if (s != null) {
      return s;
    }
    if (configuredKey != null) {
      s = new Signer(origin, configuredKey.getPrivate(), LogKeys.rawPublicKey(configuredKey.getPublic()));
    } else {
      Optional<String[]> stored = tx.logKey();
      if (stored.isPresent()) {
        String[] k = stored.get();
        s = new Signer(k[0], LogKeys.privateFromPkcs8Base64(k[1]), Base64.getDecoder().decode(k[2]));
      } else {
        KeyPair pair = LogKeys.generate();
        byte[] raw = LogKeys.rawPublicKey(pair.getPublic());
        tx.insertLogKey(origin, LogKeys.toPkcs8Base64(pair.getPrivate()), Base64.getEncoder().encodeToString(raw));
        s = new Signer(origin, pair.getPrivate(), raw);
        return s; // cached only once the transaction that stored it has committed (next call)
      }
    }
    signer = s;
    return s;
  }

  /** SHA-256 (hex) of the canonical public content of {@code revision} under its category's policy. */
  String publicContentHash(Category category, Revision revision) {
    return ContentHashes.hash(views.mask(category, revision));
  }

  /**
   * {@link #publicContentHash} of a revision built in this process from checked content (not read
   * from the store), whose {@link Revision#contentHash()} was computed from that content: when the
   * category masks nothing the public content is the content, so its hash is reused instead of
   * canonicalising and hashing the same content again.
   */
  String publicContentHashOfNew(Category category, Revision fresh) {
    Revision masked = views.mask(category, fresh);
    return masked == fresh ? fresh.contentHash() : ContentHashes.hash(masked);
  }

  /** What one leaf records: a public event of one revision of an item and its public content hash. */
  record Leaf(Item item, int revision, EventType event, String contentHash) {}

  /** Appends the leaf for a public event of {@code item} in {@code tx} and signs the new head. */
  void append(StoreTransaction tx, Item item, int revision, EventType event, Instant at, String contentHash) {
    appendAll(tx, List.of(new Leaf(item, revision, event, contentHash)), at);
  }

  /** Appends the leaf for {@code event} on the item's published revision. */
  void appendPublished(StoreTransaction tx, Item item, int revision, EventType event, Instant at) {
    Revision r = tx.findRevision(item.id(), revision).orElseThrow();
    append(tx, item, revision, event, at, publicContentHash(core.category(item), r));
  }

  /**
   * Appends {@code leaves} in order in {@code tx}, taking the log's lock once, and signs the head
   * of the new size (sizes inside the batch are never visible to anyone, so they get no head).
   * A leaf's time is {@code at}, or the time the lock was taken if that is later, so that leaf
   * times never go backwards even when a writer waited for the lock.
   */
  void appendAll(StoreTransaction tx, List<Leaf> leaves, Instant at) {
    long first = tx.reserveLogIndices(leaves.size());
    Instant locked = core.clock().instant();
    Instant time = locked.isAfter(at) ? locked : at;
    Map<Long, byte[]> added = new HashMap<>(); // nodes written or read in this batch
    Merkle.Subtrees stored = subtrees(tx);
    Merkle.Subtrees tree = (level, index) -> added.computeIfAbsent(nodeKey(level, index),
        k -> stored.perfect(level, index));
    List<StoredLeaf> rows = new ArrayList<>(leaves.size());
    List<Merkle.Node> nodes = new ArrayList<>(leaves.size() * 2);
    long index = first;
    for (Leaf leaf : leaves) {
      Item item = leaf.item();
      byte[] bytes = new LeafEntry(item.id().value(), leaf.revision(), leaf.event().name(), time, item.organCode(),
          leaf.contentHash()).encode();
      rows.add(new StoredLeaf(index, item.id().value(), leaf.revision(), leaf.event().name(),
          new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
      for (Merkle.Node node : Merkle.nodesToStore(index, Merkle.leafHash(bytes), tree)) {
        added.put(nodeKey(node.level(), node.index()), node.hash());
        nodes.add(node);
      }
      index++;
    }
    tx.insertLogLeaves(rows);
    tx.insertLogNodes(nodes);
    long size = index;
    byte[] root = Merkle.root(size, tree);
    Signer s = signer(tx);
    String note = SignedNotes.sign(new Checkpoint(s.name(), size, root).body(), s.name(), s.key(), s.rawPublic());
    tx.insertLogHead(new SignedHead(size, HEX.formatHex(root), note, time));
  }

  /** A map key for the node at {@code level} (below 64) and {@code index} (below 2^56). */
  private static long nodeKey(int level, long index) {
    return ((long) level << 56) | index;
  }

  private static Merkle.Subtrees subtrees(StoreTransaction tx) {
    return (level, index) -> HEX.parseHex(tx.logNode(level, index).orElseThrow(() -> new DisclosureException(
        "the log is missing its node at level " + level + ", index " + index + "; run verify")));
  }

  SignedHead checkpoint() {
    return core.store().inTransaction(tx -> tx.latestLogHead().orElseGet(() -> {
      Signer s = signer(tx);
      byte[] root = Merkle.emptyRoot();
      String note = SignedNotes.sign(new Checkpoint(s.name(), 0, root).body(), s.name(), s.key(), s.rawPublic());
      return new SignedHead(0, HEX.formatHex(root), note, core.clock().instant());
    }));
  }

  LogPublicKey publicKey() {
    return core.store().inTransaction(tx -> {
      Signer s = signer(tx);
      return new LogPublicKey(s.name(), s.rawPublic());
    });
  }

  List<StoredLeaf> entries(long start, long end) {
    if (start < 0 || end < start) {
      throw ValidationException.of("start", "must be at least 0 and not after end");
    }
    if (end - start > MAX_ENTRIES) {
      throw ValidationException.of("end", "at most " + MAX_ENTRIES + " entries at a time");
    }
    return core.store().inTransaction(tx -> {
      long size = tx.logSize();
      if (end > size) {
        throw ValidationException.of("end", "the log has " + size + " entries");
      }
      return tx.logLeaves(start, end);
    });
  }

  /** The inclusion proof of the item's latest public event against the latest signed head. */
  Optional<InclusionProof> proof(ItemId id) {
    return core.store().inTransaction(tx -> tx.latestLogLeaf(id).map(leaf -> {
      SignedHead head = tx.latestLogHead().orElseThrow();
      List<byte[]> path = Merkle.inclusionProof(leaf.index(), head.size(), subtrees(tx));
      return new InclusionProof(leaf.index(), head.size(),
          leaf.entry().getBytes(java.nio.charset.StandardCharsets.UTF_8), path);
    }));
  }

  ConsistencyProof consistency(long first, long second) {
    return core.store().inTransaction(tx -> {
      long size = tx.latestLogHead().map(SignedHead::size).orElse(0L);
      if (first < 1 || first > second) {
        throw ValidationException.of("first", "must be between 1 and second");
      }
      if (second > size) {
        throw ValidationException.of("second", "the log has " + size + " entries");
      }
      return new ConsistencyProof(first, second, Merkle.consistencyProof(first, second, subtrees(tx)));
    });
  }

  /**
   * Recomputes every revision's content hash and every leaf from the store, the tree from the
   * leaves, and checks the latest signed head and its signature; names each problem.
   */
  LogVerification verify() {
    return core.store().inTransaction(tx -> {
      List<String> problems = new ArrayList<>();
      long revisions = 0;
      for (Item item : tx.itemsOfOrgans(organCodes(tx))) {
        for (Revision r : tx.revisions(item.id())) {
          revisions++;
          if (!r.isRedacted() && !ContentHashes.hash(r).equals(r.contentHash())) {
            problems.add("item " + item.id() + " revision " + r.number()
                + ": stored content does not match its content hash");
          }
        }
      }
      long size = tx.logSize();
      Optional<SignedHead> head = tx.latestLogHead();
      if (head.isEmpty() && size > 0) {
        problems.add("the log has " + size + " leaves but no signed head");
      }
      MemoryTree rebuilt = new MemoryTree();
      Instant previous = Instant.MIN;
      for (long start = 0; start < size; start += MAX_ENTRIES) {
        List<StoredLeaf> leaves = tx.logLeaves(start, Math.min(size, start + MAX_ENTRIES));
        long expected = start;
        for (StoredLeaf leaf : leaves) {
          while (expected < leaf.index()) {
            problems.add("leaf " + expected + " is missing");
            rebuilt.append(new byte[0]);
            expected++;
          }
          byte[] bytes = leaf.entry().getBytes(java.nio.charset.StandardCharsets.UTF_8);
          rebuilt.append(bytes);
          expected++;
          String hash = tx.logNode(0, leaf.index()).orElse("");
          if (!hash.equals(HEX.formatHex(Merkle.leafHash(bytes)))) {
            problems.add("leaf " + leaf.index() + " (item " + leaf.itemId() + ", revision " + leaf.revision()
                + ") does not match the tree: it was changed or moved");
          }
          LeafEntry entry;
          try {
            entry = LeafEntry.decode(bytes);
          } catch (IllegalArgumentException e) {
            problems.add("leaf " + leaf.index() + " cannot be read: " + e.getMessage());
            continue;
          }
          if (entry.time().isBefore(previous)) {
            problems.add("leaf " + leaf.index() + " (item " + entry.itemId() + ") is out of order");
          }
          previous = entry.time();
          checkContent(tx, leaf, entry, problems);
        }
        while (expected < Math.min(size, start + MAX_ENTRIES)) {
          problems.add("leaf " + expected + " is missing");
          rebuilt.append(new byte[0]);
          expected++;
        }
      }
      head.ifPresent(h -> {
        if (h.size() != size) {
          problems.add("the latest signed head is for size " + h.size() + " but the log has " + size + " leaves");
        } else if (size > 0 && !HEX.formatHex(rebuilt.root()).equals(h.rootHex())) {
          problems.add("the tree rebuilt from the leaves does not match the signed head of size " + size);
        }
        LogPublicKey key = new LogPublicKey(signer(tx).name(), signer(tx).rawPublic());
        if (!SignedNotes.verify(h.note(), key.name(), key.raw())) {
          problems.add("the signature of the head of size " + h.size() + " does not verify with the log's key");
        }
      });
      return new LogVerification(size, revisions, problems);
    });
  }

  private void checkContent(StoreTransaction tx, StoredLeaf leaf, LeafEntry entry, List<String> problems) {
    Optional<Item> item = tx.findItem(new ItemId(entry.itemId()));
    if (item.isEmpty()) {
      problems.add("leaf " + leaf.index() + " names item " + entry.itemId() + ", which the store does not have");
      return;
    }
    Optional<Revision> revision = tx.findRevision(item.get().id(), entry.revision());
    if (revision.isEmpty()) {
      problems.add("leaf " + leaf.index() + ": item " + entry.itemId() + " has no revision " + entry.revision());
    } else if (!revision.get().isRedacted()
        && !publicContentHash(core.category(item.get()), revision.get()).equals(entry.contentSha256())) {
      problems.add("item " + entry.itemId() + " revision " + entry.revision() + ": published content differs from "
          + "what leaf " + leaf.index() + " recorded");
    }
  }

  private static List<String> organCodes(StoreTransaction tx) {
    List<String> out = new ArrayList<>();
    tx.organs().forEach(o -> out.add(o.code()));
    return out;
  }
}
