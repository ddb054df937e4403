package org.opendisclosure.core.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.opendisclosure.core.internal.PayloadCodec;
import org.opendisclosure.core.model.Revision;

/** Computes {@link RevisionDiff}s. Stateless and thread-safe. */
public final class Diffs {
  /** Above this many cells the line diff of the changed middle falls back to remove-all/add-all. */
  private static final long MAX_LCS_CELLS = 4_000_000L;

  private Diffs() {}

  public static RevisionDiff between(Revision from, Revision to) {
    Map<String, String> before = PayloadCodec.leaves(fieldsOf(from));
    Map<String, String> after = PayloadCodec.leaves(fieldsOf(to));
    List<FieldChange> fields = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (String path : paths) {
      String a = before.get(path);
      String b = after.get(path);
      if (!Objects.equals(a, b)) {
        fields.add(new FieldChange(path, a, b));
      }
    }
    return new RevisionDiff(from.itemId(), from.number(), to.number(), fields, lines(from.bodyText(), to.bodyText()));
  }

  private static JsonNode fieldsOf(Revision r) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("title", r.title());
    node.put("formedOn", r.formedOn().toString());
    node.set("payload", PayloadCodec.toTree(r.payload()));
    return node;
  }

  /** A line diff: common prefix and suffix kept, the middle by longest common subsequence. */
  static List<TextChange> lines(String before, String after) {
    List<String> a = before.isEmpty() ? List.of() : List.of(before.split("\n", -1));
    List<String> b = after.isEmpty() ? List.of() : List.of(after.split("\n", -1));
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<TextChange> out = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      out.add(new TextChange(TextChange.Op.KEPT, a.get(i)));
    }
    middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
    for (int i = a.size() - suffix; i < a.size(); i++) {
      out.add(new TextChange(TextChange.Op.KEPT, a.get(i)));
    }
    return out;
  }

  private static void middle(List<String> a, List<String> b, List<TextChange> out) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > MAX_LCS_CELLS) {
      a.forEach(line -> out.add(new TextChange(TextChange.Op.REMOVED, line)));
      b.forEach(line -> out.add(new TextChange(TextChange.Op.ADDED, line)));
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.get(i).equals(b.get(j))) {
        out.add(new TextChange(TextChange.Op.KEPT, a.get(i)));
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.add(new TextChange(TextChange.Op.REMOVED, a.get(i++)));
      } else {
        out.add(new TextChange(TextChange.Op.ADDED, b.get(j++)));
      }
    }
    while (i < n) {
      out.add(new TextChange(TextChange.Op.REMOVED, a.get(i++)));
    }
    while (j < m) {
      out.add(new TextChange(TextChange.Op.ADDED, b.get(j++)));
    }
  }
}
