package org.opendisclosure.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendisclosure.core.FieldError;

/**
 * Forms index numbers (索引号) from an organ's pattern. Placeholders: {@code {organCode}},
 * {@code {yyyy}}, {@code {category}}, {@code {seq}} or {@code {seq:05}} (zero-padded). The
 * sequence runs per organ and period; the period is the year when the pattern contains
 * {@code {yyyy}}, otherwise the sequence never restarts.
 */
public final class IndexNumberPattern {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?::(\\d{1,2}))?}");

  private IndexNumberPattern() {}

  static List<FieldError> check(String pattern) {
    List<FieldError> errors = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    boolean seq = false;
    while (m.find()) {
      switch (m.group(1)) {
        case "organCode", "yyyy", "category" -> { }
        case "seq" -> seq = true;
        default -> errors.add(new FieldError("indexPattern", "unknown placeholder {" + m.group(1) + "}"));
      }
    }
    if (!seq) {
      errors.add(new FieldError("indexPattern", "must contain {seq}"));
    }
    if (pattern.length() > 100) {
      errors.add(new FieldError("indexPattern", "must be at most 100 characters"));
    }
    return errors;
  }

  /** The period a sequence runs in: the year if the pattern names it, else {@code "all"}. */
  public static String period(String pattern, int year) {
    return pattern.contains("{yyyy}") ? Integer.toString(year) : "all";
  }

  /** The index number for sequence value {@code seq}. */
  public static String format(String pattern, String organCode, int year, String category, long seq) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "organCode" -> organCode;
        case "yyyy" -> Integer.toString(year);
        case "category" -> category;
        case "seq" -> m.group(2) == null
            ? Long.toString(seq)
            : String.format(java.util.Locale.ROOT, "%0" + Integer.parseInt(m.group(2)) + "d", seq);
        default -> throw new IllegalStateException("checked by the Organ constructor");
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
