package org.opendisclosure.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.ArchivedItem;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.IndexNumberPattern;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.PublicityWindow;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.store.StoreTransaction;
import org.opendisclosure.core.workflow.Action;
import org.opendisclosure.core.workflow.Check;
import org.opendisclosure.core.workflow.CheckKind;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.PrivacyFinding;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.core.workflow.Transitions;

/**
 * Brings notices published by an earlier system in as published items: the content rules of a
 * draft, the privacy gate of approval, the authority to approve and publish, and then one
 * transaction per call that writes what the workflow would have left behind (item, revision,
 * audit events, change-feed row, log leaf) with JDBC batches, taking the feed's and the log's
 * counters once. Thread-safe.
 */
final class ArchiveImport {
  /** The most items one call takes. */
  static final int MAX_ITEMS = 1000;
  /** Who published an archived item originally, in its audit trail: the earlier system. */
  static final Actor ARCHIVE = Actor.of("system:archive", "原系统");
  private static final int MAX_INDEX_NUMBER = 200;
  private static final int MAX_SOURCE = 500;
  /** Fewer items than this are checked on the calling thread alone: handing over costs more. */
  static final int PARALLEL_FROM = 16;

  private final Core core;
  private final PrivacyGate gate;
  private final Workflow workflow;
  private final TransparencyLog log;

  ArchiveImport(Core core, PrivacyGate gate, Workflow workflow, TransparencyLog log) {
    this.core = core;
    this.gate = gate;
    this.workflow = workflow;
    this.log = log;
  }

  /**
   * An archived item that passed every check, with its first revision built and the content hash
   * its log leaf records (of the public view: masked where the category demands).
   */
  private record Checked(ArchivedItem source, Category category, Revision revision, LocalDate publishedOn,
      String publicHash) {}

