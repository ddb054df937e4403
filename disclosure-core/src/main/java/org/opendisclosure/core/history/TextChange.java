package org.opendisclosure.core.history;

/** One line of a body-text diff: kept, removed or added. Immutable. */
public record TextChange(Op op, String line) {
  /** What happened to the line. */
  public enum Op {
    KEPT,
    REMOVED,
    ADDED
  }
}
