package org.opendisclosure.portal.internal.web;

import org.opendisclosure.search.SearchSort;

/**
 * Everything a results page shows, as its URL carries it: {@code q}, one {@code category}, one
 * {@code organ}, one {@code year}, {@code window=open}, {@code sort} and {@code page}. Immutable.
 */
public record SearchState(String q, String category, String organ, Integer year, boolean windowOpen,
    SearchSort sort, int page) {
  public static final int MAX_PAGE = 50;

  /** Reads the query parameters leniently: a value that makes no sense is dropped, never an error page. */
  public static SearchState parse(String q, String category, String organ, String year, String window, String sort,
      String page) {
    Integer y = null;
    if (year != null && year.matches("[12][0-9]{3}")) {
      y = Integer.valueOf(year);
    }
    int p = 1;
    if (page != null && page.matches("[1-9][0-9]{0,3}")) {
      p = Math.min(Integer.parseInt(page), MAX_PAGE);
    }
    String text = q == null ? "" : q.strip();
    SearchSort s = "date".equals(sort) ? SearchSort.DATE : "relevance".equals(sort) ? SearchSort.RELEVANCE
        : text.isEmpty() ? SearchSort.DATE : SearchSort.RELEVANCE;
    return new SearchState(text, blankToNull(category), blankToNull(organ), y, "open".equals(window), s, p);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() || s.length() > 64 ? null : s.strip();
  }

  public String url() {
    return Urls.query("/search", "q", q, "category", category, "organ", organ, "year",
        year == null ? null : year.toString(), "window", windowOpen ? "open" : null,
        "sort", sort == SearchSort.DATE ? "date" : "relevance", "page", page > 1 ? Integer.toString(page) : null);
  }

  public SearchState category(String c) {
    return new SearchState(q, c, organ, year, windowOpen, sort, 1);
  }

  public SearchState organ(String o) {
    return new SearchState(q, category, o, year, windowOpen, sort, 1);
  }

  public SearchState year(Integer y) {
    return new SearchState(q, category, organ, y, windowOpen, sort, 1);
  }

  public SearchState windowOpen(boolean open) {
    return new SearchState(q, category, organ, year, open, sort, 1);
  }

  public SearchState sort(SearchSort s) {
    return new SearchState(q, category, organ, year, windowOpen, s, 1);
  }

  public SearchState page(int p) {
    return new SearchState(q, category, organ, year, windowOpen, sort, p);
  }
}
