package org.opendisclosure.core.model;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import org.opendisclosure.core.ValidationException;

/**
 * The identifier of an item: 26 characters of Crockford base32, the first 10 encoding the
 * creation time in milliseconds (so ids sort by time) and the last 16 random (80 bits). URL-safe,
 * case-insensitive on input, always upper case on output. Immutable and thread-safe.
 */
public record ItemId(String value) implements Comparable<ItemId> {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Random RANDOM = new SecureRandom();
  private static final int LENGTH = 26;

  public ItemId {
    Objects.requireNonNull(value, "value");
    if (value.length() != LENGTH) {
      throw ValidationException.of("id", "must be " + LENGTH + " characters of Crockford base32");
    }
    for (int i = 0; i < LENGTH; i++) {
      if (indexOf(value.charAt(i)) < 0 || Character.isLowerCase(value.charAt(i))) {
        throw ValidationException.of("id", "must be " + LENGTH + " characters of Crockford base32");
      }
    }
    if (indexOf(value.charAt(0)) > 7) {
      throw ValidationException.of("id", "timestamp is out of range");
    }
  }

  /** Parses an id as a client sent it; throws {@link ValidationException} naming {@code id}. */
  public static ItemId parse(String text) {
    if (text == null) {
      throw ValidationException.of("id", "is required");
    }
    return new ItemId(text.trim().toUpperCase(java.util.Locale.ROOT));
  }

  /** A new id for an item created at {@code createdAt}. */
  public static ItemId generate(Instant createdAt) {
    long millis = createdAt.toEpochMilli();
    if (millis < 0 || millis >= (1L << 48)) {
      throw ValidationException.of("createdAt", "is out of range for an id");
    }
    char[] out = new char[LENGTH];
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (millis & 31)];
      millis >>>= 5;
    }
    byte[] random = new byte[10];
    RANDOM.nextBytes(random);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 5; i++) {
      hi = (hi << 8) | (random[i] & 0xff);
      lo = (lo << 8) | (random[i + 5] & 0xff);
    }
    for (int i = 17; i >= 10; i--) {
      out[i] = ALPHABET[(int) (hi & 31)];
      hi >>>= 5;
    }
    for (int i = 25; i >= 18; i--) {
      out[i] = ALPHABET[(int) (lo & 31)];
      lo >>>= 5;
    }
    return new ItemId(new String(out));
  }

  /** The creation time encoded in the id, to the millisecond. */
  public Instant createdAt() {
    long millis = 0;
    for (int i = 0; i < 10; i++) {
      millis = (millis << 5) | indexOf(value.charAt(i));
    }
    return Instant.ofEpochMilli(millis);
  }

  private static int indexOf(char c) {
    char u = Character.toUpperCase(c);
    for (int i = 0; i < ALPHABET.length; i++) {
      if (ALPHABET[i] == u) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int compareTo(ItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
