package org.opendisclosure.core.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * C2SP {@code signed-note} with Ed25519, the format of Go's {@code golang.org/x/mod/sumdb/note}
 * that transparency-log tooling reads.
 *
 * <p>A note is its text (one or more lines, each ending in a newline), a blank line, and one or
 * more signature lines {@code "— " + keyName + " " + base64(keyHash ‖ signature) + "\n"} (the
 * dash is U+2014). The key hash is the first four bytes of {@code SHA-256(keyName ‖ 0x0A ‖ 0x01 ‖
 * rawPublicKey)}; the Ed25519 signature is over the UTF-8 bytes of the text. Key names are not
 * empty and hold no whitespace and no {@code +}. As in Go, a note holds no ASCII control
 * character other than newline and at most 100 signatures.
 *
 * <p>JDK only ({@code java.security}, algorithm {@code Ed25519}). Stateless and thread-safe.
 */
public final class SignedNotes {
  private static final String DASH = "\u2014 ";
  private static final int MAX_SIGNATURES = 100;
  private static final byte ALG_ED25519 = 0x01;

  private SignedNotes() {}

  /** First four bytes of {@code SHA-256(keyName ‖ "\n" ‖ 0x01 ‖ rawPublicKey)}. */
  public static byte[] keyHash(String keyName, byte[] rawPublicKey) {
    checkName(keyName);
    checkRawKey(rawPublicKey);
    MessageDigest md = Merkle.sha256();
    md.update(keyName.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0x0a);
    md.update(ALG_ED25519);
    md.update(rawPublicKey);
    return Arrays.copyOf(md.digest(), 4);
  }

