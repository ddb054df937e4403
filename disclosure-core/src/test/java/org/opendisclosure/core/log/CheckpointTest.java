package org.opendisclosure.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {
  private static final byte[] ROOT = HexFormat.of()
      .parseHex("ca6b7b3e674ac86c1027b59c87c064fc3bc27b313294c75f83bd05fdd13f0dcf");

  @Test
  void bodyIsOriginSizeAndBase64Root() {
    Checkpoint checkpoint = new Checkpoint("example.gov.cn/disclosure-log", 8, ROOT);

    assertThat(checkpoint.body())
        .isEqualTo(
            "example.gov.cn/disclosure-log\n8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=\n");
    assertThat(Base64.getDecoder().decode("ymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8="))
        .isEqualTo(ROOT);
  }

  @Test
  void parseReadsWhatBodyWrites() {
    Checkpoint checkpoint = new Checkpoint("example.gov.cn/disclosure-log", 1_000_000, ROOT);

    assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(checkpoint);
    assertThat(Checkpoint.parse(checkpoint.body()).rootHash()).isEqualTo(ROOT);
    assertThat(Checkpoint.parse(new Checkpoint("o", 0, Merkle.emptyRoot()).body()).size())
        .isZero();
  }

  @Test
  void extensionLinesAreIgnored() {
    String body = new Checkpoint("o", 8, ROOT).body() + "extension one\nanother\n";

    assertThat(Checkpoint.parse(body)).isEqualTo(new Checkpoint("o", 8, ROOT));
  }

  @Test
  void aSignedCheckpointRoundTrips() {
    KeyPair pair = LogKeys.generate();
    byte[] raw = LogKeys.rawPublicKey(pair.getPublic());
    Checkpoint checkpoint = new Checkpoint("example.gov.cn/disclosure-log", 8, ROOT);

    String note = SignedNotes.sign(checkpoint.body(), "example.gov.cn", pair.getPrivate(), raw);

    assertThat(Checkpoint.parse(SignedNotes.body(note))).isEqualTo(checkpoint);
    assertThatThrownBy(() -> Checkpoint.parse(note))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pass the note body");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "o\n8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=",
      "o\n8\n",
      "o\n08\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=\n",
      "o\n-8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=\n",
      "o\n+8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=\n",
      "o\n 8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=\n",
      "o\n99999999999999999999\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=\n",
      "o\n8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8\n",
      "o\n8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=x\n",
      "o\n8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc=\n",
      "\n8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=\n",
      "o\n8\nymt7PmdKyGwQJ7Wch8Bk/DvCezEylMdfg70F/dE/Dc8=\n\n"
  })
  void malformedBodiesAreRefused(String body) {
    assertThatThrownBy(() -> Checkpoint.parse(body)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fieldsAreCheckedAndTheHashCopied() {
    assertThatThrownBy(() -> new Checkpoint("", 1, ROOT)).hasMessageContaining("origin");
    assertThatThrownBy(() -> new Checkpoint("a\nb", 1, ROOT)).hasMessageContaining("origin");
    assertThatThrownBy(() -> new Checkpoint("o", -1, ROOT)).hasMessageContaining("size");
    assertThatThrownBy(() -> new Checkpoint("o", 1, new byte[31])).hasMessageContaining("32");

    byte[] root = ROOT.clone();
    Checkpoint checkpoint = new Checkpoint("o", 1, root);
    root[0] ^= 1;
    checkpoint.rootHash()[1] ^= 1;
    assertThat(checkpoint.rootHash()).isEqualTo(ROOT);
    assertThat(checkpoint).isEqualTo(new Checkpoint("o", 1, ROOT))
        .hasSameHashCodeAs(new Checkpoint("o", 1, ROOT))
        .isNotEqualTo(new Checkpoint("o", 2, ROOT));
    assertThat(checkpoint.toString()).contains("ca6b7b3e");
  }
}
