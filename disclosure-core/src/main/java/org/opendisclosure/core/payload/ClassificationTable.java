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

  private final Violations v;
  private final String field;
  private final List<Line> lines;
  private final int depth;

  private ClassificationTable(Violations v, String field, List<Line> lines, int depth) {
    this.v = v;
    this.field = field;
    this.lines = lines;
    this.depth = depth;
  }

  /**
   * Reports every problem of {@code lines} under {@code field}; {@code depth} is 3 for 类/款/项 and 2
   * for 类/款. Sums are checked only when every line is there with a good, unique code: a broken code
   * leaves its parent unknown, and a parent reported as "not the sum" on top of it would mislead.
   * Returns the amounts of the 类 lines, or empty when the table is broken that way.
   */
  static Optional<List<Money>> check(Violations v, String field, List<Line> lines, int depth) {
    return new ClassificationTable(v, field, lines, depth).check();
  }

  private Optional<List<Money>> check() {
    v.each(field, lines, this::checkLine);
    Map<String, Integer> indexByCode = new LinkedHashMap<>();
    boolean sound = indexCodes(indexByCode);
    List<Money> classes = new ArrayList<>();
    indexByCode.forEach(
        (code, index) -> {
          if (code.length() == 3) {
            classes.add(lines.get(index).amount());
          } else if (!indexByCode.containsKey(parentOf(code))) {
            v.add(element(index) + ".code", "has no parent line " + parentOf(code));
          }
          if (sound) {
            checkSum(code, index, indexByCode);
          }
        });
    return sound ? Optional.of(classes) : Optional.empty();
  }

  /** Fills {@code indexByCode} with the first line of each good code; false if any is broken. */
  private boolean indexCodes(Map<String, Integer> indexByCode) {
    boolean sound = true;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line == null || level(line.code()) < 0) {
        sound = false;
        continue;
      }
      Integer first = indexByCode.putIfAbsent(line.code(), i);
      if (first != null) {
        v.add(element(i) + ".code", "duplicates " + element(first) + ".code");
        sound = false;
      }
    }
    return sound;
  }

  private void checkSum(String code, int index, Map<String, Integer> indexByCode) {
    List<Money> children = new ArrayList<>();
    indexByCode.forEach(
        (child, childIndex) -> {
          if (child.length() == code.length() + 2 && child.startsWith(code)) {
            children.add(lines.get(childIndex).amount());
          }
        });
    if (!children.isEmpty()) {
      String what = "the sum of its " + LEVELS[level(code) + 1] + " lines";
      v.sum(element(index) + ".amount", lines.get(index).amount(), children, what);
    }
  }

  private void checkLine(Violations at, Line line) {
    if (at.text("code", line.code()) && level(line.code()) < 0) {
      at.add(
          "code", depth == 3 ? "must be 3, 5 or 7 digits (类/款/项)" : "must be 3 or 5 digits (类/款)");
    }
    at.text("name", line.name());
    at.money("amount", line.amount());
  }

  /** 0 for 类, 1 for 款, 2 for 项; -1 for a code that is not digits of a length allowed here. */
  private int level(String code) {
    if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int length = code.length();
    return length % 2 == 1 && length >= 3 && length <= 1 + 2 * depth ? (length - 3) / 2 : -1;
  }

  private static String parentOf(String code) {
    return code.substring(0, code.length() - 2);
  }

  private String element(int index) {
    return field + "[" + index + "]";
  }
}
