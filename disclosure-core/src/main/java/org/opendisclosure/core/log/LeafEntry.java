package org.opendisclosure.core.log;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One leaf of the publication log: a public event of one revision of an item. It holds hashes
 * only, never content, so a redaction can blank a revision's content without breaking the log.
 *
 * <p>Encoded as the UTF-8 bytes of {@link CanonicalJson canonical JSON}, for example
 *
 * <pre>
 * {"contentSha256":"9f86…","event":"PUBLISHED","item":"01JN…","organ":"110105",
 *  "revision":2,"time":"2026-03-03T01:00:00Z","v":1}
 * </pre>
 *
 * (on one line): {@code time} is {@link Instant#toString()} (ISO-8601 UTC, fractional seconds
 * only if there are any), {@code v} is the format version. {@link #decode} accepts exactly the
 * bytes {@link #encode} produces and nothing else.
 *
 * <p>Immutable and thread-safe.
 *
 * @param itemId the item's id as served by the API; not blank
 * @param revision the revision number, at least 1
 * @param event the public event, for example an {@code EventType} name ({@code PUBLISHED},
 *     {@code CORRECTED}, {@code WITHDRAWN}, {@code REDACTED}, {@code WINDOW_CLOSED}): 1 to 64
 *     ASCII letters, digits, {@code _} and {@code -}, starting with a letter
 * @param time when the event took effect
 * @param organ the publishing organ's code; not blank
 * @param contentSha256 lower-case hex SHA-256 of the canonical JSON of the revision content
 */
public record LeafEntry(
    String itemId, int revision, String event, Instant time, String organ, String contentSha256) {
  /** The format version written in {@code v}. */
  public static final int VERSION = 1;

  private static final Set<String> KEYS =
      Set.of("contentSha256", "event", "item", "organ", "revision", "time", "v");
  private static final Pattern EVENT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /** Checks every field, naming the bad one. */
  public LeafEntry {
    requireText(itemId, "itemId");
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1, was " + revision);
    }
    Objects.requireNonNull(event, "event");
    if (!EVENT.matcher(event).matches()) {
      throw new IllegalArgumentException(
          "event must be ASCII letters, digits, '_' or '-', was \"" + event + "\"");
    }
    Objects.requireNonNull(time, "time");
    requireText(organ, "organ");
    Objects.requireNonNull(contentSha256, "contentSha256");
    if (!SHA256_HEX.matcher(contentSha256).matches()) {
      throw new IllegalArgumentException(
          "contentSha256 must be 64 lower-case hex digits, was \"" + contentSha256 + "\"");
    }
  }

  /** The UTF-8 bytes of the canonical JSON of this entry. */
  public byte[] encode() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("contentSha256", contentSha256);
    map.put("event", event);
    map.put("item", itemId);
    map.put("organ", organ);
    map.put("revision", revision);
    map.put("time", time.toString());
    map.put("v", VERSION);
    return CanonicalJson.write(map).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code Merkle.leafHash(encode())}. */
  public byte[] leafHash() {
    return Merkle.leafHash(encode());
  }

  /**
   * The entry {@code bytes} encode.
   *
   * @throws IllegalArgumentException unless {@code bytes} are exactly what {@link #encode} writes
   *     for some valid entry
   */
  public static LeafEntry decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    String json;
    try {
      json = StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("leaf is not UTF-8", e);
    }
    if (!(CanonicalJson.parse(json) instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("leaf is not a JSON object");
    }
    if (!map.keySet().equals(KEYS)) {
      throw new IllegalArgumentException("leaf must have exactly the keys " + KEYS);
    }
    if (!(map.get("v") instanceof BigDecimal v) || v.compareTo(BigDecimal.valueOf(VERSION)) != 0) {
      throw new IllegalArgumentException("leaf format version must be " + VERSION);
    }
    if (!(map.get("revision") instanceof BigDecimal revision)) {
      throw new IllegalArgumentException("leaf revision must be a number");
    }
    int rev;
    try {
      rev = revision.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("leaf revision must be an int", e);
    }
    Instant time;
    try {
      time = Instant.parse(string(map, "time"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("leaf time is not an ISO-8601 instant", e);
    }
    LeafEntry entry = new LeafEntry(
        string(map, "item"), rev, string(map, "event"), time, string(map, "organ"),
        string(map, "contentSha256"));
    if (!Arrays.equals(entry.encode(), bytes)) {
      throw new IllegalArgumentException("leaf is not in canonical form");
    }
    return entry;
  }

  private static String string(Map<?, ?> map, String key) {
    if (!(map.get(key) instanceof String s)) {
      throw new IllegalArgumentException("leaf " + key + " must be a string");
    }
    return s;
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
