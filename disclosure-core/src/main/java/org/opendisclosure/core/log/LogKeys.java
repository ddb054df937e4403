package org.opendisclosure.core.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The log's Ed25519 key pair: generation, encodings, and a key file in the data directory.
 *
 * <p>The key file is UTF-8 text of three lines:
 *
 * <pre>
 * # OpenDisclosure log key (Ed25519): private key PKCS#8 base64, public key raw base64
 * private MC4CAQAwBQYDK2VwBCIEI...
 * public  3r5X...
 * </pre>
 *
 * Both keys are stored because the JDK cannot derive an Ed25519 public key from the private one
 * through its public API; on loading, a test signature checks that they belong together. The file
 * is created with permissions {@code 0600} where the file system supports POSIX permissions.
 *
 * <p>JDK only. Stateless and thread-safe; {@link #loadOrCreate} is safe against another process
 * creating the same file at the same time (the first file written wins and both load it).
 */
public final class LogKeys {
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final String HEADER =
      "# OpenDisclosure log key (Ed25519): private key PKCS#8 base64, public key raw base64";

  private LogKeys() {}

  /** A new random Ed25519 key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 17 platform has Ed25519", e);
    }
  }

  /** Base64 of the PKCS#8 encoding of {@code key}. */
  public static String toPkcs8Base64(PrivateKey key) {
    Objects.requireNonNull(key, "key");
    if (!"PKCS#8".equals(key.getFormat()) || key.getEncoded() == null) {
      throw new IllegalArgumentException("key has no PKCS#8 encoding");
    }
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** The Ed25519 private key whose PKCS#8 encoding is base64 {@code text}. */
  public static PrivateKey privateFromPkcs8Base64(String text) {
    Objects.requireNonNull(text, "text");
    try {
      byte[] der = Base64.getDecoder().decode(text.strip());
      return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
    }
  }

  /** The raw 32-byte public key: the last 32 bytes of the X.509 encoding. */
  public static byte[] rawPublicKey(PublicKey key) {
    Objects.requireNonNull(key, "key");
    byte[] x509 = key.getEncoded();
    if (x509 == null
        || x509.length != X509_PREFIX.length + 32
        || !Arrays.equals(x509, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
      throw new IllegalArgumentException("not an Ed25519 public key");
    }
    return Arrays.copyOfRange(x509, X509_PREFIX.length, x509.length);
  }

  /** The Ed25519 public key with raw encoding {@code raw} (32 bytes). */
  public static PublicKey publicFromRaw(byte[] raw) {
    Objects.requireNonNull(raw, "raw");
    if (raw.length != 32) {
      throw new IllegalArgumentException(
          "an Ed25519 public key has 32 bytes, this one " + raw.length);
    }
    byte[] x509 = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
    System.arraycopy(raw, 0, x509, X509_PREFIX.length, 32);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /**
   * Loads the key pair from {@code file}, or generates one and writes it there if the file does
   * not exist (creating missing parent directories).
   *
   * @throws UncheckedIOException if the file cannot be read or written
   * @throws IllegalArgumentException if the file is malformed or its two keys do not match
   */
  public static KeyPair loadOrCreate(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return load(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the log key file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    KeyPair pair = generate();
    String text = HEADER + "\n"
        + "private " + toPkcs8Base64(pair.getPrivate()) + "\n"
        + "public  " + Base64.getEncoder().encodeToString(rawPublicKey(pair.getPublic())) + "\n";
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes = posix
        ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    // Write a private temporary file, then link it into place: the link fails if another
    // process got there first, so nobody ever reads a half-written key file.
    Path tmp = Files.createTempFile(dir, ".log-key", ".tmp", attributes);
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException e) {
        // Another process created it; load theirs.
      } catch (UnsupportedOperationException | IOException e) {
        if (Files.exists(file)) {
          return;
        }
        Files.move(tmp, file); // no hard links here: fails too if the file appeared meanwhile
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static KeyPair load(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String privateText = null;
    String publicText = null;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("private ")) {
        privateText = l.substring("private ".length()).strip();
      } else if (l.startsWith("public ")) {
        publicText = l.substring("public ".length()).strip();
      } else {
        throw new IllegalArgumentException("log key file " + file + " has an unknown line");
      }
    }
    if (privateText == null || publicText == null) {
      throw new IllegalArgumentException(
          "log key file " + file + " needs a 'private' and a 'public' line");
    }
    PrivateKey privateKey = privateFromPkcs8Base64(privateText);
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(publicText);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("log key file " + file + ": public key is not base64", e);
    }
    PublicKey publicKey = publicFromRaw(raw);
    if (!belongTogether(privateKey, publicKey)) {
      throw new IllegalArgumentException(
          "log key file " + file + ": the public key does not belong to the private key");
    }
    return new KeyPair(publicKey, privateKey);
  }

  private static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
    byte[] probe = "OpenDisclosure log key check".getBytes(StandardCharsets.UTF_8);
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(publicKey);
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
