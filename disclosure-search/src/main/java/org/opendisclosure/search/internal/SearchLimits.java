package org.opendisclosure.search.internal;

/** Bounds that keep every request cheap. */
public final class SearchLimits {
  /** Characters of a body the highlighter reads. */
  public static final int MAX_HIGHLIGHT_LENGTH = 200_000;
  /** Values returned per facet dimension. */
  public static final int MAX_FACET_VALUES = 200;
  /** Longest suggestion prefix. */
  public static final int MAX_PREFIX_LENGTH = 50;
  /** Most suggestions per call. */
  public static final int MAX_SUGGESTIONS = 20;

  private SearchLimits() {}
}
