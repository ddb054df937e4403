package org.opendisclosure.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.opendisclosure.core.catalogue.Catalogue;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.history.Diffs;
import org.opendisclosure.core.history.RevisionDiff;
import org.opendisclosure.core.html.HtmlSanitizer;
import org.opendisclosure.core.html.SanitizedBody;
import org.opendisclosure.core.internal.PayloadCodec;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.IndexNumberPattern;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.Page;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.store.Store;
import org.opendisclosure.core.store.StoreTransaction;
import org.opendisclosure.core.store.jdbc.JdbcStore;

/**
 * The front door of the library: everything an embedding application does with disclosures goes
 * through here. Build one per database with {@link #builder()} and share it; it is thread-safe.
 *
 * <pre>{@code
 * Disclosures disclosures = Disclosures.builder().dataSource(ds).build();
 * ItemView draft = disclosures.createDraft("county-finance", "three-public-expenses", content, author);
 * disclosures.revise(draft.id(), 1, corrected, author, "更正公务接待费");
 * }</pre>
 */
public final class Disclosures {
  /** Statutory dates are local dates in this zone (DOMAIN.md). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static final int MAX_TITLE = 500;
  static final int MAX_REASON = 2000;

  private final Store store;
  private final Clock clock;
  private final Catalogue catalogue;
  private final HtmlSanitizer sanitizer = HtmlSanitizer.standard();

  private Disclosures(Builder b) {
    this.store = b.store != null ? b.store : JdbcStore.open(b.dataSource);
    this.clock = b.clock;
    this.catalogue = b.catalogue;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Clock clock() {
    return clock;
  }

  // --- organs ---------------------------------------------------------------------------------

  /** Registers an organ; its parent must be registered first and be of a fitting level. */
  public Organ registerOrgan(Organ organ) {
    require(organ, "organ");
    return store.inTransaction(tx -> {
      if (tx.findOrgan(organ.code()).isPresent()) {
        throw ValidationException.of("code", "organ " + organ.code() + " is already registered");
      }
      if (organ.parentCode() != null) {
        Organ parent = tx.findOrgan(organ.parentCode())
            .orElseThrow(() -> ValidationException.of("parentCode", "unknown organ " + organ.parentCode()));
        if (!organ.level().mayBeChildOf(parent.level())) {
          throw ValidationException.of("level", "a " + organ.level() + " cannot sit under a " + parent.level());
        }
      }
      tx.insertOrgan(organ);
      return organ;
    });
  }

  public Optional<Organ> organ(String code) {
    return code == null ? Optional.empty() : store.inTransaction(tx -> tx.findOrgan(code));
  }

  public List<Organ> organs() {
    return store.inTransaction(StoreTransaction::organs);
  }

  // --- drafts and revisions -------------------------------------------------------------------

  /**
   * Files a new draft (revision 1) for {@code organCode} in {@code categoryCode} and gives it the
   * next index number (索引号) of the organ. Every bad field is reported at once.
   */
  public ItemView createDraft(String organCode, String categoryCode, Content content, Actor author) {
    require(author, "author");
    List<FieldError> errors = new ArrayList<>();
    Optional<Category> category = catalogue.find(categoryCode);
    if (categoryCode == null) {
      errors.add(new FieldError("category", "is required"));
    } else if (category.isEmpty()) {
      errors.add(new FieldError("category", "unknown category: " + categoryCode));
    }
    if (organCode == null) {
      errors.add(new FieldError("organ", "is required"));
    }
    Prepared prepared = prepare(content, category.orElse(null), errors);
    ValidationException.throwIfAny(errors);
    Instant now = clock.instant();
    ItemId id = ItemId.generate(now);
    return store.inTransaction(tx -> {
      Organ organ = tx.findOrgan(organCode)
          .orElseThrow(() -> ValidationException.of("organ", "unknown organ: " + organCode));
      int year = LocalDate.ofInstant(now, ZONE).getYear();
      long seq = tx.nextIndexSequence(organ.code(), IndexNumberPattern.period(organ.indexPattern(), year));
      String indexNumber = IndexNumberPattern.format(organ.indexPattern(), organ.code(), year, categoryCode, seq);
      Item item = new Item(id, organ.code(), categoryCode, indexNumber, Status.DRAFT, 1, 0, now, now);
      Revision revision = prepared.revision(id, 1, author, now, "新建");
      tx.insertItem(item);
      tx.insertRevision(revision);
      tx.insertEvent(new ItemEvent(0, id, EventType.CREATED, null, Status.DRAFT, 1, author, now, null));
      tx.appendChange(id, 1, ChangeKind.CREATED, now);
      return new ItemView(item, revision);
    });
  }

