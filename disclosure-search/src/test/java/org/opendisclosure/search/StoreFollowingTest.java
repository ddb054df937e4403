package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** The index follows the real store's change feed: only published content is searchable. */
class StoreFollowingTest {
  @TempDir
  Path dir;

  MutableClock clock;
  Disclosures d;
  DisclosureIndex index;
  IndexFollower follower;

  @BeforeEach
  void setUp() {
    clock = MutableClock.at("2026-03-02T01:00:00Z");
    d = Disclosures.builder().dataSource(TestDatabase.H2.newDataSource()).clock(clock).build();
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
