package org.opendisclosure.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeafEntryTest {
  private static final String HASH =
      "c4de1beb14223555031bf7a7230b2af298cbc0a2b087de1f23416e910e4c63da";
  private static final LeafEntry ENTRY = new LeafEntry("01JNB7Z4X5P9Q2R3S4T5V6W7X8", 2,
      "PUBLISHED", Instant.parse("2026-03-03T01:00:00Z"), "110105", HASH);
  private static final String ENCODED = "{\"contentSha256\":\"" + HASH + "\","
      + "\"event\":\"PUBLISHED\","
      + "\"item\":\"01JNB7Z4X5P9Q2R3S4T5V6W7X8\",\"organ\":\"110105\",\"revision\":2,"
      + "\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}";

  @Test
  void encodesAsCanonicalJson() {
    assertThat(new String(ENTRY.encode(), StandardCharsets.UTF_8)).isEqualTo(ENCODED);
    assertThat(ENTRY.leafHash())
        .isEqualTo(Merkle.leafHash(ENCODED.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void decodeReadsWhatEncodeWrites() {
    assertThat(LeafEntry.decode(ENTRY.encode())).isEqualTo(ENTRY);
    LeafEntry chinese = new LeafEntry("ITEM", 1, "WINDOW_CLOSED",
        Instant.parse("2026-03-03T01:00:00.123456Z"), "\u6d77\u6dc0\u533a", HASH);
    assertThat(LeafEntry.decode(chinese.encode())).isEqualTo(chinese);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "[]",
      "{\"contentSha256\":\"H\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":2,\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}",
      // not canonical: whitespace, key order, number form, time form
      "{\"contentSha256\": \"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":2,\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}",
      "{\"event\":\"PUBLISHED\",\"contentSha256\":\"" + HASH + "\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":2,\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":2.0,\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":2,\"time\":\"2026-03-03T01:00:00.000Z\",\"v\":1}",
      // wrong version, missing or extra keys, wrong types
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":2,\"time\":\"2026-03-03T01:00:00Z\",\"v\":2}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":2,\"time\":\"2026-03-03T01:00:00Z\"}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"extra\":1,\"item\":\"I\","
          + "\"organ\":\"O\",\"revision\":2,\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":7,\"organ\":\"O\","
          + "\"revision\":2,\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":\"2\",\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":2,\"time\":\"yesterday\",\"v\":1}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":0,\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}",
      "{\"contentSha256\":\"" + HASH + "\",\"event\":\"PUBLISHED\",\"item\":\"I\",\"organ\":\"O\","
          + "\"revision\":4294967297,\"time\":\"2026-03-03T01:00:00Z\",\"v\":1}"
  })
  void anythingElseIsRefused(String json) {
    assertThatThrownBy(() -> LeafEntry.decode(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bytes = ENTRY.encode();
    bytes[bytes.length - 3] = (byte) 0xff;
    assertThatThrownBy(() -> LeafEntry.decode(bytes)).hasMessageContaining("UTF-8");
  }

  @Test
  void fieldsAreChecked() {
    Instant t = Instant.parse("2026-03-03T01:00:00Z");
    assertThatThrownBy(() -> new LeafEntry(" ", 1, "PUBLISHED", t, "O", HASH))
        .hasMessageContaining("itemId");
    assertThatThrownBy(() -> new LeafEntry("I", 0, "PUBLISHED", t, "O", HASH))
        .hasMessageContaining("revision");
    assertThatThrownBy(() -> new LeafEntry("I", 1, "PUB LISHED", t, "O", HASH))
        .hasMessageContaining("event");
    assertThatThrownBy(() -> new LeafEntry("I", 1, "PUBLISHED", null, "O", HASH))
        .hasMessageContaining("time");
    assertThatThrownBy(() -> new LeafEntry("I", 1, "PUBLISHED", t, "", HASH))
        .hasMessageContaining("organ");
    assertThatThrownBy(() -> new LeafEntry("I", 1, "PUBLISHED", t, "O", HASH.toUpperCase()))
        .hasMessageContaining("contentSha256");
  }
}
