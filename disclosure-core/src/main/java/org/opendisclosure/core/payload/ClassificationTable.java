package org.opendisclosure.core.payload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.core.payload.BudgetStatement.Line;

/**
 * Checks one classification table of a {@link BudgetStatement}: each line, unique codes, every
 * child under an existing parent (20101 under 201, 2010101 under 20101) and every parent equal to
 * the sum of its children.
 */
final class ClassificationTable {
  private static final String[] LEVELS = {"类", "款", "项"};

  private ClassificationTable() {}

  /**
   * Reports every problem of {@code lines} under {@code field}; {@code depth} is 3 for 类/款/项 and
   * 2 for 类/款. Returns the amounts of the 类 lines, or empty when the table is too broken to sum
   * (a null line, a bad or duplicate code), so that its total is not reported on top.
   */
  static Optional<List<Money>> check(Violations v, String field, List<Line> lines, int depth) {
    v.each(field, lines, (at, line) -> checkLine(at, line, depth));
    boolean sound = true;
    Map<String, Integer> indexByCode = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line == null || level(line.code(), depth) < 0) {
        sound = false;
        continue;
      }
      Integer first = indexByCode.putIfAbsent(line.code(), i);
      if (first != null) {
        v.add(element(field, i) + ".code", "duplicates " + element(field, first) + ".code");
        sound = false;
      }
    }
    List<Money> top = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : indexByCode.entrySet()) {
      String code = entry.getKey();
      Line line = lines.get(entry.getValue());
      String path = element(field, entry.getValue());
      if (code.length() > 3) {
        String parent = code.substring(0, code.length() - 2);
        if (!indexByCode.containsKey(parent)) {
          v.add(path + ".code", "has no parent line " + parent);
        }
      } else {
        top.add(line.amount());
      }
      List<Money> children = new ArrayList<>();
      for (Map.Entry<String, Integer> other : indexByCode.entrySet()) {
        String child = other.getKey();
        if (child.length() == code.length() + 2 && child.startsWith(code)) {
          children.add(lines.get(other.getValue()).amount());
        }
      }
      if (!children.isEmpty()) {
        String what = "the sum of its " + LEVELS[level(code, depth) + 1] + " lines";
        v.sum(path + ".amount", line.amount(), children, what);
      }
    }
    return sound ? Optional.of(top) : Optional.empty();
  }

  private static void checkLine(Violations v, Line line, int depth) {
    if (v.text("code", line.code()) && level(line.code(), depth) < 0) {
      v.add("code", depth == 3 ? "must be 3, 5 or 7 digits (类/款/项)" : "must be 3 or 5 digits (类/款)");
    }
    v.text("name", line.name());
    v.money("amount", line.amount());
  }

  /** 0 for 类, 1 for 款, 2 for 项; -1 for a code that is not digits of a length allowed here. */
  private static int level(String code, int depth) {
    if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int length = code.length();
    return length % 2 == 1 && length >= 3 && length <= 1 + 2 * depth ? (length - 3) / 2 : -1;
  }

  private static String element(String field, int index) {
    return field + "[" + index + "]";
  }
}
