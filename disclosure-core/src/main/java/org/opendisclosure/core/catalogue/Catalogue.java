package org.opendisclosure.core.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendisclosure.core.DisclosureException;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

/**
 * The disclosure catalogue (主动公开目录): a tree of {@link Category categories} with their rules.
 * {@link #defaults()} is built from 条例 arts. 20–21 and the township's ten key items (DOMAIN.md);
 * an embedding application adds its own categories from a JSON file ({@link #fromJson}) or in code
 * ({@link #with}) without changing the library. Immutable and thread-safe.
 *
 * <p>JSON format: {@code {"categories": [{"code": "...", "name": "...", "parentCode": "...",
 * "payload": "DOCUMENT", "deadline": {"period": {"amount": 20, "count": "WORKING_DAYS"},
 * "trigger": "FORMED", "source": "条例第二十六条"}, "window": null, "auditBeforePublish": false,
 * "decision": false, "privacy": "STANDARD", "cadence": "NONE", "legalBasis": "..."}]}}.
 */
public final class Catalogue {
  private static final String DEFAULT_RESOURCE = "default-catalogue.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Map<String, Category> byCode;

  private Catalogue(Map<String, Category> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** The bundled default catalogue. */
  public static Catalogue defaults() {
    try (InputStream in = Catalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new DisclosureException("bundled catalogue " + DEFAULT_RESOURCE + " is missing");
      }
      return fromJson(in);
    } catch (IOException e) {
      throw new DisclosureException("cannot read the bundled catalogue", e);
    }
  }

  /** A catalogue read from JSON (format in the class comment); every bad field is reported. */
  public static Catalogue fromJson(InputStream in) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw ValidationException.of("categories", "is not valid JSON: " + e.getMessage());
    }
    if (root == null || !root.path("categories").isArray()) {
      throw ValidationException.of("categories", "must be an array");
    }
    List<Category> categories = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    int i = 0;
    for (JsonNode node : root.get("categories")) {
      String path = "categories[" + i++ + "]";
      try {
        categories.add(JSON.treeToValue(node, Category.class));
      } catch (IOException | IllegalArgumentException e) {
        errors.addAll(describe(path, e));
      }
    }
    ValidationException.throwIfAny(errors);
    return new Catalogue(Map.of()).with(categories);
  }

  private static List<FieldError> describe(String path, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ValidationException v) {
        return v.errors().stream().map(f -> new FieldError(path + "." + f.field(), f.message())).toList();
      }
    }
    String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return List.of(new FieldError(path, message));
  }

  /** A new catalogue with these categories added (or replaced, by code). */
  public Catalogue with(Collection<Category> categories) {
    Map<String, Category> next = new LinkedHashMap<>(byCode);
    for (Category c : categories) {
      next.put(c.code(), c);
    }
    List<FieldError> errors = new ArrayList<>();
    for (Category c : next.values()) {
      if (c.parentCode() != null && !next.containsKey(c.parentCode())) {
        errors.add(new FieldError(c.code() + ".parentCode", "unknown category " + c.parentCode()));
      }
      Set<String> seen = new HashSet<>();
      for (Category p = c; p != null && p.parentCode() != null; p = next.get(p.parentCode())) {
        if (!seen.add(p.code())) {
          errors.add(new FieldError(c.code() + ".parentCode", "forms a cycle"));
          break;
        }
      }
    }
    ValidationException.throwIfAny(errors);
    return new Catalogue(next);
  }

  public Catalogue with(Category... categories) {
    return with(List.of(categories));
  }

  public Optional<Category> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The category, or a {@link ValidationException} naming {@code field}. */
  public Category require(String code, String field) {
    return find(code).orElseThrow(() -> ValidationException.of(field, "unknown category: " + code));
  }

  /** Every category in catalogue order. */
  public List<Category> categories() {
    return List.copyOf(byCode.values());
  }

  /** The category and every category below it, for "category with its subcategories" filters. */
  public Set<String> selfAndDescendants(String code) {
    Set<String> out = new HashSet<>();
    for (Category c : byCode.values()) {
      for (Category p = c; p != null; p = p.parentCode() == null ? null : byCode.get(p.parentCode())) {
        if (p.code().equals(code)) {
          out.add(c.code());
          break;
        }
      }
    }
    return out;
  }
}
