package org.opendisclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendisclosure.core.history.FieldChange;
import org.opendisclosure.core.history.RevisionDiff;
import org.opendisclosure.core.history.TextChange;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Page;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.core.store.jdbc.JdbcStore;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;

/** The facade and the JDBC store, the same suite on H2 and on embedded PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DisclosuresStoreTest {
  private static final Actor EDITOR = Actor.of("editor-1", "王编辑");
  private static final Actor OTHER = Actor.of("editor-2", "李编辑");

  @Parameter
  TestDatabase database;

  DataSource dataSource;
  MutableClock clock;
  Disclosures disclosures;

  @BeforeEach
  void setUp() {
    dataSource = database.newDataSource();
    clock = MutableClock.at("2024-03-15T02:00:00Z");
    disclosures = Disclosures.builder().dataSource(dataSource).clock(clock).build();
    TestOrgans.register(disclosures);
    for (String editor : List.of("editor-0", "editor-1", "editor-2", "editor-3", "editor-4", "editor-5", "editor-6",
        "editor-7")) {
      disclosures.grant(new Grant(editor, TestOrgans.COUNTY, Role.EDITOR));
    }
  }

  static Content notice(String title, String body) {
    return new Content(title, LocalDate.of(2024, 3, 14),
        new Document("红政〔2024〕12号", "红岭镇人民政府", LocalDate.of(2024, 3, 14), null, Document.Validity.VALID),
        body);
  }

  ItemView draft(String title) {
    return disclosures.createDraft(TestOrgans.HONGLING, "regulations", notice(title, "<p>第一条</p>"), EDITOR);
  }

  @Test
  void draftGetsRevisionOneAndTheOrgansNextIndexNumber() {
    ItemView first = draft("红岭镇关于做好2024年春耕生产工作的通知");
    ItemView second = draft("红岭镇2024年政务公开工作要点");

    assertThat(first.item().status()).isEqualTo(Status.DRAFT);
    assertThat(first.revision().number()).isEqualTo(1);
    assertThat(first.revision().author()).isEqualTo(EDITOR);
    assertThat(first.item().indexNumber()).isEqualTo(TestOrgans.HONGLING + "/2024-00001");
    assertThat(second.item().indexNumber()).isEqualTo(TestOrgans.HONGLING + "/2024-00002");
    assertThat(disclosures.working(first.id())).isEqualTo(first);
  }

  @Test
  void indexNumbersRestartEachYearAndRunPerOrgan() {
    draft("一");
    ItemView other = disclosures.createDraft(TestOrgans.QINGSHAN, "regulations", notice("二", "<p>x</p>"), EDITOR);
    clock.set(java.time.Instant.parse("2025-01-02T02:00:00Z"));
    ItemView nextYear = draft("三");

    assertThat(other.item().indexNumber()).isEqualTo(TestOrgans.QINGSHAN + "/2024-00001");
    assertThat(nextYear.item().indexNumber()).isEqualTo(TestOrgans.HONGLING + "/2025-00001");
  }

  @Test
  void reviseAppendsARevisionAndKeepsEveryEarlierOne() {
    ItemView v1 = draft("初稿");
    clock.advance(Duration.ofHours(1));
    ItemView v2 = disclosures.revise(v1.id(), 1, notice("修改稿", "<p>第一条</p><p>第二条</p>"), OTHER, "补充第二条");

    assertThat(v2.revision().number()).isEqualTo(2);
    List<Revision> history = disclosures.history(v1.id());
    assertThat(history).extracting(Revision::number).containsExactly(1, 2);
    assertThat(history).extracting(Revision::title).containsExactly("初稿", "修改稿");
    assertThat(history.get(1).author()).isEqualTo(OTHER);
    assertThat(history.get(1).reason()).isEqualTo("补充第二条");
    assertThat(history.get(1).createdAt()).isEqualTo(clock.instant());
    assertThat(history.get(0)).isEqualTo(v1.revision());
    assertThat(disclosures.auditTrail(v1.id())).extracting(e -> e.type())
        .containsExactly(EventType.CREATED, EventType.REVISED);
  }

  @Test
  void aStaleRevisionIsRefusedAndWritesNothing() {
    ItemView v1 = draft("初稿");
    disclosures.revise(v1.id(), 1, notice("第二稿", "<p>a</p>"), EDITOR, "改");
    long feed = disclosures.lastChangeSequence();

    assertThatThrownBy(() -> disclosures.revise(v1.id(), 1, notice("冲突稿", "<p>b</p>"), OTHER, "改"))
        .isInstanceOf(StaleRevisionException.class)
        .satisfies(e -> assertThat(((StaleRevisionException) e).actual()).isEqualTo(2));
    assertThat(disclosures.history(v1.id())).hasSize(2);
    assertThat(disclosures.lastChangeSequence()).isEqualTo(feed);
  }

  @Test
  void eightWritersWithTheSameExpectedRevisionExactlyOneWins() throws Exception {
    ItemView v1 = draft("初稿");
    List<Object> outcomes = race(8, i -> disclosures.revise(v1.id(), 1, notice("稿" + i, "<p>" + i + "</p>"),
        Actor.of("editor-" + i, "编辑" + i), "并发修改" + i));

    assertThat(outcomes).filteredOn(o -> o instanceof ItemView).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof StaleRevisionException).hasSize(7);
    List<Revision> history = disclosures.history(v1.id());
    assertThat(history).extracting(Revision::number).containsExactly(1, 2);
    ItemView winner = (ItemView) outcomes.stream().filter(o -> o instanceof ItemView).findFirst().orElseThrow();
    assertThat(history.get(1)).isEqualTo(winner.revision());
    assertThat(disclosures.working(v1.id()).item().workingRevision()).isEqualTo(2);
    assertThat(disclosures.changesAfter(0, 100)).extracting(Change::kind).filteredOn(k -> k == ChangeKind.REVISED)
        .hasSize(1);
  }

  @Test
  void eightThreadsDrawingIndexNumbersLeaveNoGapsAndNoDuplicates() throws Exception {
    int perThread = 12;
    List<Object> outcomes = race(8, i -> {
      List<String> numbers = new ArrayList<>();
      for (int k = 0; k < perThread; k++) {
        numbers.add(draft("并发" + i + "-" + k).item().indexNumber());
      }
      return numbers;
    });

    List<String> all = new ArrayList<>();
    for (Object o : outcomes) {
      assertThat(o).isInstanceOf(List.class);
      for (Object n : (List<?>) o) {
        all.add((String) n);
      }
    }
    Set<String> expected = IntStream.rangeClosed(1, 8 * perThread)
        .mapToObj(n -> String.format("%s/2024-%05d", TestOrgans.HONGLING, n)).collect(Collectors.toSet());
    assertThat(all).hasSize(8 * perThread).doesNotHaveDuplicates();
    assertThat(new HashSet<>(all)).isEqualTo(expected);
  }

  @Test
  void anExceptionInsideAMutationLeavesNoPartialRows() {
    JdbcStore store = JdbcStore.open(dataSource);
    long feedBefore = disclosures.lastChangeSequence();
    ItemId id = ItemId.generate(clock.instant());

    assertThatThrownBy(() -> store.inTransaction(tx -> {
      long seq = tx.nextIndexSequence(TestOrgans.HONGLING, "2024");
      Item item = new Item(id, TestOrgans.HONGLING, "regulations", "x/" + seq, Status.DRAFT, 1, 0,
          clock.instant(), clock.instant(), null, null, null, null);
      tx.insertItem(item);
      tx.appendChange(id, 1, ChangeKind.CREATED, clock.instant());
      throw new IllegalStateException("boom after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThatThrownBy(() -> disclosures.working(id)).isInstanceOf(ItemNotFoundException.class);
    assertThat(disclosures.lastChangeSequence()).isEqualTo(feedBefore);
    // The index number drawn inside the failed transaction was returned: the next draft takes it.
    assertThat(draft("之后").item().indexNumber()).isEqualTo(TestOrgans.HONGLING + "/2024-00001");
  }

  @Test
  void aFailingRevisionWritesNeitherRevisionNorFeedRow() {
    ItemView v1 = draft("初稿");
    long feed = disclosures.lastChangeSequence();

    assertThatThrownBy(() -> disclosures.revise(v1.id(), 1, notice("", "<p>x</p>"), EDITOR, "改"))
        .isInstanceOf(ValidationException.class);
    assertThat(disclosures.history(v1.id())).hasSize(1);
    assertThat(disclosures.lastChangeSequence()).isEqualTo(feed);
  }

  @Test
  void everyBadFieldIsReportedAtOnceWithItsPath() {
    Content bad = new Content(" ", null, new Document(null, " ", LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1),
        null), "<p>x</p>");

    assertThatThrownBy(() -> disclosures.createDraft(TestOrgans.HONGLING, "three-public-expenses", bad, EDITOR))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactlyInAnyOrder("title", "payload", "payload.issuer", "payload.effectiveFrom"));
    assertThatThrownBy(() -> disclosures.createDraft(null, "no-such-category", notice("t", ""), EDITOR))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("organ", "category"));
    assertThatThrownBy(() -> disclosures.createDraft("nobody", "regulations", notice("t", ""), EDITOR))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("organ"));
  }

  @Test
  void listingPagesNewestFirstWithACursorAndFilters() {
    List<ItemId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofMinutes(1));
      ids.add(draft("通知" + i).id());
    }
    clock.advance(Duration.ofMinutes(1));
    disclosures.createDraft(TestOrgans.QINGSHAN, "regulations", notice("青山", "<p>x</p>"), EDITOR);

    ItemQuery query = ItemQuery.all().organ(TestOrgans.HONGLING).limit(2);
    Page<Item> p1 = disclosures.list(query);
    Page<Item> p2 = disclosures.list(query.after(p1.nextCursor().orElseThrow()));
    Page<Item> p3 = disclosures.list(query.after(p2.nextCursor().orElseThrow()));

    List<ItemId> seen = new ArrayList<>();
    for (Page<Item> p : List.of(p1, p2, p3)) {
      p.items().forEach(item -> seen.add(item.id()));
    }
    List<ItemId> newestFirst = new ArrayList<>(ids);
    Collections.reverse(newestFirst);
    assertThat(seen).isEqualTo(newestFirst);
    assertThat(p3.nextCursor()).isEmpty();
    assertThat(disclosures.list(ItemQuery.all().status(Status.PUBLISHED)).items()).isEmpty();
    assertThat(disclosures.list(ItemQuery.all().category("regulations").limit(200)).items()).hasSize(6);
    assertThatThrownBy(() -> disclosures.list(ItemQuery.all().after("not a cursor")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("cursor"));
  }

  @Test
  void diffNamesChangedFieldsAndBodyLines() {
    ItemView v1 = draft("初稿");
    Content changed = new Content("修改稿", LocalDate.of(2024, 3, 14),
        new Document("红政〔2024〕13号", "红岭镇人民政府", LocalDate.of(2024, 3, 14), null, Document.Validity.VALID),
        "<p>第一条</p><p>第二条</p>");
    disclosures.revise(v1.id(), 1, changed, EDITOR, "改文号");

    RevisionDiff diff = disclosures.diff(v1.id(), 1, 2);

    assertThat(diff.fields()).containsExactlyInAnyOrder(
        new FieldChange("title", "初稿", "修改稿"),
        new FieldChange("payload.documentNumber", "红政〔2024〕12号", "红政〔2024〕13号"));
    assertThat(diff.body()).containsExactly(
        new TextChange(TextChange.Op.KEPT, "第一条"), new TextChange(TextChange.Op.ADDED, "第二条"));
    assertThatThrownBy(() -> disclosures.diff(v1.id(), 1, 9)).isInstanceOf(ItemNotFoundException.class);
  }

  @Test
  void aDraftHasNoPublishedView() {
    ItemView v1 = draft("草稿");
    assertThat(disclosures.published(v1.id())).isEqualTo(Optional.empty());
  }

  @Test
  void theChangeFeedIsGaplessAndOrdered() {
    ItemView a = draft("甲");
    ItemView b = draft("乙");
    disclosures.revise(a.id(), 1, notice("甲2", "<p>2</p>"), EDITOR, "改");

    List<Change> changes = disclosures.changesAfter(0, 100);
    assertThat(changes).extracting(Change::sequence).containsExactly(1L, 2L, 3L);
    assertThat(changes).extracting(Change::itemId).containsExactly(a.id(), b.id(), a.id());
    assertThat(disclosures.changesAfter(2, 100)).extracting(Change::kind).containsExactly(ChangeKind.REVISED);
    assertThat(disclosures.lastChangeSequence()).isEqualTo(3);
  }

  @Test
  void bodyHtmlIsSanitisedAndTextExtracted() {
    ItemView v = disclosures.createDraft(TestOrgans.HONGLING, "regulations",
        notice("通知", "<p onclick=\"x()\">各村：</p><script>alert(1)</script>"), EDITOR);
    assertThat(v.revision().bodyHtml()).doesNotContain("script").doesNotContain("onclick").contains("各村：");
    assertThat(v.revision().bodyText()).contains("各村：").doesNotContain("alert");
  }

  @Test
  void unknownItemsAndNullArgumentsGiveNamedExceptionsNeverNullPointers() {
    ItemId unknown = ItemId.generate(clock.instant());
    assertThatThrownBy(() -> disclosures.working(unknown)).isInstanceOf(ItemNotFoundException.class);
    assertThatThrownBy(() -> disclosures.history(unknown)).isInstanceOf(ItemNotFoundException.class);
    assertThatThrownBy(() -> disclosures.revise(unknown, 1, notice("t", ""), EDITOR, "r"))
        .isInstanceOf(ItemNotFoundException.class);
    List<Callable<?>> calls = List.of(
        () -> disclosures.working(null),
        () -> disclosures.published(null),
        () -> disclosures.history(null),
        () -> disclosures.auditTrail(null),
        () -> disclosures.diff(null, 1, 2),
        () -> disclosures.list(null),
        () -> disclosures.registerOrgan(null),
        () -> disclosures.createDraft(null, null, null, null),
        () -> disclosures.createDraft(TestOrgans.HONGLING, "regulations", null, EDITOR),
        () -> disclosures.createDraft(TestOrgans.HONGLING, "regulations", new Content(null, null, null, null), EDITOR),
        () -> disclosures.revise(null, 1, null, null, null),
        () -> disclosures.revise(unknown, 1, null, EDITOR, null),
        () -> disclosures.changesAfter(0, 0));
    for (Callable<?> call : calls) {
      assertThatThrownBy(call::call).isInstanceOf(DisclosureException.class);
    }
  }

  /** Starts {@code n} tasks at once and collects each one's result or exception. */
  private static List<Object> race(int n, java.util.function.IntFunction<Object> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return task.apply(index);
          } catch (DisclosureException e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Object> out = new ArrayList<>();
      for (Future<Object> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
