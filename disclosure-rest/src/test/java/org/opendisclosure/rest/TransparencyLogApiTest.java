package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.log.Checkpoint;
import org.opendisclosure.core.log.LeafEntry;
import org.opendisclosure.core.log.LogVerifier;
import org.opendisclosure.core.log.Merkle;
import org.opendisclosure.core.log.SignedNotes;
import org.opendisclosure.core.payload.SamplePayloads;
import org.opendisclosure.core.testing.Staff;

/** The log endpoints over HTTP, checked the way a citizen would: with the standalone verifier. */
class TransparencyLogApiTest {

  @Test
  void aPublishedItemAsServedVerifiesAgainstItsProofTheCheckpointAndTheKey() {
    try (TestServer s = TestServer.start()) {
      String id = s.published("social-assistance", "红岭镇2026年3月低保公示", SamplePayloads.minimumLivingList(),
          "<p>张德顺户，身份证440524188001010014</p>");
      String other = s.published("regulations", "红岭镇关于春耕的通知", SamplePayloads.policyDocument(), "<p>春耕</p>");

      String item = s.get("/api/v1/items/" + id).expect(200).body();
      String proof = s.get("/api/v1/items/" + id + "/proof").expect(200).body();
      String checkpoint = s.get("/api/v1/log/checkpoint").expect(200).body();
      JsonNode key = s.get("/api/v1/log/key").expect(200).json();
      byte[] raw = Base64.getDecoder().decode(key.get("publicKey").asText());

      assertThat(item).doesNotContain("440524188001010014");
      assertThat(LogVerifier.verify(item, proof, checkpoint, key.get("name").asText(), raw).allPassed()).isTrue();
      assertThat(key.get("verifierKey").asText()).startsWith(key.get("name").asText() + "+");
      String otherItem = s.get("/api/v1/items/" + other).expect(200).body();
      assertThat(LogVerifier.verify(otherItem, proof, checkpoint, key.get("name").asText(), raw).allPassed())
          .as("another item's content does not match this proof").isFalse();

      JsonNode head = s.get("/api/v1/log/head").expect(200).json();
      assertThat(head.get("treeSize").asLong()).isEqualTo(2);
      assertThat(head.get("checkpoint").asText()).isEqualTo(checkpoint);
      JsonNode entries = s.get("/api/v1/log/entries?start=0&end=2").expect(200).json();
      LeafEntry first = LeafEntry.decode(Base64.getDecoder().decode(entries.get("entries").get(0).asText()));
      assertThat(first.itemId()).isEqualTo(id);
      assertThat(first.event()).isEqualTo("PUBLISHED");
    }
  }

  @Test
  void consistencyProofsVerifyAndBadRangesAreClientErrors() {
    try (TestServer s = TestServer.start()) {
      byte[] firstRoot = null;
      for (int i = 0; i < 3; i++) {
        s.published("regulations", "通知" + i, SamplePayloads.policyDocument(), "<p>" + i + "</p>");
        if (i == 0) {
          firstRoot = root(s.get("/api/v1/log/checkpoint").expect(200).body());
        }
      }
      byte[] latest = root(s.get("/api/v1/log/checkpoint").expect(200).body());
      JsonNode c = s.get("/api/v1/log/consistency?first=1&second=3").expect(200).json();
      java.util.List<byte[]> path = new java.util.ArrayList<>();
      c.get("path").forEach(h -> path.add(Base64.getDecoder().decode(h.asText())));
      assertThat(Merkle.verifyConsistency(1, 3, firstRoot, latest, path)).isTrue();

      s.get("/api/v1/log/consistency?first=2&second=9").expect(400);
      s.get("/api/v1/log/consistency?first=x&second=3").expect(400);
      s.get("/api/v1/log/entries?start=0&end=5000").expect(400);
      s.get("/api/v1/log/entries").expect(400);
    }
  }

  @Test
  void anItemThatWasNeverPublishedHasNoProof() {
    try (TestServer s = TestServer.start()) {
      String draft = s.createDraft("regulations", "草稿", SamplePayloads.policyDocument(), "<p>x</p>");
      s.get("/api/v1/items/" + draft + "/proof").expect(404);
      s.get("/api/v1/items/not-an-id/proof").expect(404);
      assertThat(s.act(Staff.EDITOR, draft, "submit", Map.of()).status()).isEqualTo(200);
      s.get("/api/v1/items/" + draft + "/proof").expect(404);
    }
  }

  private static byte[] root(String note) {
    return Checkpoint.parse(SignedNotes.body(note)).rootHash();
  }
}
