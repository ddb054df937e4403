package org.opendisclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.log.InclusionProof;
import org.opendisclosure.core.log.LeafEntry;
import org.opendisclosure.core.log.Merkle;
import org.opendisclosure.core.log.Checkpoint;
import org.opendisclosure.core.log.SignedNotes;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.ArchivedItem;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.store.Store;
import org.opendisclosure.core.store.StoreTransaction;
import org.opendisclosure.core.store.jdbc.JdbcStore;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.PrivacyFinding;
import org.opendisclosure.core.workflow.Role;

/** Bulk import of notices an earlier system published, on H2 and on embedded PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ArchiveImportTest {
  static final Instant MAY_2023 = Instant.parse("2023-05-10T02:00:00Z");

  @Parameter
  TestDatabase database;

  MutableClock clock;
  Disclosures d;

  @BeforeEach
  void setUp() {
    clock = MutableClock.at("2026-03-02T01:00:00Z");
    d = Disclosures.builder().dataSource(database.newDataSource()).clock(clock).build();
    TestOrgans.register(d);
    Staff.grant(d);
  }

  static ArchivedItem notice(String title, Instant publishedAt) {
    return ArchivedItem.of(TestOrgans.HONGLING, "regulations", new Content(title, null,
        new Document("红政〔2023〕7号", "红岭镇人民政府", LocalDate.of(2023, 5, 8), null, Document.Validity.VALID),
        "<p>" + title + "，自发布之日起施行。</p>"), publishedAt);
  }

  @Test
  void importedItemsReadLikeWorkflowPublishedOnesToEveryReader() {
    long feedBefore = d.lastChangeSequence();
    List<Item> items = d.importPublished(List.of(
        notice("红岭镇河道管理办法", MAY_2023).withIndexNumber("HL-2023-0042").withSourceReference("cms:article/881"),
        notice("红岭镇集贸市场管理规定", MAY_2023.plus(Duration.ofDays(30))),
        ArchivedItem.of(TestOrgans.HONGLING, "cadre-appointments",
            new Content("干部任前公示", null, SamplePayloads.cadreNotice(), "<p>公示期内如有意见请反映。</p>"),
            Instant.parse("2025-12-01T01:00:00Z"))), Staff.APPROVER);

    assertThat(items).extracting(Item::status).containsOnly(Status.PUBLISHED);
    Item first = items.get(0);
    assertThat(first.indexNumber()).isEqualTo("HL-2023-0042");
    assertThat(items.get(1).indexNumber()).isEqualTo(TestOrgans.HONGLING + "/2023-00001");
    assertThat(items.get(2).indexNumber()).isEqualTo(TestOrgans.HONGLING + "/2025-00001");
    assertThat(first.publishedAt()).isEqualTo(MAY_2023);
    assertThat(first.id().createdAt()).isEqualTo(MAY_2023);
    assertThat(items.get(2).window().start()).as("the window the notice names").isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(items.get(2).window().closedRecorded()).isFalse();

    ItemView seen = d.published(first.id()).orElseThrow();
    assertThat(seen.item()).isEqualTo(first);
    assertThat(seen.revision().title()).isEqualTo("红岭镇河道管理办法");
    assertThat(seen.revision().formedOn()).isEqualTo(LocalDate.of(2023, 5, 10));
    PublicHistory history = d.publicHistory(first.id());
    assertThat(history.versions()).singleElement().satisfies(v -> {
      assertThat(v.publishedAt()).isEqualTo(MAY_2023);
      assertThat(v.correction()).isFalse();
    });
    assertThat(d.list(ItemQuery.all().organ(TestOrgans.HONGLING).onlyPublic()).items()).extracting(Item::id)
        .containsExactly(items.get(2).id(), items.get(1).id(), first.id());
    assertThat(d.list(ItemQuery.all().onlyPublic().year(2023)).items()).hasSize(2);

    List<Change> changes = d.changesAfter(feedBefore, 100);
    assertThat(changes).extracting(Change::sequence).containsExactly(feedBefore + 1, feedBefore + 2, feedBefore + 3);
    assertThat(changes).extracting(Change::kind).containsOnly(ChangeKind.PUBLISHED);
    assertThat(changes).extracting(Change::itemId).containsExactly(items.stream().map(Item::id).toArray(ItemId[]::new));

    List<ItemEvent> trail = d.auditTrail(first.id());
    assertThat(trail).extracting(ItemEvent::type).containsExactly(EventType.PUBLISHED, EventType.IMPORTED);
    assertThat(trail.get(0).at()).isEqualTo(MAY_2023);
    assertThat(trail.get(0).actor().id()).isEqualTo("system:archive");
    assertThat(trail.get(1).actor()).isEqualTo(Staff.APPROVER);
    assertThat(trail.get(1).at()).isEqualTo(clock.instant());
    assertThat(trail.get(1).comment()).contains(MAY_2023.toString()).contains("cms:article/881");

    InclusionProof proof = d.logProof(first.id()).orElseThrow();
    LeafEntry leaf = LeafEntry.decode(proof.leaf());
    assertThat(leaf.event()).isEqualTo("IMPORTED");
    assertThat(leaf.time()).as("the leaf says when it was appended").isEqualTo(clock.instant());
    assertThat(leaf.contentSha256()).isEqualTo(ContentHashes.hash(seen.revision()));
    byte[] root = Checkpoint.parse(SignedNotes.body(d.logCheckpoint().note())).rootHash();
    assertThat(Merkle.verifyInclusion(proof.leafIndex(), proof.treeSize(), Merkle.leafHash(proof.leaf()),
        proof.auditPath(), root)).isTrue();
    assertThat(d.logCheckpoint().size()).isEqualTo(3);
    assertThat(d.verifyLog().problems()).isEmpty();
  }

  @Test
  void aBatchLargerThanOneInsertStatementLandsRowForRow() {
    // 250 items: the store writes its rows as INSERTs of up to 100 rows (two whole ones and 50
    // over; 500 events: five whole ones), so every row must get its own values, not a neighbour's.
    long feedBefore = d.lastChangeSequence();
    List<ArchivedItem> batch = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      batch.add(notice("红岭镇公告第" + i + "号", MAY_2023.plus(Duration.ofMinutes(i)))
          .withIndexNumber("HL-BULK-" + i).withSourceReference("cms:article/" + i));
    }
    List<Item> items = d.importPublished(batch, Staff.APPROVER);

    assertThat(items).hasSize(250);
    List<Change> changes = d.changesAfter(feedBefore, 1_000);
    assertThat(changes).extracting(Change::itemId).containsExactly(items.stream().map(Item::id).toArray(ItemId[]::new));
    assertThat(changes).extracting(Change::sequence)
        .containsExactly(LongStream.rangeClosed(feedBefore + 1, feedBefore + 250).boxed().toArray(Long[]::new));
    Map<ItemId, ItemView> views = d.publishedContent(items.stream().map(Item::id).toList());
    for (int i = 0; i < 250; i++) {
      Item item = items.get(i);
      ItemView seen = views.get(item.id());
      assertThat(seen.item()).isEqualTo(item);
      assertThat(seen.item().indexNumber()).isEqualTo("HL-BULK-" + i);
      assertThat(seen.revision().title()).isEqualTo("红岭镇公告第" + i + "号");
      assertThat(seen.revision().bodyText()).contains("红岭镇公告第" + i + "号");
    }
    // Each statement's first and last rows, and the rows either side of each boundary.
    for (int i : new int[] {0, 1, 98, 99, 100, 101, 199, 200, 201, 248, 249}) {
      Item item = items.get(i);
      ItemView seen = views.get(item.id());
      List<ItemEvent> trail = d.auditTrail(item.id());
      assertThat(trail).extracting(ItemEvent::type).containsExactly(EventType.PUBLISHED, EventType.IMPORTED);
      assertThat(trail.get(0).at()).isEqualTo(MAY_2023.plus(Duration.ofMinutes(i)));
      assertThat(trail.get(1).comment()).endsWith("来源：cms:article/" + i);
      LeafEntry leaf = LeafEntry.decode(d.logProof(item.id()).orElseThrow().leaf());
      assertThat(leaf.contentSha256()).isEqualTo(ContentHashes.hash(seen.revision()));
    }
    assertThat(d.logCheckpoint().size()).isEqualTo(250);
    assertThat(d.verifyLog().problems()).as("every node of the tree as the leaves give it").isEmpty();
  }

  @Test
  void eachLeafRecordsTheHashOfThePublicContentMaskedOrNot() {
    ArchivedItem list = ArchivedItem.of(TestOrgans.HONGLING, "social-assistance", new Content("低保名单公示", null,
        SamplePayloads.minimumLivingList(), "<p>张德顺户，身份证440524188001010014</p>"), MAY_2023);
    List<Item> items = d.importPublished(List.of(notice("红岭镇河道管理办法", MAY_2023), list), Staff.APPROVER);

    for (Item item : items) {
      ItemView seen = d.published(item.id()).orElseThrow();
      LeafEntry leaf = LeafEntry.decode(d.logProof(item.id()).orElseThrow().leaf());
      assertThat(leaf.contentSha256()).isEqualTo(ContentHashes.hash(seen.revision()));
    }
    assertThat(d.published(items.get(1).id()).orElseThrow().revision().contentHash())
        .as("the list is masked in public, so its public hash is not the stored content's")
        .isNotEqualTo(LeafEntry.decode(d.logProof(items.get(1).id()).orElseThrow().leaf()).contentSha256());
    assertThat(d.verifyLog().problems()).isEmpty();
  }

  @Test
  void theStoreIsToldOfEachCommittedImportAndOfNoRejectedOne() {
    List<Integer> told = new ArrayList<>();
    Store jdbc = JdbcStore.open(database.newDataSource());
    Store store = new Store() {
      @Override
      public <T> T inTransaction(Function<StoreTransaction, T> work) {
        return jdbc.inTransaction(work);
      }

      @Override
      public void bulkInserted(int items) {
        told.add(items);
      }
    };
    Disclosures counted = Disclosures.builder().store(store).clock(clock).build();
    TestOrgans.register(counted);
    Staff.grant(counted);
    counted.importPublished(List.of(notice("红岭镇河道管理办法", MAY_2023), notice("红岭镇集贸市场管理规定", MAY_2023)),
        Staff.APPROVER);
    assertThatThrownBy(() -> counted.importPublished(List.of(notice("", MAY_2023)), Staff.APPROVER))
        .isInstanceOf(ValidationException.class);
    assertThat(told).containsExactly(2);
  }

  @Test
  void anImportedItemGoesOnLikeAPublishedOne() {
    Item item = d.importPublished(List.of(notice("红岭镇河道管理办法", MAY_2023)), Staff.APPROVER).get(0);
    d.withdraw(item.id(), 1, Staff.APPROVER, "已废止");

    assertThat(d.published(item.id())).isEmpty();
    assertThat(d.publicHistory(item.id()).withdrawal().reason()).isEqualTo("已废止");
    assertThat(d.verifyLog().problems()).isEmpty();
  }

  @Test
  void aWindowThatEndedBeforeTheImportIsRecordedClosedAndAnOpenOneIsClosedByTheScheduler() {
    ArchivedItem cadre = ArchivedItem.of(TestOrgans.HONGLING, "cadre-appointments",
        new Content("干部任前公示", null, SamplePayloads.cadreNotice(), "<p>公示期内如有意见请反映。</p>"),
        Instant.parse("2026-03-02T01:00:00Z"));
    clock.set(Instant.parse("2026-03-03T01:00:00Z"));
    Item open = d.importPublished(List.of(cadre), Staff.APPROVER).get(0);
    clock.set(Instant.parse("2026-04-01T01:00:00Z"));
    Item ended = d.importPublished(List.of(cadre), Staff.APPROVER).get(0);

    assertThat(open.window().closedRecorded()).isFalse();
    assertThat(ended.window().closedRecorded()).isTrue();
    assertThat(d.runScheduler().windowsClosed()).containsExactly(open.id());
    assertThat(d.verifyLog().problems()).isEmpty();
  }

  @Test
  void aBadItemInTheMiddleWritesNothingAndIsNamedByItsPosition() {
    long feed = d.lastChangeSequence();
    ArchivedItem bad = new ArchivedItem(TestOrgans.HONGLING, "regulations",
        new Content(" ", LocalDate.of(2026, 1, 1), SamplePayloads.policyDocument(), "<p>x</p>"),
        clock.instant().plusSeconds(60), null, null, Map.of());

    assertThatThrownBy(() -> d.importPublished(List.of(notice("一", MAY_2023), bad, notice("三", MAY_2023),
        ArchivedItem.of(TestOrgans.HONGLING, "cadre-appointments", new Content("公示", null,
            SamplePayloads.policyDocument(), ""), MAY_2023)), Staff.APPROVER))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("items[1].title", "items[1].publishedAt", "items[3].payload"));

    assertThat(d.lastChangeSequence()).isEqualTo(feed);
    assertThat(d.list(ItemQuery.all()).items()).isEmpty();
    assertThat(d.logCheckpoint().size()).isZero();
  }

  @Test
  void aLargeCallReportsEveryProblemInItemOrderAndWritesNothing() {
    long feed = d.lastChangeSequence();
    List<ArchivedItem> items = new ArrayList<>();
    for (int i = 0; i < 3 * ArchiveImport.PARALLEL_FROM; i++) {
      items.add(notice("通知" + i, MAY_2023).withIndexNumber("HL-" + i));
    }
    ArchivedItem future = notice("将来", clock.instant().plusSeconds(60));
    items.set(2, null);
    items.set(5, notice("重复在前", MAY_2023).withIndexNumber("HL-40"));
    items.set(30, future);
    items.set(40, notice(" ", MAY_2023).withIndexNumber("HL-40"));
    items.set(41, notice("重复在后", MAY_2023).withIndexNumber("HL-40"));
    items.set(47, ArchivedItem.of(TestOrgans.HONGLING, "cadre-appointments", new Content("公示", null,
        SamplePayloads.policyDocument(), ""), MAY_2023));

    assertThatThrownBy(() -> d.importPublished(items, Staff.APPROVER))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("items[2]", "items[30].publishedAt", "items[40].title", "items[40].indexNumber",
                "items[41].indexNumber", "items[47].payload"));
    assertThatThrownBy(() -> d.importPublished(items, Staff.APPROVER))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .filteredOn(f -> f.field().endsWith("indexNumber")).extracting(FieldError::message)
            .containsOnly("repeats the index number of items[5]"));
    assertThat(d.lastChangeSequence()).isEqualTo(feed);
    assertThat(d.list(ItemQuery.all()).items()).isEmpty();

    items.set(2, notice("补上", MAY_2023));
    items.set(5, notice("不再重复", MAY_2023));
    items.set(30, notice("改为过去", MAY_2023));
    items.set(40, notice("有标题", MAY_2023));
    items.set(47, notice("改为文件", MAY_2023));
    List<Item> imported = d.importPublished(items, Staff.APPROVER);
    assertThat(imported).extracting(i -> d.published(i.id()).orElseThrow().revision().title())
        .as("in the order given").containsExactlyElementsOf(items.stream().map(a -> a.content().title()).toList());
    assertThat(d.changesAfter(feed, 1000)).extracting(Change::itemId)
        .containsExactlyElementsOf(imported.stream().map(Item::id).toList());
    assertThat(d.verifyLog().problems()).isEmpty();
  }

  @Test
  void aCallTakesAtMostOneThousandItems() {
    List<ArchivedItem> many = Collections.nCopies(Disclosures.MAX_IMPORT_ITEMS + 1, notice("一", MAY_2023));

    assertThatThrownBy(() -> d.importPublished(many, Staff.APPROVER))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("items"));
    assertThat(d.list(ItemQuery.all()).items()).isEmpty();
  }

  @Test
  void onlyWhoMayApproveAndPublishForTheOrganMayImport() {
    assertThatThrownBy(() -> d.importPublished(List.of(notice("一", MAY_2023)), Staff.EDITOR))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> d.importPublished(List.of(notice("一", MAY_2023)), Staff.QINGSHAN_APPROVER))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(d.list(ItemQuery.all()).items()).isEmpty();

    ArchivedItem village = ArchivedItem.of(TestOrgans.HONGLING_VILLAGE, "regulations",
        notice("村规民约", MAY_2023).content(), MAY_2023);
    assertThat(d.importPublished(List.of(village), Staff.APPROVER)).as("the role is inherited by the village")
        .hasSize(1);
  }

  static ArchivedItem noticeOf(String organ, String title) {
    return ArchivedItem.of(organ, "regulations", notice(title, MAY_2023).content(), MAY_2023);
  }

  @Test
  void aBatchAcrossOrgansNeedsTheRightInEveryOneOfThemAndIsRefusedWhole() {
    List<ArchivedItem> mixed = List.of(noticeOf(TestOrgans.HONGLING, "一"),
        noticeOf(TestOrgans.HONGLING_VILLAGE, "二"), noticeOf(TestOrgans.QINGSHAN, "三"));
    assertThatThrownBy(() -> d.importPublished(mixed, Staff.APPROVER))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getMessage())
            .contains("may not import into " + TestOrgans.QINGSHAN));
    assertThat(d.list(ItemQuery.all()).items()).isEmpty();

    Actor countyApprover = Actor.of("county-approver", "县政府办 审批");
    d.grant(new Grant(countyApprover.id(), TestOrgans.COUNTY, Role.APPROVER));
    assertThat(d.importPublished(mixed, countyApprover)).as("a right on the county reaches every organ below it")
        .extracting(Item::organCode)
        .containsExactly(TestOrgans.HONGLING, TestOrgans.HONGLING_VILLAGE, TestOrgans.QINGSHAN);

    assertThatThrownBy(() -> d.importPublished(List.of(noticeOf(TestOrgans.FINANCE, "四"),
        noticeOf("11350100MB0000099X", "五")), countyApprover))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> {
              assertThat(error.field()).isEqualTo("items[1].organ");
              assertThat(error.message()).contains("unknown organ");
            }));
  }

  @Test
  void anImportReadsTheOrgansAndGrantsPerBatchNotPerOrgan() {
    Map<String, Integer> calls = new java.util.TreeMap<>();
    Store jdbc = JdbcStore.open(database.newDataSource());
    Store store = new Store() {
      @Override
      public <T> T inTransaction(Function<StoreTransaction, T> work) {
        return jdbc.inTransaction(tx -> work.apply((StoreTransaction) java.lang.reflect.Proxy.newProxyInstance(
            StoreTransaction.class.getClassLoader(), new Class<?>[] {StoreTransaction.class}, (proxy, method, args) -> {
              calls.merge(method.getName(), 1, Integer::sum);
              try {
                return method.invoke(tx, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            })));
      }
    };
    Disclosures counted = Disclosures.builder().store(store).clock(clock).build();
    TestOrgans.register(counted);
    Staff.grant(counted);
    Actor countyApprover = Actor.of("county-approver", "县政府办 审批");
    counted.grant(new Grant(countyApprover.id(), TestOrgans.COUNTY, Role.APPROVER));

    calls.clear();
    counted.importPublished(List.of(noticeOf(TestOrgans.HONGLING, "一"), noticeOf(TestOrgans.HONGLING, "二")),
        countyApprover);
    Map<String, Integer> oneOrgan = organAndGrantReads(calls);
    calls.clear();
    counted.importPublished(List.of(noticeOf(TestOrgans.HONGLING, "三"), noticeOf(TestOrgans.HONGLING_VILLAGE, "四"),
        noticeOf(TestOrgans.QINGSHAN, "五"), noticeOf(TestOrgans.FINANCE, "六")), countyApprover);
    Map<String, Integer> fourOrgans = organAndGrantReads(calls);

    assertThat(oneOrgan).as("reads of organs and grants for a batch in one organ").isNotEmpty();
    assertThat(fourOrgans).as("the same reads for a batch in four organs over the same levels").isEqualTo(oneOrgan);
  }

  private static Map<String, Integer> organAndGrantReads(Map<String, Integer> calls) {
    Map<String, Integer> reads = new java.util.TreeMap<>();
    calls.forEach((method, n) -> {
      if (method.startsWith("findOrgan") || method.equals("roles") || method.equals("grants")) {
        reads.put(method, n);
      }
    });
    return reads;
  }

  @Test
  void anIndexNumberIsNeverGivenTwice() {
    assertThatThrownBy(() -> d.importPublished(List.of(notice("一", MAY_2023).withIndexNumber("HL-1"),
        notice("二", MAY_2023).withIndexNumber("HL-1")), Staff.APPROVER))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("items[1].indexNumber"));

    d.importPublished(List.of(notice("一", MAY_2023).withIndexNumber("HL-1")), Staff.APPROVER);
    long feed = d.lastChangeSequence();
    assertThatThrownBy(() -> d.importPublished(List.of(notice("二", MAY_2023),
        notice("三", MAY_2023).withIndexNumber("HL-1")), Staff.APPROVER))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("items[1].indexNumber"));
    assertThat(d.lastChangeSequence()).isEqualTo(feed);

    // The drawn number the refused call had taken was returned with its rollback.
    assertThat(d.importPublished(List.of(notice("二", MAY_2023)), Staff.APPROVER).get(0).indexNumber())
        .isEqualTo(TestOrgans.HONGLING + "/2023-00001");
  }

  @Test
  void aPrivacyFindingRefusesTheItemUnlessOverriddenWithAReason() {
    String body = "<p>联系人张德顺，身份证440524188001010014</p>";
    ArchivedItem leaky = ArchivedItem.of(TestOrgans.HONGLING, "regulations",
        new Content("红岭镇通知", null, SamplePayloads.policyDocument(), body), MAY_2023);
    ItemId draft = d.createDraft(TestOrgans.HONGLING, "regulations", leaky.content(), Staff.EDITOR).id();
    String key = d.privacyFindings(draft).stream().filter(PrivacyFinding::blocking).findFirst().orElseThrow().key();
    long feed = d.lastChangeSequence();

    assertThatThrownBy(() -> d.importPublished(List.of(notice("一", MAY_2023), leaky), Staff.APPROVER))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(f -> {
              assertThat(f.field()).isEqualTo("items[1].body");
              assertThat(f.message()).contains(key).doesNotContain("440524188001010014");
            }));
    assertThatThrownBy(() -> d.importPublished(List.of(leaky.withPrivacyOverrides(Map.of(key, " "))),
        Staff.APPROVER))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("items[0].privacyOverrides[" + key + "]"));
    assertThat(d.lastChangeSequence()).isEqualTo(feed);

    Item item = d.importPublished(List.of(leaky.withPrivacyOverrides(Map.of(key, "本人同意公开，原系统已公示"))),
        Staff.APPROVER).get(0);
    assertThat(d.published(item.id())).isPresent();
    assertThat(d.privacyFindings(item.id())).extracting(PrivacyFinding::key).contains(key);
  }

  @Test
  void importsInterleavedWithWorkflowPublishingKeepTheFeedGaplessAndTheLogVerifiable() throws Exception {
    int batches = 6;
    int perBatch = 25;
    int published = 8;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<ItemId>> imports = pool.submit(() -> {
        List<ItemId> ids = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
          List<ArchivedItem> batch = new ArrayList<>();
          for (int i = 0; i < perBatch; i++) {
            batch.add(notice("第" + b + "批第" + i + "件", MAY_2023.plusSeconds(b * 100L + i)));
          }
          d.importPublished(batch, Staff.APPROVER).forEach(item -> ids.add(item.id()));
        }
        return ids;
      });
      Future<List<ItemId>> workflow = pool.submit(() -> {
        List<ItemId> ids = new ArrayList<>();
        for (int i = 0; i < published; i++) {
          ItemId id = d.createDraft(TestOrgans.HONGLING, "regulations", notice("新规" + i, MAY_2023).content(),
              Staff.EDITOR).id();
          d.submit(id, 1, Staff.EDITOR);
          d.review(id, 1, Staff.REVIEWER, "通过");
          d.approve(id, 1, Staff.APPROVER, "同意", Map.of());
          clock.advance(Duration.ofSeconds(1)); // time moves while the other thread writes
          d.publish(id, 1, Staff.EDITOR);
          ids.add(id);
        }
        return ids;
      });
      List<ItemId> imported = imports.get();
      List<ItemId> viaWorkflow = workflow.get();

      long last = d.lastChangeSequence();
      List<Change> feed = d.changesAfter(0, 10_000);
      assertThat(feed).extracting(Change::sequence).containsExactly(LongStream.rangeClosed(1, last).boxed()
          .toArray(Long[]::new));
      List<ItemId> publishedInFeed = feed.stream().filter(c -> c.kind() == ChangeKind.PUBLISHED)
          .map(Change::itemId).toList();
      assertThat(publishedInFeed).containsExactlyInAnyOrderElementsOf(concat(imported, viaWorkflow));
      assertThat(d.logCheckpoint().size()).isEqualTo(batches * perBatch + published);
      assertThat(d.verifyLog().problems()).isEmpty();
      for (ItemId id : concat(imported, viaWorkflow)) {
        assertThat(d.logProof(id)).isPresent();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<ItemId> concat(List<ItemId> a, List<ItemId> b) {
    List<ItemId> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
