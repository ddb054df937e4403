package org.opendisclosure.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogKeysTest {
  @TempDir Path dir;

  private static boolean signs(KeyPair signer, KeyPair verifier) throws Exception {
    byte[] message = "checkpoint".getBytes(StandardCharsets.UTF_8);
    Signature s = Signature.getInstance("Ed25519");
    s.initSign(signer.getPrivate());
    s.update(message);
    byte[] signature = s.sign();
    Signature v = Signature.getInstance("Ed25519");
    v.initVerify(verifier.getPublic());
    v.update(message);
    return v.verify(signature);
  }

  @Test
  void encodingsRoundTrip() throws Exception {
    KeyPair pair = LogKeys.generate();

    byte[] raw = LogKeys.rawPublicKey(pair.getPublic());
    KeyPair restored = new KeyPair(LogKeys.publicFromRaw(raw),
        LogKeys.privateFromPkcs8Base64(LogKeys.toPkcs8Base64(pair.getPrivate())));

    assertThat(raw).hasSize(32);
    assertThat(LogKeys.publicFromRaw(raw).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    assertThat(signs(restored, pair)).isTrue();
    assertThat(signs(pair, restored)).isTrue();
    assertThat(signs(LogKeys.generate(), pair)).isFalse();
  }

  @Test
  void badEncodingsAreRefused() {
    assertThatThrownBy(() -> LogKeys.publicFromRaw(new byte[31])).hasMessageContaining("32");
    assertThatThrownBy(() -> LogKeys.privateFromPkcs8Base64("not base64!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PKCS#8");
    assertThatThrownBy(() -> LogKeys.privateFromPkcs8Base64("AAAA"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loadOrCreateWritesAPrivateFileOnceAndLoadsItAfterwards() throws Exception {
    Path file = dir.resolve("keys").resolve("log-key.txt");

    KeyPair created = LogKeys.loadOrCreate(file);
    KeyPair loaded = LogKeys.loadOrCreate(file);

    assertThat(file).exists();
    assertThat(loaded.getPublic().getEncoded()).isEqualTo(created.getPublic().getEncoded());
    assertThat(loaded.getPrivate().getEncoded()).isEqualTo(created.getPrivate().getEncoded());
    assertThat(signs(loaded, created)).isTrue();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("#");
    assertThat(lines.get(1)).startsWith("private ");
    assertThat(lines.get(2)).isEqualTo("public  "
        + Base64.getEncoder().encodeToString(LogKeys.rawPublicKey(created.getPublic())));
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing.toList()).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void aKeyFileWhoseKeysDoNotBelongTogetherIsRefused() throws Exception {
    Path file = dir.resolve("log-key.txt");
    LogKeys.loadOrCreate(file);
    List<String> lines = Files.readAllLines(file);
    String otherPublic = Base64.getEncoder()
        .encodeToString(LogKeys.rawPublicKey(LogKeys.generate().getPublic()));
    Files.write(file, List.of(lines.get(0), lines.get(1), "public " + otherPublic));

    assertThatThrownBy(() -> LogKeys.loadOrCreate(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong");
  }

  @Test
  void aKeyFileWithoutAPublicLineIsRefused() throws Exception {
    Path file = dir.resolve("log-key.txt");
    LogKeys.loadOrCreate(file);
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of(lines.get(0), lines.get(1)));

    assertThatThrownBy(() -> LogKeys.loadOrCreate(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'public' line");
  }
}
