package org.opendisclosure.core;

import java.security.KeyPair;
import java.time.Clock;
import org.opendisclosure.core.log.ConsistencyProof;
import org.opendisclosure.core.log.InclusionProof;
import org.opendisclosure.core.log.LogPublicKey;
import org.opendisclosure.core.log.LogVerification;
import org.opendisclosure.core.log.SignedHead;
import org.opendisclosure.core.log.StoredLeaf;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opendisclosure.core.calendar.WorkingDayCalendar;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.privacy.Masker;
import org.opendisclosure.core.privacy.PrivacyScanner;
import org.opendisclosure.core.report.ComplianceReport;
import org.opendisclosure.core.schedule.SchedulerRun;
import org.opendisclosure.core.workflow.Action;
import org.opendisclosure.core.workflow.Feedback;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Obligation;
import org.opendisclosure.core.workflow.PrivacyFinding;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.core.workflow.Transitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.opendisclosure.core.internal.PayloadCodec;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.ArchivedItem;
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
  private static final Logger LOG = LoggerFactory.getLogger(Disclosures.class);

  /** The most items {@link #importPublished} takes in one call. */
  public static final int MAX_IMPORT_ITEMS = ArchiveImport.MAX_ITEMS;

  /** The most ids {@link #publishedContent} takes in one call. */
  public static final int MAX_BATCH_READ = 1000;

  static final int MAX_TITLE = 500;
  static final int MAX_REASON = 2000;

  private final Store store;
  private final Clock clock;
  private final Catalogue catalogue;
  private final Core core;
  private final Workflow workflow;
  private final PrivacyGate gate;
  private final PublicViews publicViews;
  private final Scheduling scheduling;
  private final Compliance compliance;
  private final TransparencyLog log;
  private final ArchiveImport archiveImport;

  private Disclosures(Builder b) {
    this.store = b.store != null ? b.store : JdbcStore.open(b.dataSource);
    this.clock = b.clock;
    this.catalogue = b.catalogue;
    this.core = new Core(store, clock, catalogue, b.calendar, HtmlSanitizer.standard(), PrivacyScanner.standard(clock),
        Masker.standard(), b.feedbackPerClientPerHour);
    this.gate = new PrivacyGate(core.scanner());
    this.publicViews = new PublicViews(core);
    this.log = new TransparencyLog(core, publicViews, b.logOrigin, b.logKey);
    this.workflow = new Workflow(core, gate, log);
    this.scheduling = new Scheduling(core, workflow, log);
    this.compliance = new Compliance(core);
    this.archiveImport = new ArchiveImport(core, gate, workflow, log);
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

  /** The working-day calendar; load a new year's holidays into it at run time. */
  public WorkingDayCalendar calendar() {
    return core.calendar();
  }

  // --- roles ----------------------------------------------------------------------------------

  /**
   * Grants a role on an organ and its descendants. The embedding application is trusted to call
   * this for its administrators; {@link #grant(Grant, Actor)} checks that the granter is an ADMIN.
   */
  public void grant(Grant grant) {
    require(grant, "grant");
    store.inTransaction(tx -> {
      tx.findOrgan(grant.organCode())
          .orElseThrow(() -> ValidationException.of("organCode", "unknown organ: " + grant.organCode()));
      if (!tx.grants(grant.actorId()).contains(grant)) {
        tx.insertGrant(grant);
      }
      return null;
    });
  }

  /** Grants a role if {@code admin} is an ADMIN of the organ (or an ancestor). */
  public void grant(Grant grant, Actor admin) {
    require(grant, "grant");
    requireAdmin(admin, grant.organCode());
    grant(grant);
  }

  public void revoke(Grant grant, Actor admin) {
    require(grant, "grant");
    requireAdmin(admin, grant.organCode());
    store.inTransaction(tx -> {
      tx.deleteGrant(grant);
      return null;
    });
  }

  private void requireAdmin(Actor admin, String organCode) {
    require(admin, "admin");
    if (!roles(admin.id(), organCode).contains(Role.ADMIN)) {
      throw new AccessDeniedException(admin.id() + " is not an ADMIN of " + organCode);
    }
  }

  /** The roles {@code actorId} holds on {@code organCode}, directly or through an ancestor. */
  public Set<Role> roles(String actorId, String organCode) {
    if (actorId == null || organCode == null) {
      return Set.of();
    }
    return store.inTransaction(tx -> tx.roles(actorId, Core.organChain(tx, organCode)));
  }

  public List<Grant> grants(String actorId) {
    require(actorId, "actorId");
    return store.inTransaction(tx -> tx.grants(actorId));
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
    Optional<Category> category = PreparedContent.checkNewItem(core, organCode, categoryCode, errors);
    PreparedContent prepared = PreparedContent.of(core, content, category.orElse(null), core.today(), errors);
    ValidationException.throwIfAny(errors);
    Instant now = clock.instant();
    ItemId id = ItemId.generate(now);
    return store.inTransaction(tx -> {
      Organ organ = tx.findOrgan(organCode)
          .orElseThrow(() -> ValidationException.of("organ", "unknown organ: " + organCode));
      if (!Core.roles(tx, author, organ.code()).contains(Role.EDITOR)) {
        throw new AccessDeniedException(author.id() + " is not an EDITOR of " + organ.code());
      }
      int year = LocalDate.ofInstant(now, ZONE).getYear();
      long seq = tx.nextIndexSequence(organ.code(), IndexNumberPattern.period(organ.indexPattern(), year));
      String indexNumber = IndexNumberPattern.format(organ.indexPattern(), organ.code(), year, categoryCode, seq);
      Revision revision = prepared.revision(id, 1, author, now, "新建");
      Item item = new Item(id, organ.code(), categoryCode, indexNumber, Status.DRAFT, 1, 0, now, now, null, null,
          workflow.dueBy(category.orElseThrow(), revision), null);
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
    return write(id, expectedRevision, content, author, reason, Action.REVISE);
  }

  /**
   * Starts a correction (更正) of a published item: a new working revision that goes through
   * review and approval while the published revision stays live. {@code note} is the public
   * correction note shown once the correction is approved.
   */
  public ItemView correct(ItemId id, int expectedRevision, Content content, Actor author, String note) {
    return write(id, expectedRevision, content, author, note, Action.CORRECT);
  }

  private ItemView write(ItemId id, int expectedRevision, Content content, Actor author, String reason,
      Action action) {
    require(id, "id");
    require(author, "author");
    List<FieldError> errors = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", "is required"));
    } else if (reason.length() > MAX_REASON) {
      errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
    }
    // Authorise first: someone without a role on the organ learns nothing, not even what is invalid.
    Item current = store.inTransaction(tx -> {
      Item found = tx.findItem(id).orElseThrow(() -> notFound(id));
      Core.authorize(tx, author, found, action);
      return found;
    });
    PreparedContent prepared = PreparedContent.of(core, content, catalogue.find(current.categoryCode()).orElse(null),
        core.today(), errors);
    ValidationException.throwIfAny(errors);
    Instant now = clock.instant();
    return store.inTransaction(tx -> {
      Item item = tx.findItem(id).orElseThrow(() -> notFound(id));
      Core.authorize(tx, author, item, action);
      if (item.workingRevision() != expectedRevision) {
        throw new StaleRevisionException(id.value(), expectedRevision, item.workingRevision());
      }
      int number = expectedRevision + 1;
      Revision revision = prepared.revision(id, number, author, now, reason.strip());
      Status to = Transitions.target(action, item.status(), item.isCorrecting());
      Item next = item.withWorkingRevision(number, workflow.dueBy(core.category(item), revision), now)
          .withStatus(to, now);
      // The conditional update is the lock: a concurrent writer with the same expectation fails here.
      tx.updateItem(next, expectedRevision, item.status());
      tx.insertRevision(revision);
      EventType event = action == Action.CORRECT ? EventType.CORRECTION_STARTED : EventType.REVISED;
      tx.insertEvent(new ItemEvent(0, id, event, item.status(), to, number, author, now, reason.strip()));
      tx.appendChange(id, number, ChangeKind.REVISED, now);
      return new ItemView(next, revision);
    });
  }

  // --- archive import -------------------------------------------------------------------------

  /**
   * Brings notices that an earlier system already published in as published items (archive
   * migration), all or nothing, in one transaction. {@code importer} must be allowed to approve
   * and publish in every organ named (an APPROVER there or above), else {@link
   * AccessDeniedException}. Every item is checked before anything is written, as {@link
   * #createDraft} checks a draft and {@link #approve} the privacy findings (a blocking one needs an
   * override with a reason in {@link ArchivedItem#privacyOverrides()}); the problems of all items
   * come in one {@link ValidationException} with paths {@code items[i].<field>}. At most {@link
   * #MAX_IMPORT_ITEMS} items per call.
   *
   * <p>Each item then reads like a workflow-published one everywhere (public view, history, lists,
   * change feed, log, search): its id, creation and publication time are the original
   * publication time; its audit trail has a PUBLISHED event by the earlier system ({@code
   * system:archive}) at that time and an IMPORTED event by {@code importer} now; its log leaf
   * records the event IMPORTED with the time it was appended. An item without an index number gets
   * the organ's next one for the year it was published.
   *
   * @return the new items, in the order given
   */
  public List<Item> importPublished(List<ArchivedItem> items, Actor importer) {
    require(importer, "importer");
    return archiveImport.importPublished(items, importer);
  }

  /** The item with its newest revision, as editors and reviewers see it. */
  public ItemView working(ItemId id) {
    require(id, "id");
    return store.inTransaction(tx -> {
      Item item = tx.findItem(id).orElseThrow(() -> notFound(id));
      return new ItemView(item, tx.findRevision(id, item.workingRevision()).orElseThrow(() -> notFound(id)));
    });
  }

  /**
   * The item with the revision the public sees, masked as its category demands, or empty when
   * nothing of it is public (never published, or withdrawn).
   */
  public Optional<ItemView> published(ItemId id) {
    require(id, "id");
    return publicViews.published(id);
  }

  /**
   * The public content of many items at once, for whoever keeps a copy of it (a search index
   * rebuilding or catching up): for each of {@code ids} whose published revision has content, its
   * view exactly as {@link #published} gives it (masked as its category demands). Left out are
   * items that are not public (never published, withdrawn, unknown) and items whose published
   * revision was redacted ({@link #published} gives those as a tombstone). The map iterates in the
   * order of {@code ids}; repeats count once. One transaction, one query per 500 ids.
   *
   * @param ids at most {@link #MAX_BATCH_READ} ids, none null
   */
  public Map<ItemId, ItemView> publishedContent(List<ItemId> ids) {
    require(ids, "ids");
    if (ids.size() > MAX_BATCH_READ) {
      throw ValidationException.of("ids", "at most " + MAX_BATCH_READ + " ids per call, not " + ids.size());
    }
    for (int i = 0; i < ids.size(); i++) {
      require(ids.get(i), "ids[" + i + "]");
    }
    return ids.isEmpty() ? Map.of() : publicViews.publishedContent(ids);
  }

  /**
   * The public history: every published version with correction notes and diffs; for a withdrawn
   * item only the fact and reason of the withdrawal. Unknown and never-published items are not found.
   */
  public PublicHistory publicHistory(ItemId id) {
    require(id, "id");
    return publicViews.history(id);
  }

  /** Items newest first, filtered and paged by {@code query}. */
  public Page<Item> list(ItemQuery query) {
    require(query, "query");
    List<String> categories = query.categoryCode() == null ? null
        : query.withSubcategories() ? List.copyOf(catalogue.selfAndDescendants(query.categoryCode()))
        : List.of(query.categoryCode());
    List<Item> rows = store.inTransaction(tx -> tx.listItems(query, query.organCode() == null ? null
        : query.withDescendantOrgans() ? Compliance.selfAndDescendants(tx, query.organCode())
        : List.of(query.organCode()), categories));
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

  // --- workflow -------------------------------------------------------------------------------
  // Each action names the working revision it expects; a stale one is refused and writes nothing.

  /** DRAFT → IN_REVIEW (EDITOR). */
  public Item submit(ItemId id, int expectedRevision, Actor editor) {
    return workflow.submit(checked(id, "id"), expectedRevision, checked(editor, "editor"));
  }

  /** Records a review pass on the working revision (REVIEWER, not its author). */
  public Item review(ItemId id, int expectedRevision, Actor reviewer, String comment) {
    return workflow.review(checked(id, "id"), expectedRevision, checked(reviewer, "reviewer"), comment);
  }

  /** Back to DRAFT with a comment (REVIEWER in review; APPROVER also after approval). */
  public Item returnToAuthor(ItemId id, int expectedRevision, Actor actor, String comment) {
    return workflow.returnToAuthor(checked(id, "id"), expectedRevision, checked(actor, "actor"), comment);
  }

  /** Records that the figures of the working revision were audited or verified (AUDITOR). */
  public Item recordAudit(ItemId id, int expectedRevision, Actor auditor, String note) {
    return workflow.recordAudit(checked(id, "id"), expectedRevision, checked(auditor, "auditor"), note);
  }

  /** Records the deliberation (meeting and date) a decision rests on (EDITOR or APPROVER). */
  public Item recordDeliberation(ItemId id, int expectedRevision, Actor actor, String meeting, LocalDate heldOn) {
    return workflow.recordDeliberation(checked(id, "id"), expectedRevision, checked(actor, "actor"), meeting, heldOn);
  }

  /** The confidentiality review's findings on the working revision; keys name them in overrides. */
  public List<PrivacyFinding> privacyFindings(ItemId id) {
    require(id, "id");
    return store.inTransaction(tx -> {
      Item item = Core.item(tx, id);
      return gate.findings(tx.findRevision(id, item.workingRevision()).orElseThrow(), core.category(item));
    });
  }

  /**
   * Approval (APPROVER, not the author). {@code overrides} maps finding keys to the reason each
   * blocking privacy finding may stand. Approving a correction publishes it.
   */
  public Item approve(ItemId id, int expectedRevision, Actor approver, String comment, Map<String, String> overrides) {
    return workflow.approve(checked(id, "id"), expectedRevision, checked(approver, "approver"), comment, overrides);
  }

  /** APPROVED → SCHEDULED: the scheduler publishes it at {@code publishAt}. */
  public Item schedule(ItemId id, int expectedRevision, Actor actor, Instant publishAt) {
    return workflow.schedule(checked(id, "id"), expectedRevision, checked(actor, "actor"), publishAt);
  }

  /** APPROVED or SCHEDULED → PUBLISHED now; opens the publicity window of a notice. */
  public Item publish(ItemId id, int expectedRevision, Actor actor) {
    return workflow.publish(checked(id, "id"), expectedRevision, checked(actor, "actor"));
  }

  /** PUBLISHED → WITHDRAWN (APPROVER) with a public reason. */
  public Item withdraw(ItemId id, int expectedRevision, Actor approver, String reason) {
    return workflow.withdraw(checked(id, "id"), expectedRevision, checked(approver, "approver"), reason);
  }

  /** Blanks a revision that must never have been public; a tombstone keeps hash, actor and reason (ADMIN). */
  public Item redact(ItemId id, int revision, Actor admin, String reason) {
    return workflow.redact(checked(id, "id"), revision, checked(admin, "admin"), reason);
  }

  // --- scheduling, feedback, compliance -------------------------------------------------------

  /**
   * Publishes every scheduled item whose time has come (also those that fell due while the process
   * was down), records windows that closed, and reports due items that are not approved. Safe to
   * run in several processes at once.
   */
  public SchedulerRun runScheduler() {
    return scheduling.runDue();
  }

  /**
   * Runs {@link #runScheduler()} now and then every {@code period} on a daemon thread until the
   * returned handle is closed. Failures are logged and retried at the next tick.
   */
  public AutoCloseable startScheduler(Duration period) {
    if (period == null || period.isNegative() || period.isZero()) {
      throw ValidationException.of("period", "must be positive");
    }
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "opendisclosure-scheduler");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(() -> {
      try {
        scheduling.runDue();
      } catch (RuntimeException e) {
        LOG.warn("scheduler run failed; retrying at the next tick", e);
      }
    }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    return executor::shutdownNow;
  }

  /** An objection or comment from the public while the item's window is open; stored privately. */
  public Feedback submitFeedback(ItemId id, String body, String contact, String clientAddress) {
    require(id, "id");
    return scheduling.submitFeedback(id, body, contact, clientAddress);
  }

  /** The feedback on an item, for its organ's staff (any role on the organ). */
  public List<Feedback> feedback(ItemId id, Actor staff) {
    require(id, "id");
    require(staff, "staff");
    return store.inTransaction(tx -> {
      Item item = Core.item(tx, id);
      if (Core.roles(tx, staff, item.organCode()).isEmpty()) {
        throw new AccessDeniedException(staff.id() + " holds no role on " + item.organCode());
      }
      return tx.feedback(id);
    });
  }

  public int feedbackCount(ItemId id) {
    require(id, "id");
    return store.inTransaction(tx -> tx.feedbackCount(id));
  }

  /** Registers (or replaces) a periodic duty of an organ. */
  public Obligation registerObligation(Obligation obligation) {
    require(obligation, "obligation");
    catalogue.require(obligation.categoryCode(), "categoryCode");
    return store.inTransaction(tx -> {
      tx.findOrgan(obligation.organCode())
          .orElseThrow(() -> ValidationException.of("organCode", "unknown organ: " + obligation.organCode()));
      tx.upsertObligation(obligation);
      return obligation;
    });
  }

  /** Overdue, due-soon, stale and missing periodic disclosures of an organ and its descendants. */
  public ComplianceReport compliance(String organCode) {
    require(organCode, "organ");
    return compliance.report(organCode);
  }

  // --- transparency log -----------------------------------------------------------------------

  /** The latest signed tree head (a C2SP signed note over a tlog-checkpoint). */
  public SignedHead logCheckpoint() {
    return log.checkpoint();
  }

  /** The log's public key and its name. */
  public LogPublicKey logPublicKey() {
    return log.publicKey();
  }

  /** Leaves {@code [start, end)}, at most 1,000 at a time. */
  public List<StoredLeaf> logEntries(long start, long end) {
    return log.entries(start, end);
  }

  /**
   * The inclusion proof of the item's latest public event (publication, correction, withdrawal,
   * redaction, window close) against the latest signed head; empty if nothing of it was public.
   */
  public Optional<InclusionProof> logProof(ItemId id) {
    require(id, "id");
    return log.proof(id);
  }

  public ConsistencyProof logConsistency(long first, long second) {
    return log.consistency(first, second);
  }

  /**
   * Recomputes every content hash from the store, every leaf, the tree and the latest signed head,
   * and reports each mismatch with its item and revision.
   */
  public LogVerification verifyLog() {
    return log.verify();
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

  private static ItemNotFoundException notFound(ItemId id) {
    return new ItemNotFoundException("no item " + id);
  }

  private static ItemNotFoundException revisionNotFound(ItemId id, int number, StoreTransaction tx) {
    tx.findItem(id).orElseThrow(() -> notFound(id));
    return new ItemNotFoundException("item " + id + " has no revision " + number);
  }

  private static <T> T checked(T value, String field) {
    require(value, field);
    return value;
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
    private WorkingDayCalendar calendar;
    private int feedbackPerClientPerHour = 10;
    private String logOrigin = "opendisclosure.local/log";
    private KeyPair logKey;

    private Builder() {}

    /** The working-day calendar; defaults to the bundled Chinese calendar (2024–2026). */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * The transparency log's origin line and key name (a schema-less URL, e.g. {@code
     * gk.example.gov.cn/log}); default {@code opendisclosure.local/log}.
     */
    public Builder logOrigin(String origin) {
      if (origin == null || !origin.matches("[A-Za-z0-9.\\-_/:]{1,200}")) {
        throw new IllegalArgumentException("logOrigin must be a schema-less URL without spaces or '+'");
      }
      this.logOrigin = origin;
      return this;
    }

    /**
     * The Ed25519 key pair that signs tree heads. Without one, a key is generated on first use and
     * kept in the database (convenient for embedded use; a server should keep its key in a file).
     */
    public Builder logKey(KeyPair key) {
      this.logKey = Objects.requireNonNull(key, "logKey");
      return this;
    }

    /** How many feedback messages one client address may send per hour (default 10). */
    public Builder feedbackPerClientPerHour(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("feedbackPerClientPerHour must be at least 1");
      }
      this.feedbackPerClientPerHour = limit;
      return this;
    }

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
      if (calendar == null) {
        calendar = WorkingDayCalendar.chinaDefault();
      }
      return new Disclosures(this);
    }
  }
}
