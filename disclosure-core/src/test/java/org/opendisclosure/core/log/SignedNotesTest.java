package org.opendisclosure.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedNotesTest {
  // The example of Go's golang.org/x/mod/sumdb/note (note_test.go, TestSign and TestOpen): its
  // signer key, verifier key, text and the exact note Go's note.Sign writes. Ed25519 signatures
  // are deterministic (RFC 8032), so ours must be byte for byte the same.
  private static final String GO_SIGNER_KEY =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  private static final String GO_VERIFIER_KEY =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
      + "then you don't know what your problem is.\n";
  private static final String PETER_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLL"
      + "r8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
  private static final String ENOCH_SIG = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MN"
      + "tCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";
  private static final String GO_NOTE = GO_TEXT + "\n" + PETER_SIG;

  private static byte[] goRawPublicKey() {
    byte[] typed = Base64.getDecoder().decode(GO_VERIFIER_KEY.split("\\+", 3)[2]);
    assertThat(typed[0]).isEqualTo((byte) 1);
    return Arrays.copyOfRange(typed, 1, typed.length);
  }

  private static PrivateKey goPrivateKey() throws Exception {
    byte[] typed = Base64.getDecoder().decode(GO_SIGNER_KEY.split("\\+", 5)[4]);
    assertThat(typed[0]).isEqualTo((byte) 1);
    // PKCS#8 of an Ed25519 seed (RFC 8410): a fixed 16-byte prefix, then the 32-byte seed.
    byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420");
    pkcs8 = Arrays.copyOf(pkcs8, 48);
    System.arraycopy(typed, 1, pkcs8, 16, 32);
    return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  @Test
  void signingReproducesTheGoNoteByteForByte() throws Exception {
    String note = SignedNotes.sign(GO_TEXT, "PeterNeumann", goPrivateKey(), goRawPublicKey());

    assertThat(note).isEqualTo(GO_NOTE);
    assertThat(note).isEqualTo("If you think cryptography is the answer to your problem,\n"
        + "then you don't know what your problem is.\n"
        + "\n"
        + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXg"
        + "KvqfqdngotpRZb6KE6RyyBwJnAM=\n");
  }

  @Test
  void keyHashAndVerifierKeyMatchGo() {
    byte[] raw = goRawPublicKey();

    assertThat(HexFormat.of().formatHex(SignedNotes.keyHash("PeterNeumann", raw)))
        .isEqualTo("c74f20a3");
    assertThat(SignedNotes.verifierKey("PeterNeumann", raw)).isEqualTo(GO_VERIFIER_KEY);
  }

  @Test
  void theGoNoteVerifiesAndItsBodyIsTheText() {
    assertThat(SignedNotes.verify(GO_NOTE, "PeterNeumann", goRawPublicKey())).isTrue();
    assertThat(SignedNotes.body(GO_NOTE)).isEqualTo(GO_TEXT);
    // A signature by another key is skipped, as Go's note.Open does with unknown keys.
    assertThat(SignedNotes.verify(GO_TEXT + "\n" + ENOCH_SIG + PETER_SIG, "PeterNeumann",
            goRawPublicKey()))
        .isTrue();
    assertThat(SignedNotes.verify(GO_TEXT + "\n" + ENOCH_SIG, "PeterNeumann", goRawPublicKey()))
        .isFalse();
  }

  @Test
  void goMalformedNotesAreRefused() {
    List<String> bad = List.of(
        GO_TEXT,
        GO_TEXT + "\n",
        GO_TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1),
        "\u0001" + GO_TEXT + "\n" + PETER_SIG,
        GO_TEXT + "\n" + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFY"
            + "C2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
        GO_TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
        GO_TEXT + "\n" + PETER_SIG.repeat(101));
    for (String note : bad) {
      assertThat(SignedNotes.verify(note, "PeterNeumann", goRawPublicKey())).as(note).isFalse();
      assertThatThrownBy(() -> SignedNotes.body(note))
          .as(note)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(SignedNotes.verify(GO_TEXT + "\n" + PETER_SIG.repeat(100), "PeterNeumann",
            goRawPublicKey()))
        .isTrue();
  }

  @Test
  void anInvalidSignatureForTheKeyFailsEvenNextToAValidOne() {
    String invalid = PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60);

    assertThat(SignedNotes.verify(GO_TEXT + "\n" + invalid, "PeterNeumann", goRawPublicKey()))
        .isFalse();
    assertThat(SignedNotes.verify(GO_TEXT + "\n" + PETER_SIG + invalid, "PeterNeumann",
            goRawPublicKey()))
        .isFalse();
  }

  @Test
  void signAndVerifyWithAFreshKey() {
    KeyPair pair = LogKeys.generate();
    byte[] raw = LogKeys.rawPublicKey(pair.getPublic());
    String body = new Checkpoint("example.gov.cn/disclosure-log", 3, Merkle.emptyRoot()).body();

    String note = SignedNotes.sign(body, "example.gov.cn", pair.getPrivate(), raw);

    assertThat(note).startsWith(body + "\n\u2014 example.gov.cn ").endsWith("\n");
    assertThat(note.lines().toList()).hasSize(5);
    assertThat(Base64.getDecoder().decode(note.lines().toList().get(4).split(" ")[2]))
        .hasSize(4 + 64)
        .startsWith(SignedNotes.keyHash("example.gov.cn", raw));
    assertThat(SignedNotes.verify(note, "example.gov.cn", raw)).isTrue();
    assertThat(SignedNotes.body(note)).isEqualTo(body);
  }

  @Test
  void anyChangeMakesVerificationFail() {
    KeyPair pair = LogKeys.generate();
    byte[] raw = LogKeys.rawPublicKey(pair.getPublic());
    String body = "example.gov.cn/disclosure-log\n12\n"
        + Base64.getEncoder().encodeToString(Merkle.emptyRoot()) + "\n";
    String note = SignedNotes.sign(body, "example.gov.cn", pair.getPrivate(), raw);
    String signatureLine = note.substring(body.length() + 1);
    String b64 = signatureLine.substring(signatureLine.lastIndexOf(' ') + 1).strip();

    // A changed byte in the body.
    assertThat(SignedNotes.verify(note.replaceFirst("\n12\n", "\n13\n"), "example.gov.cn", raw))
        .isFalse();
    // A changed byte in the key hash or in the signature.
    byte[] blob = Base64.getDecoder().decode(b64);
    for (int i : new int[] {0, 4, 20, blob.length - 1}) {
      byte[] changed = blob.clone();
      changed[i] ^= 1;
      String tampered = note.replace(b64, Base64.getEncoder().encodeToString(changed));
      assertThat(SignedNotes.verify(tampered, "example.gov.cn", raw)).as("byte %d", i).isFalse();
    }
    // A wrong key name, another key.
    assertThat(SignedNotes.verify(note, "example.gov.cn2", raw)).isFalse();
    byte[] other = LogKeys.rawPublicKey(LogKeys.generate().getPublic());
    assertThat(SignedNotes.verify(note, "example.gov.cn", other)).isFalse();
    // Nonsense never throws.
    assertThat(SignedNotes.verify(note, "example.gov.cn", new byte[31])).isFalse();
    assertThat(SignedNotes.verify(note, "bad name", raw)).isFalse();
    assertThat(SignedNotes.verify(null, "example.gov.cn", raw)).isFalse();
    assertThat(SignedNotes.verify(note, "example.gov.cn", new byte[32])).isFalse();
  }

  @Test
  void signingChecksItsArguments() {
    KeyPair pair = LogKeys.generate();
    byte[] raw = LogKeys.rawPublicKey(pair.getPublic());
    byte[] other = LogKeys.rawPublicKey(LogKeys.generate().getPublic());

    assertThatThrownBy(() -> SignedNotes.sign("no newline", "k", pair.getPrivate(), raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newline");
    assertThatThrownBy(() -> SignedNotes.sign("tab\there\n", "k", pair.getPrivate(), raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control characters");
    assertThatThrownBy(() -> SignedNotes.sign("text\n", "k", pair.getPrivate(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match");
    assertThatThrownBy(() -> SignedNotes.sign("text\n", "k", pair.getPrivate(), new byte[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a+b", "a\tb", "a\u00a0b", "a\u3000b", "a\u0085b"})
  void invalidKeyNamesAreRefused(String name) {
    byte[] raw = goRawPublicKey();
    assertThat(SignedNotes.isValidName(name)).isFalse();
    assertThatThrownBy(() -> SignedNotes.verifierKey(name, raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key name");
  }

  @Test
  void keyNamesMayBeUrlsOrChinese() {
    assertThat(SignedNotes.isValidName("example.gov.cn/disclosure-log")).isTrue();
    assertThat(SignedNotes.isValidName("\u653f\u52a1\u516c\u5f00")).isTrue();
  }
}
