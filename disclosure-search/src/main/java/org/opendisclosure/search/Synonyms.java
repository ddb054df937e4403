package org.opendisclosure.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.search.internal.TextFolding;

/**
 * Domain synonyms applied at query time: a term the citizen typed also matches its alternatives
 * as exact phrases (低保 finds 最低生活保障). Read from a small text format, one rule a line:
 *
 * <pre>
 * # comment
 * 低保, 最低生活保障                         all terms of the line are equivalent
 * 三公经费 &lt;=&gt; 因公出国（境）费, 公务用车, 公务接待   the left term ↔ each right term (not right ↔ right)
 * 公车 =&gt; 公务用车                          one way: left finds right
 * </pre>
 *
 * The defaults ({@link #defaults()}) come from the disclosure domain; an embedding application
 * adds its own with {@link #plus}. Terms are matched after width and traditional → simplified
 * folding. Immutable and thread-safe.
 */
public final class Synonyms {
  private static final int MAX_TERM_LENGTH = 40;
  private static final Synonyms DEFAULTS = load();

  private final Map<String, Set<String>> expansions;

  private Synonyms(Map<String, Set<String>> expansions) {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    expansions.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    this.expansions = Collections.unmodifiableMap(copy);
  }

  /** The built-in domain synonyms ({@code synonyms.txt} in this module). */
  public static Synonyms defaults() {
    return DEFAULTS;
  }

  /** No synonyms at all. */
  public static Synonyms none() {
    return new Synonyms(Map.of());
  }

  /**
   * Parses rules in the format above; throws {@link ValidationException} naming {@code
   * synonyms[line]} for a malformed line.
   */
  public static Synonyms parse(String rules) {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    String[] lines = rules.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String field = "synonyms[" + (n + 1) + "]";
      if (line.contains("<=>")) {
        String[] sides = line.split("<=>", -1);
        List<String> left = terms(field, sides[0]);
        List<String> right = terms(field, sides.length == 2 ? sides[1] : "");
        if (sides.length != 2 || left.size() != 1) {
          throw ValidationException.of(field, "write one term, '<=>', then its alternatives");
        }
        for (String r : right) {
          add(map, left.get(0), r);
          add(map, r, left.get(0));
        }
      } else if (line.contains("=>")) {
        String[] sides = line.split("=>", -1);
        if (sides.length != 2) {
          throw ValidationException.of(field, "write terms, '=>', then their alternatives");
        }
        for (String l : terms(field, sides[0])) {
          for (String r : terms(field, sides[1])) {
            add(map, l, r);
          }
        }
      } else {
        List<String> group = terms(field, line);
        if (group.size() < 2) {
          throw ValidationException.of(field, "an equivalence needs at least two terms");
        }
        for (String a : group) {
          for (String b : group) {
            add(map, a, b);
          }
        }
      }
    }
    return new Synonyms(map);
  }

  /** These rules and {@code other}'s together. */
  public Synonyms plus(Synonyms other) {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    expansions.forEach((k, v) -> map.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
    other.expansions.forEach((k, v) -> map.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
    return new Synonyms(map);
  }

  /** The alternatives of {@code term} (folded), without the term itself; empty when none. */
  public Set<String> expansions(String term) {
    return expansions.getOrDefault(TextFolding.foldKey(term.strip()), Set.of());
  }

  /** Every term that has alternatives, folded. */
  public Set<String> terms() {
    return expansions.keySet();
  }

  private static void add(Map<String, Set<String>> map, String from, String to) {
    String key = TextFolding.foldKey(from);
    if (!key.equals(TextFolding.foldKey(to))) {
      map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(to);
    }
  }

  private static List<String> terms(String field, String list) {
    List<String> terms = new ArrayList<>();
    for (String part : list.split("[,，、]")) {
      String term = part.strip();
      if (term.isEmpty()) {
        continue;
      }
      if (term.length() > MAX_TERM_LENGTH) {
        throw ValidationException.of(field, "a term must be at most " + MAX_TERM_LENGTH + " characters");
      }
      terms.add(term);
    }
    if (terms.isEmpty()) {
      throw ValidationException.of(field, "no terms");
    }
    return terms;
  }

  private static Synonyms load() {
    try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.txt")) {
      if (in == null) {
        throw new IllegalStateException("synonyms.txt is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