  List<Item> importPublished(List<ArchivedItem> items, Actor importer) {
    if (items == null) {
      throw ValidationException.of("items", "is required");
    }
    if (items.size() > MAX_ITEMS) {
      throw ValidationException.of("items", "at most " + MAX_ITEMS + " items per call, not " + items.size());
    }
    if (items.isEmpty()) {
      return List.of();
    }
    // Authorise first: someone who may not publish for an organ learns nothing, not even what is invalid.
    Map<String, Organ> organs = core.store().inTransaction(tx -> authorize(tx, items, importer));
    Instant now = core.clock().instant();
    int[] earlier = earlierIndexNumbers(items);
    Checked[] results = new Checked[items.size()];
    // Each check writes only its own position; the writes are seen here after checkAll returns.
    List<List<FieldError>> problems = new ArrayList<>(Collections.nCopies(items.size(), List.of()));
    checkAll(items.size(), i -> {
      List<FieldError> own = new ArrayList<>();
      results[i] = check(items.get(i), organs, now, earlier[i], own);
      problems.set(i, own);
    });
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (FieldError e : problems.get(i)) {
        errors.add(new FieldError(e.field().isEmpty() ? "items[" + i + "]" : "items[" + i + "]." + e.field(),
            e.message()));
      }
    }
    ValidationException.throwIfAny(errors);
    List<Checked> checked = Arrays.asList(results);
    List<Item> written = core.store().inTransaction(tx -> write(tx, checked, importer, now));
    core.store().bulkInserted(written.size());
    return written;
  }

  /**
   * For each position, the position of an earlier item that gives the same index number, or -1:
   * decided in order before the items are checked (perhaps on two threads), so the error names the
   * first item that gave the number, as a check in order would.
   */
  private static int[] earlierIndexNumbers(List<ArchivedItem> items) {
    int[] out = new int[items.size()];
    Map<String, Integer> given = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      ArchivedItem item = items.get(i);
      String number = item == null ? null : item.indexNumber();
      Integer first = null;
      if (number != null && !number.isBlank() && number.length() <= MAX_INDEX_NUMBER) {
        first = given.putIfAbsent(number, i);
      }
      out[i] = first == null ? -1 : first;
    }
    return out;
  }

  /**
   * Runs {@code check} for every position: the first half on the calling thread and, on a machine
   * with more than one core and from {@value #PARALLEL_FROM} items, the second half on a helper
   * thread, which the caller runs itself if the helper has not started it by then. Checks are
   * independent of each other (they read the catalogue, the calendar and the clock, and write
   * only their own position). An unexpected exception is thrown as a check in order would throw
   * it: the first half's before the second's.
   */
  private static void checkAll(int n, IntConsumer check) {
    int split = n < PARALLEL_FROM || Checkers.POOL == null ? n : (n + 1) / 2;
    if (split == n) {
      for (int i = 0; i < n; i++) {
        check.accept(i);
      }
      return;
    }
    AtomicBoolean claimed = new AtomicBoolean();
    Runnable secondHalf = () -> {
      for (int i = split; i < n; i++) {
        check.accept(i);
      }
    };
    Future<?> helper = Checkers.POOL.submit(() -> {
      if (claimed.compareAndSet(false, true)) {
        secondHalf.run();
      }
    });
    try {
      for (int i = 0; i < split; i++) {
        check.accept(i);
      }
    } catch (RuntimeException | Error e) {
      claimed.set(true);
      awaitQuietly(helper);
      throw e;
    }
    if (claimed.compareAndSet(false, true)) {
      helper.cancel(false);
      secondHalf.run();
      return;
    }
    try {
      helper.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      awaitQuietly(helper);
      throw new DisclosureException("interrupted while checking the items", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new DisclosureException("checking the items failed", e.getCause());
    }
  }

  /** Waits for {@code task} to end, whatever its outcome, so no check runs after the call returns. */
  private static void awaitQuietly(Future<?> task) {
    boolean interrupted = false;
    while (true) {
      try {
        task.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException | CancellationException e) {
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The helper thread of {@link #checkAll}, made on first use; none on a single core. */
  private static final class Checkers {
    static final ExecutorService POOL = Runtime.getRuntime().availableProcessors() < 2 ? null
        : Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "disclosure-import-check");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * The organs the items name that exist, after checking that {@code importer} may approve and
   * publish in each; unknown organs are left to validation.
   */
  private static Map<String, Organ> authorize(StoreTransaction tx, List<ArchivedItem> items, Actor importer) {
    Set<String> codes = new LinkedHashSet<>();
    for (ArchivedItem item : items) {
      if (item != null && item.organCode() != null) {
        codes.add(item.organCode());
      }
    }
    // A batch names many organs: read them a level of the tree at a time and the grants once,
    // rather than an organ chain and a roles query per organ.
    Map<String, Organ> known = Core.organsWithAncestors(tx, codes);
    List<Grant> grants = codes.isEmpty() ? List.of() : tx.grants(importer.id());
    Map<String, Organ> organs = new TreeMap<>();
    for (String code : codes) {
      Organ organ = known.get(code);
      if (organ == null) {
        continue;
      }
      Set<Role> held = Core.rolesOn(grants, Core.organChain(known, code));
      if (!Transitions.permits(Action.APPROVE, Status.IN_REVIEW, held)
          || !Transitions.permits(Action.PUBLISH, Status.APPROVED, held)) {
        throw new AccessDeniedException(importer.id() + " may not import into " + code + ": importing publishes, "
            + "which needs one who may approve and publish there (" + Transitions.rolesFor(Action.APPROVE,
            Status.IN_REVIEW) + ")");
      }
      organs.put(code, organ);
    }
    return organs;
  }

  /** Checks one item; problems go to {@code errors} with paths relative to the item. */
  private Checked check(ArchivedItem item, Map<String, Organ> organs, Instant now, int earlier,
      List<FieldError> errors) {
    if (item == null) {
      errors.add(new FieldError("", "is required"));
      return null;
    }
    Optional<Category> category = PreparedContent.checkNewItem(core, item.organCode(), item.categoryCode(), errors);
    if (item.organCode() != null && !organs.containsKey(item.organCode())) {
      errors.add(new FieldError("organ", "unknown organ: " + item.organCode()));
    }
    Instant at = item.publishedAt();
    if (at == null) {
      errors.add(new FieldError("publishedAt", "is required"));
    } else if (at.isAfter(now)) {
      errors.add(new FieldError("publishedAt", "must not be in the future"));
    } else if (at.toEpochMilli() < 0) {
      errors.add(new FieldError("publishedAt", "must not be before 1970"));
    }
    LocalDate publishedOn = at == null ? core.today() : LocalDate.ofInstant(at, Disclosures.ZONE);
    PreparedContent content = PreparedContent.of(core, item.content(), category.orElse(null), publishedOn, errors);
    if (content != null && content.formedOn().isAfter(publishedOn)) {
      errors.add(new FieldError("formedOn", "must not be after the day it was published, " + publishedOn));
    }
    String number = item.indexNumber();
    if (number != null) {
      if (number.isBlank()) {
        errors.add(new FieldError("indexNumber", "must not be blank; leave it out to draw the organ's next one"));
      } else if (number.length() > MAX_INDEX_NUMBER) {
        errors.add(new FieldError("indexNumber", "must be at most " + MAX_INDEX_NUMBER + " characters"));
      } else if (earlier >= 0) {
        errors.add(new FieldError("indexNumber", "repeats the index number of items[" + earlier + "]"));
      }
    }
    if (item.sourceReference() != null && item.sourceReference().length() > MAX_SOURCE) {
      errors.add(new FieldError("sourceReference", "must be at most " + MAX_SOURCE + " characters"));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    Revision revision = content.revision(ItemId.generate(at), 1, ARCHIVE, at, reason(item));
    // The gate of approve(): every blocking finding is fixed or overridden with a reason.
    List<PrivacyFinding> findings = gate.findings(revision, category.orElseThrow());
    errors.addAll(PrivacyGate.overrideErrors(findings, item.privacyOverrides(), "privacyOverrides"));
    for (PrivacyFinding f : PrivacyGate.unresolved(findings, item.privacyOverrides())) {
      errors.add(new FieldError(f.field(), PrivacyGate.refusal(f)));
    }
    // Masking and hashing happen here, on the checking threads, rather than inside the write.
    String publicHash = errors.isEmpty() ? log.publicContentHashOfNew(category.orElseThrow(), revision) : null;
    return new Checked(item, category.orElseThrow(), revision, publishedOn, publicHash);
  }

  private static String reason(ArchivedItem item) {
    return "原系统发布，导入" + (item.sourceReference() == null ? "" : "（来源：" + item.sourceReference() + "）");
  }

  private List<Item> write(StoreTransaction tx, List<Checked> checked, Actor importer, Instant now) {
    Map<String, Organ> organs = authorize(tx, checked.stream().map(Checked::source).toList(), importer);
    List<String> numbers = indexNumbers(tx, checked, organs);
    LocalDate today = core.today();
    List<Item> items = new ArrayList<>(checked.size());
    List<Revision> revisions = new ArrayList<>(checked.size());
    List<ItemEvent> events = new ArrayList<>(checked.size() * 2);
    List<Check> checks = new ArrayList<>();
    List<Change> changes = new ArrayList<>(checked.size());
    List<TransparencyLog.Leaf> leaves = new ArrayList<>(checked.size());
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      Revision r = c.revision();
      ItemId id = r.itemId();
      Instant at = c.source().publishedAt();
      PublicityWindow window = null;
      if (c.category().window() != null) {
        PublicityWindow w = Deadlines.window(core.calendar(), c.category(), r.payload(), c.publishedOn());
        // A window that ended in the earlier system is recorded as closed by this import, not
        // closed again by the scheduler with a leaf of its own.
        window = w.end().isBefore(today) ? new PublicityWindow(w.start(), w.end(), w.provisional(), true) : w;
      }
      Item item = new Item(id, c.source().organCode(), c.category().code(), numbers.get(i), Status.PUBLISHED, 1, 1, at,
          now, null, at, workflow.dueBy(c.category(), r), window);
      items.add(item);
      revisions.add(r);
      String source = c.source().sourceReference() == null ? "" : "；来源：" + c.source().sourceReference();
      events.add(new ItemEvent(0, id, EventType.PUBLISHED, null, Status.PUBLISHED, 1, ARCHIVE, at,
          "由原系统发布" + source));
      events.add(new ItemEvent(0, id, EventType.IMPORTED, null, Status.PUBLISHED, 1, importer, now,
          "从原系统导入，原发布时间 " + at + source));
      for (Map.Entry<String, String> o : c.source().privacyOverrides().entrySet()) {
        checks.add(new Check(0, id, 1, CheckKind.PRIVACY_OVERRIDE, importer, now, o.getKey(), null,
            o.getValue().strip()));
      }
      changes.add(new Change(0, id, 1, ChangeKind.PUBLISHED, now));
      leaves.add(new TransparencyLog.Leaf(item, 1, EventType.IMPORTED, c.publicHash()));
    }
    tx.insertItems(items);
    tx.insertRevisions(revisions);
    tx.insertEvents(events);
    tx.insertChecks(checks);
    // The two counters serialise commits: take them last, feed before log as every writer does.
    tx.appendChanges(changes);
    log.appendAll(tx, leaves, now);
    return items;
  }

  /**
   * Each item's index number: its own, if no item has it yet, else the next of its organ's
   * sequence for the year it was published, drawn per organ and period in one step (in a fixed
   * order, so that concurrent imports never wait on each other in a circle).
   */
  private static List<String> indexNumbers(StoreTransaction tx, List<Checked> checked, Map<String, Organ> organs) {
    String[] out = new String[checked.size()];
    Map<String, List<Integer>> toDraw = new TreeMap<>();
    Map<String, Integer> given = new LinkedHashMap<>();
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      if (c.source().indexNumber() != null) {
        out[i] = c.source().indexNumber();
        given.put(out[i], i);
      } else {
        Organ organ = organs.get(c.source().organCode());
        String period = IndexNumberPattern.period(organ.indexPattern(), c.publishedOn().getYear());
        toDraw.computeIfAbsent(organ.code() + "\u0000" + period, k -> new ArrayList<>()).add(i);
      }
    }
    List<FieldError> errors = new ArrayList<>();
    for (String taken : tx.takenIndexNumbers(given.keySet())) {
      errors.add(new FieldError("items[" + given.get(taken) + "].indexNumber", "another item already has " + taken));
    }
    ValidationException.throwIfAny(errors);
    Map<String, Integer> drawn = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> group : toDraw.entrySet()) {
      List<Integer> positions = group.getValue();
      Checked first = checked.get(positions.get(0));
      Organ organ = organs.get(first.source().organCode());
      String period = group.getKey().substring(group.getKey().indexOf('\u0000') + 1);
      long seq = tx.reserveIndexSequence(organ.code(), period, positions.size());
      for (int i : positions) {
        Checked c = checked.get(i);
        out[i] = IndexNumberPattern.format(organ.indexPattern(), organ.code(), c.publishedOn().getYear(),
            c.category().code(), seq++);
        drawn.put(out[i], i);
      }
    }
    // An original number may look like one the sequence hands out; then the drawn one must yield.
    Set<String> clashes = new java.util.TreeSet<>(tx.takenIndexNumbers(drawn.keySet()));
    clashes.addAll(drawn.keySet().stream().filter(given::containsKey).toList());
    for (String clash : clashes) {
      errors.add(new FieldError("items[" + drawn.get(clash) + "].indexNumber", "the organ's next index number, "
          + clash + ", is already taken (by an item imported with its own number); give this item its original one"));
    }
    ValidationException.throwIfAny(errors);
    return List.of(out);
  }
}
