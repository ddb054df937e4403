package org.opendisclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendisclosure.core.log.Checkpoint;
import org.opendisclosure.core.log.ConsistencyProof;
import org.opendisclosure.core.log.InclusionProof;
import org.opendisclosure.core.log.LeafEntry;
import org.opendisclosure.core.log.LogPublicKey;
import org.opendisclosure.core.log.LogVerification;
import org.opendisclosure.core.log.LogVerifier;
import org.opendisclosure.core.log.Merkle;
import org.opendisclosure.core.log.SignedHead;
import org.opendisclosure.core.log.SignedNotes;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.testing.MutableClock;
import org.opendisclosure.core.testing.Staff;
import org.opendisclosure.core.testing.TestDatabase;
import org.opendisclosure.core.testing.TestOrgans;

/** The transparency log against the real store, on H2 and on embedded PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class TransparencyLogTest {
  @Parameter
  TestDatabase database;

  MutableClock clock;
  DataSource ds;
  Disclosures d;

  @BeforeEach
  void setUp() {
    clock = MutableClock.at("2026-03-02T01:00:00Z");
    ds = database.newDataSource();
    d = Disclosures.builder().dataSource(ds).clock(clock).logOrigin("gk.example.gov.cn/log").build();
    TestOrgans.register(d);
    Staff.grant(d);
  }

  ItemId publish(String category, String body) {
    ItemId id = d.createDraft(TestOrgans.HONGLING, category, new Content("红岭镇公开事项", null,
        category.equals("social-assistance") ? SamplePayloads.minimumLivingList() : SamplePayloads.policyDocument(),
        body), Staff.EDITOR).id();
    d.submit(id, 1, Staff.EDITOR);
    d.review(id, 1, Staff.REVIEWER, "通过");
    d.approve(id, 1, Staff.APPROVER, "同意", Map.of());
    d.publish(id, 1, Staff.EDITOR);
    clock.advance(java.time.Duration.ofMinutes(1));
    return id;
  }

  @Test
  void everyPublicEventIsALeafWhoseProofVerifiesAgainstTheSignedHead() {
    List<ItemId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(publish("regulations", "<p>第" + i + "号通知</p>"));
    }
    d.withdraw(ids.get(2), 1, Staff.APPROVER, "已废止");

    SignedHead head = d.logCheckpoint();
    LogPublicKey key = d.logPublicKey();
    assertThat(head.size()).isEqualTo(6);
    assertThat(SignedNotes.verify(head.note(), key.name(), key.raw())).isTrue();
    Checkpoint checkpoint = Checkpoint.parse(SignedNotes.body(head.note()));
    assertThat(checkpoint.origin()).isEqualTo("gk.example.gov.cn/log");
    assertThat(checkpoint.size()).isEqualTo(6);

    for (ItemId id : ids) {
      InclusionProof proof = d.logProof(id).orElseThrow();
      LeafEntry leaf = LeafEntry.decode(proof.leaf());
      assertThat(leaf.itemId()).isEqualTo(id.value());
      assertThat(Merkle.verifyInclusion(proof.leafIndex(), proof.treeSize(), Merkle.leafHash(proof.leaf()),
          proof.auditPath(), checkpoint.rootHash())).isTrue();
    }
    assertThat(LeafEntry.decode(d.logProof(ids.get(2)).orElseThrow().leaf()).event()).isEqualTo("WITHDRAWN");
    ItemView view = d.published(ids.get(0)).orElseThrow();
    assertThat(LeafEntry.decode(d.logProof(ids.get(0)).orElseThrow().leaf()).contentSha256())
        .isEqualTo(ContentHashes.hash(view.revision()));
    assertThat(d.logEntries(0, 6)).extracting(l -> l.itemId()).containsExactly(ids.get(0).value(),
        ids.get(1).value(), ids.get(2).value(), ids.get(3).value(), ids.get(4).value(), ids.get(2).value());
  }

  @Test
  void aCitizenVerifiesAPublishedItemWithTheStandaloneVerifier() {
    ItemId id = publish("social-assistance", "<p>张德顺户，身份证440524188001010014</p>");
    ItemView view = d.published(id).orElseThrow();
    InclusionProof proof = d.logProof(id).orElseThrow();
    LogPublicKey key = d.logPublicKey();
    String itemJson = "{\"id\":\"" + id + "\",\"content\":" + ContentHashes.canonicalContent(view.revision()) + "}";
    String proofJson = "{\"leafIndex\":" + proof.leafIndex() + ",\"treeSize\":" + proof.treeSize() + ",\"leaf\":\""
        + Base64.getEncoder().encodeToString(proof.leaf()) + "\",\"auditPath\":[" + proof.auditPath().stream()
            .map(h -> "\"" + Base64.getEncoder().encodeToString(h) + "\"").collect(Collectors.joining(",")) + "]}";

    assertThat(itemJson).doesNotContain("440524188001010014");
    assertThat(LogVerifier.verify(itemJson, proofJson, d.logCheckpoint().note(), key.name(), key.raw()).allPassed())
        .isTrue();
    String altered = itemJson.replace("张德顺", "张德利");
    assertThat(LogVerifier.verify(altered, proofJson, d.logCheckpoint().note(), key.name(), key.raw()).allPassed())
        .isFalse();
  }

  @Test
  void consistencyProofsLinkEarlierHeadsToLaterOnes() {
    for (int i = 0; i < 7; i++) {
      publish("regulations", "<p>" + i + "</p>");
    }
    SignedHead latest = d.logCheckpoint();
    byte[] latestRoot = Checkpoint.parse(SignedNotes.body(latest.note())).rootHash();
    for (long first = 1; first < 7; first++) {
      ConsistencyProof proof = d.logConsistency(first, 7);
      byte[] firstRoot = java.util.HexFormat.of().parseHex(headRoot(first));
      assertThat(Merkle.verifyConsistency(first, 7, firstRoot, latestRoot, proof.path())).as("m=" + first).isTrue();
    }
  }

  private String headRoot(long size) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT root_hash FROM od_log_head WHERE tree_size = " + size)) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void verifyNamesEachTamperingBehindTheLibrarysBackAndRedactionKeepsItGreen() throws Exception {
    ItemId a = publish("regulations", "<p>甲</p>");
    ItemId b = publish("regulations", "<p>乙</p>");
    ItemId c = publish("regulations", "<p>丙</p>");
    ItemId e = publish("regulations", "<p>丁</p>");
    assertThat(d.verifyLog().ok()).isTrue();

    d.redact(c, 1, Staff.ADMIN, "误公开");
    LogVerification afterRedaction = d.verifyLog();
    assertThat(afterRedaction.problems()).isEmpty();
    assertThat(afterRedaction.treeSize()).isEqualTo(5);

    sql("UPDATE od_revision SET body_html = '<p>甲（被改）</p>' WHERE item_id = '" + a + "'");
    sql("DELETE FROM od_log_leaf WHERE leaf_index = 1");
    sql("UPDATE od_log_leaf SET leaf_index = 99 WHERE leaf_index = 2");
    sql("UPDATE od_log_leaf SET leaf_index = 2 WHERE leaf_index = 3");
    sql("UPDATE od_log_leaf SET leaf_index = 3 WHERE leaf_index = 99");

    List<String> problems = d.verifyLog().problems();
    assertThat(problems).anyMatch(p -> p.contains("item " + a + " revision 1") && p.contains("content hash"));
    assertThat(problems).anyMatch(p -> p.contains("item " + a + " revision 1") && p.contains("published content"));
    assertThat(problems).anyMatch(p -> p.equals("leaf 1 is missing"));
    assertThat(problems).anyMatch(p -> p.startsWith("leaf 2 (item " + e) && p.contains("does not match the tree"));
    assertThat(problems).anyMatch(p -> p.startsWith("leaf 3 (item " + c) && p.contains("does not match the tree"));
    assertThat(problems).anyMatch(p -> p.contains("does not match the signed head"));
    assertThat(problems).noneMatch(p -> p.contains("item " + b));
  }

  private void sql(String statement) throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }
}