  /**
   * Signs {@code body} and returns the note: {@code body + "\n" + "— " + keyName + " " +
   * base64(keyHash ‖ signature) + "\n"}. The signature is checked against {@code rawPublicKey}
   * before it is returned, so a note never names a key that did not sign it.
   *
   * @throws IllegalArgumentException if the body is empty, does not end with a newline or holds a
   *     control character other than newline, if the key name is invalid, or if the private key
   *     does not belong to {@code rawPublicKey}
   */
  public static String sign(String body, String keyName, PrivateKey key, byte[] rawPublicKey) {
    checkText(body);
    byte[] hash = keyHash(keyName, rawPublicKey);
    Objects.requireNonNull(key, "key");
    byte[] message = body.getBytes(StandardCharsets.UTF_8);
    byte[] signature;
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(message);
      signature = signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
    }
    if (!ed25519Verify(rawPublicKey, message, signature)) {
      throw new IllegalArgumentException("the private key does not match the public key");
    }
    byte[] blob = new byte[4 + signature.length];
    System.arraycopy(hash, 0, blob, 0, 4);
    System.arraycopy(signature, 0, blob, 4, signature.length);
    return body + "\n" + DASH + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
  }

  /**
   * Whether {@code note} is well formed and carries a valid signature by the key {@code keyName}
   * / {@code rawPublicKey}. As in Go, a note with an invalid signature line for that key is
   * rejected even if another line for it is valid. Returns {@code false}, never throws, on
   * anything malformed.
   */
  public static boolean verify(String note, String keyName, byte[] rawPublicKey) {
    if (note == null || !isValidName(keyName) || rawPublicKey == null
        || rawPublicKey.length != 32) {
      return false;
    }
    Parsed parsed = parse(note);
    if (parsed == null) {
      return false;
    }
    byte[] hash = keyHash(keyName, rawPublicKey);
    byte[] message = parsed.text.getBytes(StandardCharsets.UTF_8);
    boolean found = false;
    for (Line line : parsed.lines) {
      if (line.name.equals(keyName) && MessageDigest.isEqual(line.keyHash, hash)) {
        if (!ed25519Verify(rawPublicKey, message, line.signature)) {
          return false;
        }
        found = true;
      }
    }
    return found;
  }

  /**
   * The text of {@code note} (everything up to and including the newline before the blank line
   * that precedes the signatures). Does not check any signature.
   *
   * @throws IllegalArgumentException if the note is malformed
   */
  public static String body(String note) {
    Objects.requireNonNull(note, "note");
    Parsed parsed = parse(note);
    if (parsed == null) {
      throw new IllegalArgumentException("malformed signed note");
    }
    return parsed.text;
  }

  /**
   * The verifier key in the {@code note} format: {@code keyName + "+" + hex(keyHash) + "+" +
   * base64(0x01 ‖ rawPublicKey)}, which Go's {@code note.NewVerifier} accepts.
   */
  public static String verifierKey(String keyName, byte[] rawPublicKey) {
    byte[] hash = keyHash(keyName, rawPublicKey);
    byte[] typed = new byte[1 + rawPublicKey.length];
    typed[0] = ALG_ED25519;
    System.arraycopy(rawPublicKey, 0, typed, 1, rawPublicKey.length);
    return keyName + "+" + Merkle.hex(hash) + "+" + Base64.getEncoder().encodeToString(typed);
  }

  /** A valid key name: not empty, no whitespace, no {@code +}. */
  public static boolean isValidName(String keyName) {
    if (keyName == null || keyName.isEmpty() || keyName.contains("+")) {
      return false;
    }
    // Go's unicode.IsSpace: ASCII white space, U+0085, and the separators (Zs, Zl, Zp).
    return keyName
        .codePoints()
        .noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85);
  }

  private static boolean ed25519Verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
    try {
      PublicKey publicKey = LogKeys.publicFromRaw(rawPublicKey);
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(publicKey);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      // A malformed key or signature is a failed verification, not an error.
      return false;
    }
  }

  private static void checkName(String keyName) {
    if (!isValidName(keyName)) {
      throw new IllegalArgumentException(
          "key name must be non-empty without whitespace or '+', was \"" + keyName + "\"");
    }
  }

  private static void checkRawKey(byte[] rawPublicKey) {
    Objects.requireNonNull(rawPublicKey, "rawPublicKey");
    if (rawPublicKey.length != 32) {
      throw new IllegalArgumentException(
          "an Ed25519 public key has 32 bytes, this one " + rawPublicKey.length);
    }
  }

  private static void checkText(String body) {
    Objects.requireNonNull(body, "body");
    if (body.isEmpty() || !body.endsWith("\n")) {
      throw new IllegalArgumentException("note text must end with a newline");
    }
    if (hasControlCharacter(body)) {
      throw new IllegalArgumentException(
          "note text must not hold control characters other than newline");
    }
  }

  private static boolean hasControlCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n') {
        return true;
      }
    }
    return false;
  }

  private record Line(String name, byte[] keyHash, byte[] signature) {}

  private record Parsed(String text, List<Line> lines) {}

  /** Go's {@code note.Open} without the verification; {@code null} if malformed. */
  private static Parsed parse(String note) {
    if (hasControlCharacter(note)) {
      return null;
    }
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      return null;
    }
    String text = note.substring(0, split + 1);
    String sigs = note.substring(split + 2);
    if (sigs.isEmpty() || !sigs.endsWith("\n")) {
      return null;
    }
    String[] rawLines = sigs.substring(0, sigs.length() - 1).split("\n", -1);
    if (rawLines.length > MAX_SIGNATURES) {
      return null;
    }
    List<Line> lines = new ArrayList<>(rawLines.length);
    for (String raw : rawLines) {
      if (!raw.startsWith(DASH)) {
        return null;
      }
      String rest = raw.substring(DASH.length());
      int space = rest.indexOf(' ');
      if (space < 0) {
        return null;
      }
      String name = rest.substring(0, space);
      String b64 = rest.substring(space + 1);
      byte[] blob;
      try {
        blob = Base64.getDecoder().decode(b64);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (!isValidName(name) || blob.length < 5
          || !Base64.getEncoder().encodeToString(blob).equals(b64)) {
        return null;
      }
      lines.add(new Line(name, Arrays.copyOf(blob, 4), Arrays.copyOfRange(blob, 4, blob.length)));
    }
    return new Parsed(text, lines);
  }
}
