package org.opendisclosure.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opendisclosure.core.DisclosureException;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.payload.PayloadKind;

/**
 * Payloads to and from JSON, and the canonical form that content hashes are computed over: keys
 * sorted, dates as ISO strings, decimals as written ({@code 12.30} stays {@code 12.30}).
 * Thread-safe. Not API.
 */
public final class PayloadCodec {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private PayloadCodec() {}

  /** The mapper used for payloads; callers must not reconfigure it. */
  public static ObjectMapper mapper() {
    return JSON;
  }

  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new DisclosureException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static JsonNode toTree(Object value) {
    return JSON.valueToTree(value);
  }

  public static Payload fromJson(PayloadKind kind, String json) {
    try {
      return JSON.readValue(json, kind.type());
    } catch (JsonProcessingException e) {
      throw new DisclosureException("stored " + kind + " payload cannot be read", e);
    }
  }

  /** Every non-null leaf of {@code value}'s JSON tree by path: {@code lines[3].amount.amount}. */
  public static Map<String, String> leaves(Object value) {
    Map<String, String> out = new LinkedHashMap<>();
    leaves("", value instanceof JsonNode n ? n : toTree(value), out);
    return out;
  }

  private static void leaves(String path, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        leaves(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(path + "[" + i + "]", node.get(i), out);
      }
    } else if (!node.isNull()) {
      out.put(path, node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
    }
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
