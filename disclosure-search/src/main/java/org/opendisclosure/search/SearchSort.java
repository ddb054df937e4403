package org.opendisclosure.search;

/**
 * How hits are ordered. Ties are broken by item id, so the order is total and pages are stable.
 * Immutable and thread-safe.
 */
public enum SearchSort {
  /** Best match first (BM25 over title and body, title weighted higher). */
  RELEVANCE,
  /** Newest publication first. */
  DATE
}
