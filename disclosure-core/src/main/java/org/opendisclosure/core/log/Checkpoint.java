package org.opendisclosure.core.log;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A tree head in the C2SP {@code tlog-checkpoint} format: the body of a signed note made of the
 * origin line (the log's name), the tree size in decimal and the base64 root hash, each ending in
 * a newline. Sign it with {@link SignedNotes#sign}.
 *
 * <p>Immutable and thread-safe: the root hash is copied in and out.
 *
 * @param origin the log's unique name, by convention a schema-less URL ({@code
 *     example.gov.cn/disclosure-log}); not empty, no newline
 * @param size the number of leaves, not negative
 * @param rootHash the 32-byte RFC 9162 root hash of the first {@code size} leaves
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {
  /** Checks every field and copies the hash. */
  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    if (origin.isEmpty()) {
      throw new IllegalArgumentException("origin must not be empty");
    }
    for (int i = 0; i < origin.length(); i++) {
      if (origin.charAt(i) < 0x20) {
        throw new IllegalArgumentException("origin must not contain control characters");
      }
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, was " + size);
    }
    Objects.requireNonNull(rootHash, "rootHash");
    if (rootHash.length != Merkle.HASH_LENGTH) {
      throw new IllegalArgumentException(
          "rootHash must be " + Merkle.HASH_LENGTH + " bytes, was " + rootHash.length);
    }
    rootHash = rootHash.clone();
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** {@code origin + "\n" + size + "\n" + base64(rootHash) + "\n"}. */
  public String body() {
    return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
  }

  /**
   * Parses a checkpoint body (the text of the note, not the whole signed note). Extension lines
   * after the root hash, which the C2SP format allows, are accepted and ignored; a blank line is
   * refused (it means a whole note was passed: take its {@link SignedNotes#body} first).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Checkpoint parse(String body) {
    Objects.requireNonNull(body, "body");
    if (!body.endsWith("\n")) {
      throw new IllegalArgumentException("checkpoint must end with a newline");
    }
    String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
    if (lines.length < 3) {
      throw new IllegalArgumentException(
          "checkpoint needs an origin, a size and a root hash line, has " + lines.length);
    }
    for (int i = 3; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        throw new IllegalArgumentException(
            "checkpoint has a blank line " + (i + 1) + "; pass the note body, not the note");
      }
    }
    String size = lines[1];
    if (!size.matches("0|[1-9][0-9]{0,18}")) {
      throw new IllegalArgumentException(
          "tree size must be a decimal number without leading zeros, was \"" + size + "\"");
    }
    long n;
    try {
      n = Long.parseLong(size);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("tree size is out of range: " + size, e);
    }
    byte[] root;
    try {
      root = Base64.getDecoder().decode(lines[2]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("root hash is not base64: " + e.getMessage(), e);
    }
    if (!Base64.getEncoder().encodeToString(root).equals(lines[2])) {
      throw new IllegalArgumentException("root hash is not canonical base64");
    }
    return new Checkpoint(lines[0], n, root);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c
        && c.origin.equals(origin)
        && c.size == size
        && MessageDigest.isEqual(c.rootHash, rootHash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, size, Arrays.hashCode(rootHash));
  }

  @Override
  public String toString() {
    return "Checkpoint[origin=" + origin + ", size=" + size + ", rootHash="
        + Merkle.hex(rootHash) + "]";
  }
}
