package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;

/**
 * The index follows the real store's change feed, on H2 and on embedded PostgreSQL: only
 * published content is searchable.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoreFollowingTest {
  @Parameter
  TestDatabase database;

  @TempDir
  Path dir;

  MutableClock clock;
  Disclosures d;
  DisclosureIndex index;
  IndexFollower follower;

  @BeforeEach
  void setUp() {
    clock = MutableClock.at("2026-03-02T01:00:00Z");
    d = Disclosures.builder().dataSource(database.newDataSource()).clock(clock).build();
    TestOrgans.register(d);
    Staff.grant(d);
    index = DisclosureIndex.open(dir, clock);
    follower = IndexFollower.builder(index, d::changesAfter, PublishedDocuments.of(d)).build();
  }

  @AfterEach
  void tearDown() {
    follower.close();
    index.close();
  }

  ItemId draft(String title, String body) {
    return d.createDraft(TestOrgans.HONGLING, "regulations",
        new Content(title, null, SamplePayloads.policyDocument(), body), Staff.EDITOR).id();
  }

  void publish(ItemId id, int revision) {
    d.submit(id, revision, Staff.EDITOR);
    d.review(id, revision, Staff.REVIEWER, "通过");
    d.approve(id, revision, Staff.APPROVER, "同意", Map.of());
    if (d.working(id).item().status() != org.opendisclosure.core.model.Status.PUBLISHED) {
      d.publish(id, revision, Staff.EDITOR);
    }
  }

  List<ItemId> hits(String q) {
    follower.catchUp();
    return index.search(SearchQuery.of(q)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void publishCorrectWithdrawAndRedactAreReflectedAfterCatchUp() {
    ItemId id = draft("红岭镇农村低保工作实施办法", "<p>最低生活保障标准每人每月680元。</p>");
    assertThat(hits("低保")).as("a draft is never indexed").isEmpty();

    publish(id, 1);
    assertThat(hits("低保")).containsExactly(id);
    assertThat(hits("680元")).containsExactly(id);

    d.correct(id, 1, new Content("红岭镇农村低保工作实施办法", null, SamplePayloads.policyDocument(),
        "<p>最低生活保障标准每人每月720元。</p>"), Staff.EDITOR, "更正保障标准");
    assertThat(hits("680元")).as("the published revision stays searchable during a correction").containsExactly(id);
    publish(id, 2);
    assertThat(hits("\"720元\"")).containsExactly(id);
    assertThat(hits("\"680元\"")).isEmpty();

    d.withdraw(id, 2, Staff.APPROVER, "办法已废止");
    assertThat(hits("低保")).isEmpty();

    ItemId leaked = draft("红岭镇公示", "<p>联系人手机13812345678</p>");
    d.submit(leaked, 1, Staff.EDITOR);
    d.review(leaked, 1, Staff.REVIEWER, "通过");
    String key = d.privacyFindings(leaked).get(0).key();
    d.approve(leaked, 1, Staff.APPROVER, "同意", Map.of(key, "办公电话"));
    d.publish(leaked, 1, Staff.EDITOR);
    assertThat(hits("公示")).containsExactly(leaked);
    d.redact(leaked, 1, Staff.ADMIN, "实为个人手机号");
    assertThat(hits("公示")).isEmpty();
  }

  @Test
  void afterRandomOperationsAndARebuildTheIndexHoldsExactlyThePublishedItems() {
    Random random = new Random(42);
    for (int i = 0; i < 40; i++) {
      ItemId id = draft("通知" + i + " 关于开展春季造林工作", "<p>第" + i + "号通知</p>");
      int action = random.nextInt(4);
      if (action >= 1) {
        publish(id, 1);
      }
      if (action == 3) {
        d.withdraw(id, 1, Staff.APPROVER, "撤回" + i);
      }
      if (i % 10 == 0) {
        follower.catchUp();
      }
    }
    follower.catchUp();
    assertThat(indexed(index)).isEqualTo(published());

    // Lose the index; a new one rebuilds itself from the change feed.
    follower.close();
    index.close();
    try (DisclosureIndex fresh = DisclosureIndex.open(dir.resolve("fresh"), clock);
        IndexFollower rebuild = IndexFollower.builder(fresh, d::changesAfter, PublishedDocuments.of(d)).build()) {
      rebuild.catchUp();
      assertThat(indexed(fresh)).isEqualTo(published());
      assertThat(rebuild.appliedSequence()).isEqualTo(d.lastChangeSequence());
    }
    index = DisclosureIndex.open(dir.resolve("again"), clock);
    follower = IndexFollower.builder(index, d::changesAfter, PublishedDocuments.of(d)).build();
  }

  @Test
  void loadingManyAtOnceGivesWhatLoadingOneByOneGivesAndNothingThatIsNotPublic() {
    ItemId published = draft("红岭镇春季造林通知", "<p>造林</p>");
    publish(published, 1);
    ItemId household = d.createDraft(TestOrgans.HONGLING, "social-assistance", new Content("红岭镇低保名单公示", null,
        SamplePayloads.minimumLivingList(), "<p>张德顺户，身份证440524188001010014</p>"), Staff.EDITOR).id();
    publish(household, 1);
    ItemId withdrawn = draft("红岭镇已废止的办法", "<p>废止</p>");
    publish(withdrawn, 1);
    d.withdraw(withdrawn, 1, Staff.APPROVER, "办法已废止");
    ItemId redacted = draft("红岭镇误公开的公示", "<p>误公开</p>");
    publish(redacted, 1);
    d.redact(redacted, 1, Staff.ADMIN, "误公开");
    ItemId unpublished = draft("红岭镇草稿", "<p>草稿</p>");
    ItemId unknown = ItemId.generate(clock.instant());
    List<ItemId> ids = List.of(unknown, household, redacted, unpublished, published, withdrawn);
    PublishedDocuments loader = PublishedDocuments.of(d);

    Map<ItemId, SearchDocument> many = loader.loadAll(ids);

    assertThat(many.keySet()).containsExactly(household, published);
    for (ItemId id : ids) {
      assertThat(Optional.ofNullable(many.get(id))).as("%s", id).isEqualTo(loader.load(id));
    }
    assertThat(many.get(household).body()).doesNotContain("440524188001010014").contains("440524********0014");
  }

  @Test
  void aRebuildOfMoreThanOneLoadBatchHoldsExactlyThePublishedItems() {
    List<ItemId> ids = new java.util.ArrayList<>();
    for (int i = 0; i < DocumentLoader.MAX_BATCH + 20; i++) {
      ids.add(draft("通知" + i + " 关于开展春季造林工作", "<p>第" + i + "号通知</p>"));
    }
    List<org.opendisclosure.core.model.ArchivedItem> archived = new java.util.ArrayList<>();
    for (int i = 0; i < 600; i++) {
      archived.add(org.opendisclosure.core.model.ArchivedItem.of(TestOrgans.HONGLING, "regulations", new Content(
          "通知" + i + " 关于往年造林工作", null, SamplePayloads.policyDocument(), "<p>往年第" + i + "号通知</p>"),
          clock.instant().minusSeconds(86_400L * (i + 1))));
    }
    List<Item> imported = d.importPublished(archived, Staff.APPROVER);
    d.withdraw(imported.get(7).id(), 1, Staff.APPROVER, "撤回");
    d.redact(imported.get(530).id(), 1, Staff.ADMIN, "误公开");
    publish(ids.get(3), 1);

    try (DisclosureIndex fresh = DisclosureIndex.open(dir.resolve("big"), clock);
        IndexFollower rebuild = IndexFollower.builder(fresh, d::changesAfter, PublishedDocuments.of(d))
            .batchSize(2000).build()) {
      rebuild.catchUp();
      Set<ItemId> expected = new HashSet<>();
      imported.forEach(item -> expected.add(item.id()));
      expected.remove(imported.get(7).id());
      expected.remove(imported.get(530).id());
      expected.add(ids.get(3));
      Set<ItemId> indexed = new HashSet<>();
      SearchResults r = fresh.search(SearchQuery.builder().text("通知").pageSize(100).build());
      while (true) {
        r.hits().forEach(h -> indexed.add(h.id()));
        if (r.nextCursor() == null) {
          break;
        }
        r = fresh.search(SearchQuery.builder().text("通知").pageSize(100).build().withCursor(r.nextCursor()));
      }
      assertThat(indexed).isEqualTo(expected);
      assertThat(fresh.documentCount()).isEqualTo(expected.size());
    }
  }

  private Set<ItemId> published() {
    Set<ItemId> out = new HashSet<>();
    for (Item item : d.list(ItemQuery.all().onlyPublic().limit(200)).items()) {
      out.add(item.id());
    }
    return out;
  }

  private static Set<ItemId> indexed(DisclosureIndex index) {
    Set<ItemId> out = new HashSet<>();
    SearchResults r = index.search(SearchQuery.builder().text("通知").pageSize(100).build());
    r.hits().forEach(h -> out.add(h.id()));
    assertThat(r.totalHits()).isEqualTo(out.size());
    return out;
  }
}
