package org.opendisclosure.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.core.internal.PayloadCodec;
import org.opendisclosure.core.log.CanonicalJson;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.payload.Payload;

/**
 * The content a hash covers: the canonical JSON ({@link CanonicalJson}) of {@code {"body",
 * "formedOn", "kind", "payload", "title"}} — the sanitised body HTML, the formed date, the payload
 * kind and fields, the title. The public API serves this object as an item's {@code content}, so
 * anyone can recompute the hash a log leaf records. Stateless and thread-safe.
 */
public final class ContentHashes {
  private ContentHashes() {}

  /** The canonical JSON of a revision's content. */
  public static String canonicalContent(Revision r) {
    return canonical(r.title(), r.formedOn(), r.payload(), r.bodyHtml());
  }

  /** SHA-256 (lower-case hex) of {@link #canonicalContent}. */
  public static String hash(Revision r) {
    return CanonicalJson.sha256Hex(canonicalContent(r));
  }

  static String hash(String title, LocalDate formedOn, Payload payload, String bodyHtml) {
    return CanonicalJson.sha256Hex(canonical(title, formedOn, payload, bodyHtml));
  }

  private static String canonical(String title, LocalDate formedOn, Payload payload, String bodyHtml) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("body", bodyHtml);
    content.put("formedOn", formedOn.toString());
    content.put("kind", payload.kind().name());
    content.put("payload", plain(PayloadCodec.toTree(payload)));
    content.put("title", title);
    return CanonicalJson.write(content);
  }

  /** A Jackson tree as plain JDK values: maps, lists, strings, decimals, booleans and null. */
  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(e.getKey(), plain(e.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      node.forEach(child -> out.add(plain(child)));
      return out;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.asText();
  }
}
