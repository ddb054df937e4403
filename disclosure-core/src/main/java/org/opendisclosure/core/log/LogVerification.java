package org.opendisclosure.core.log;

import java.util.List;

/**
 * The outcome of verifying the log against the store: every problem found, each naming the item
 * and revision or the leaf it concerns. Immutable.
 */
public record LogVerification(long treeSize, long revisionsChecked, List<String> problems) {
  public LogVerification {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
