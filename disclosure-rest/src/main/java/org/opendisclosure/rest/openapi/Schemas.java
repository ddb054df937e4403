package org.opendisclosure.rest.openapi;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendisclosure.core.payload.PayloadKind;

/**
 * JSON Schemas (OpenAPI 3.1) of the API records and the core payloads, derived from the record
 * components themselves, so the document cannot drift from the classes Jackson writes and reads.
 * Nested records become components named after their enclosing class ({@code BudgetStatementLine}).
 * Not thread-safe; one per document.
 */
final class Schemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> components = new TreeMap<>();

  /** A schema for {@code type}: a {@code $ref} for records, inline otherwise. */
  ObjectNode of(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (List.class.isAssignableFrom(raw)) {
        ObjectNode s = F.objectNode().put("type", "array");
        s.set("items", of(p.getActualTypeArguments()[0]));
        return s;
      }
      if (Map.class.isAssignableFrom(raw)) {
        ObjectNode s = F.objectNode().put("type", "object");
        s.set("additionalProperties", of(p.getActualTypeArguments()[1]));
        return s;
      }
      return of(raw);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return F.objectNode().put("type", "string");
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return F.objectNode().put("type", "integer");
    }
    if (c == boolean.class || c == Boolean.class) {
      return F.objectNode().put("type", "boolean");
    }
    if (c == BigDecimal.class || c == double.class || c == float.class) {
      return F.objectNode().put("type", "number");
    }
    if (c == LocalDate.class) {
      return F.objectNode().put("type", "string").put("format", "date");
    }
    if (c == Instant.class) {
      return F.objectNode().put("type", "string").put("format", "date-time");
    }
    if (c == YearMonth.class) {
      return F.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}$");
    }
    if (c.isEnum()) {
      ObjectNode s = F.objectNode().put("type", "string");
      ArrayNode values = s.putArray("enum");
      for (Object v : c.getEnumConstants()) {
        values.add(((Enum<?>) v).name());
      }
      return s;
    }
    if (c.isRecord()) {
      return ref(c);
    }
    if (c == Object.class || c == JsonNode.class) {
      return payload();
    }
    throw new IllegalArgumentException("no schema for " + c);
  }

  /** Any of the payload kinds; which one is named by the item's kind (or its category). */
  ObjectNode payload() {
    ObjectNode s = F.objectNode();
    s.put("description", "The typed content; its shape is the payload kind of the item's category");
    ArrayNode any = s.putArray("anyOf");
    for (PayloadKind k : PayloadKind.values()) {
      any.add(ref(k.type()));
    }
    return s;
  }

  ObjectNode ref(Class<?> record) {
    String name = name(record);
    if (!components.containsKey(name)) {
      ObjectNode s = F.objectNode().put("type", "object");
      components.put(name, s);
      ObjectNode props = s.putObject("properties");
      for (RecordComponent rc : record.getRecordComponents()) {
        ObjectNode p = of(rc.getGenericType()).deepCopy();
        JsonPropertyDescription d = rc.getAnnotation(JsonPropertyDescription.class);
        if (d != null) {
          p.put("description", d.value()); // 3.1 allows siblings of $ref
        }
        props.set(rc.getName(), p);
      }
      s.put("additionalProperties", false);
    }
    return F.objectNode().put("$ref", "#/components/schemas/" + name);
  }

  static String name(Class<?> c) {
    return c.getEnclosingClass() == null ? c.getSimpleName() : name(c.getEnclosingClass()) + c.getSimpleName();
  }

  ObjectNode components() {
    ObjectNode out = F.objectNode();
    components.forEach(out::set);
    return out;
  }
}