  /**
   * Writes a new revision of a draft. {@code expectedRevision} is the working revision the author
   * edited; if someone else wrote one since, a {@link StaleRevisionException} is thrown and nothing
   * is written.
   */
  public ItemView revise(ItemId id, int expectedRevision, Content content, Actor author, String reason) {
    require(id, "id");
    require(author, "author");
    List<FieldError> errors = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", "is required"));
    } else if (reason.length() > MAX_REASON) {
      errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
    }
    Item current = store.inTransaction(tx -> tx.findItem(id)).orElseThrow(() -> notFound(id));
    Prepared prepared = prepare(content, catalogue.find(current.categoryCode()).orElse(null), errors);
    ValidationException.throwIfAny(errors);
    Instant now = clock.instant();
    return store.inTransaction(tx -> {
      Item item = tx.findItem(id).orElseThrow(() -> notFound(id));
      if (item.workingRevision() != expectedRevision) {
        throw new StaleRevisionException(id.value(), expectedRevision, item.workingRevision());
      }
      if (item.status() != Status.DRAFT) {
        throw new IllegalTransitionException(id, item.status(), "revise", "only a draft can be revised");
      }
      int number = expectedRevision + 1;
      Item next = new Item(id, item.organCode(), item.categoryCode(), item.indexNumber(), item.status(), number,
          item.publishedRevision(), item.createdAt(), now);
      // The conditional update is the lock: a concurrent writer with the same expectation fails here.
      tx.updateItem(next, expectedRevision, item.status());
      Revision revision = prepared.revision(id, number, author, now, reason.strip());
      tx.insertRevision(revision);
      tx.insertEvent(new ItemEvent(0, id, EventType.REVISED, item.status(), item.status(), number, author, now,
          reason.strip()));
      tx.appendChange(id, number, ChangeKind.REVISED, now);
      return new ItemView(next, revision);
    });
  }

  /** The item with its newest revision, as editors and reviewers see it. */
  public ItemView working(ItemId id) {
    require(id, "id");
    return store.inTransaction(tx -> {
      Item item = tx.findItem(id).orElseThrow(() -> notFound(id));
      return new ItemView(item, tx.findRevision(id, item.workingRevision()).orElseThrow(() -> notFound(id)));
    });
  }

  /** The item with the revision the public sees, or empty when nothing of it is public. */
  public Optional<ItemView> published(ItemId id) {
    require(id, "id");
    return store.inTransaction(tx -> tx.findItem(id)
        .filter(Item::isPublic)
        .flatMap(item -> tx.findRevision(id, item.publishedRevision()).map(r -> new ItemView(item, r))));
  }

  /** Items newest first, filtered and paged by {@code query}. */
  public Page<Item> list(ItemQuery query) {
    require(query, "query");
    List<Item> rows = store.inTransaction(tx -> tx.listItems(query));
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, Optional.empty());
    }
    List<Item> page = rows.subList(0, query.limit());
    return new Page<>(page, Optional.of(page.get(page.size() - 1).id().value()));
  }

  /** Every revision of the item, oldest first, with author, time and reason. */
  public List<Revision> history(ItemId id) {
    require(id, "id");
    return store.inTransaction(tx -> {
      tx.findItem(id).orElseThrow(() -> notFound(id));
      return tx.revisions(id);
    });
  }

  /** Every transition of the item, oldest first: its audit trail. */
  public List<ItemEvent> auditTrail(ItemId id) {
    require(id, "id");
    return store.inTransaction(tx -> {
      tx.findItem(id).orElseThrow(() -> notFound(id));
      return tx.events(id);
    });
  }

  /** Field-level and body-text differences between two revisions of one item. */
  public RevisionDiff diff(ItemId id, int from, int to) {
    require(id, "id");
    return store.inTransaction(tx -> {
      Revision a = tx.findRevision(id, from).orElseThrow(() -> revisionNotFound(id, from, tx));
      Revision b = tx.findRevision(id, to).orElseThrow(() -> revisionNotFound(id, to, tx));
      return Diffs.between(a, b);
    });
  }

  // --- change feed ----------------------------------------------------------------------------

  /** Change-feed rows after {@code sequence}, in order; at most {@code limit} (1–10,000). */
  public List<Change> changesAfter(long sequence, int limit) {
    if (limit < 1 || limit > 10_000) {
      throw ValidationException.of("limit", "must be between 1 and 10000");
    }
    return store.inTransaction(tx -> tx.changesAfter(sequence, limit));
  }

  public long lastChangeSequence() {
    return store.inTransaction(StoreTransaction::lastChangeSequence);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Validated, sanitised content ready to become a revision. */
  private record Prepared(String title, LocalDate formedOn, Payload payload, SanitizedBody body) {
    Revision revision(ItemId id, int number, Actor author, Instant at, String reason) {
      return new Revision(id, number, title, formedOn, payload, body.html(), body.text(), author, at, reason,
          contentHash(title, formedOn, payload, body.html()));
    }
  }

  private Prepared prepare(Content content, Category category, List<FieldError> errors) {
    if (content == null) {
      errors.add(new FieldError("content", "is required"));
      return null;
    }
    String title = content.title() == null ? null : content.title().strip();
    if (title == null || title.isEmpty()) {
      errors.add(new FieldError("title", "is required"));
    } else if (title.length() > MAX_TITLE) {
      errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
    }
    Payload payload = content.payload();
    if (payload == null) {
      errors.add(new FieldError("payload", "is required"));
    } else {
      if (category != null && payload.kind() != category.payload()) {
        errors.add(new FieldError("payload", "category " + category.code() + " takes a " + category.payload()
            + " payload, not " + payload.kind()));
      }
      for (FieldError e : payload.validate()) {
        errors.add(new FieldError("payload." + e.field(), e.message()));
      }
    }
    SanitizedBody body = null;
    try {
      body = sanitizer.sanitize(content.bodyHtml());
    } catch (ValidationException e) {
      errors.addAll(e.errors());
    }
    LocalDate formedOn = content.formedOn() != null ? content.formedOn() : LocalDate.now(clock.withZone(ZONE));
    return new Prepared(title, formedOn, payload, body);
  }

  /** SHA-256 of the canonical JSON of the content (title, formed date, payload, sanitised body). */
  static String contentHash(String title, LocalDate formedOn, Payload payload, String bodyHtml) {
    var node = PayloadCodec.mapper().createObjectNode();
    node.put("body", bodyHtml);
    node.put("formedOn", formedOn.toString());
    node.put("kind", payload.kind().name());
    node.set("payload", PayloadCodec.toTree(payload));
    node.put("title", title);
    return PayloadCodec.sha256Hex(PayloadCodec.toJson(node));
  }

  private static ItemNotFoundException notFound(ItemId id) {
    return new ItemNotFoundException("no item " + id);
  }

  private static ItemNotFoundException revisionNotFound(ItemId id, int number, StoreTransaction tx) {
    tx.findItem(id).orElseThrow(() -> notFound(id));
    return new ItemNotFoundException("item " + id + " has no revision " + number);
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw ValidationException.of(field, "is required");
    }
  }

  /** Builds a {@link Disclosures}; every argument is checked as it is set. Not thread-safe. */
  public static final class Builder {
    private DataSource dataSource;
    private Store store;
    private Clock clock = Clock.systemUTC();
    private Catalogue catalogue = Catalogue.defaults();

    private Builder() {}

    /** The database (H2 or PostgreSQL); its schema is migrated on {@link #build()}. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /** Another store implementation instead of the JDBC one. */
    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder catalogue(Catalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    public Disclosures build() {
      if (dataSource == null && store == null) {
        throw new IllegalStateException("a dataSource or a store is required");
      }
      return new Disclosures(this);
    }
  }
}
