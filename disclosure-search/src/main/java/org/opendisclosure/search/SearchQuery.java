package org.opendisclosure.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.opendisclosure.core.ValidationException;

/**
 * A citizen's search: the text as typed plus filters, sort and page. Build it with {@link
 * #builder()}, which checks every argument as it is set and throws {@link ValidationException}
 * naming the field. Immutable and thread-safe.
 *
 * <p>The text understands words, {@code "exact phrases"}, {@code -exclusions} and {@code OR}
 * between words or phrases; everything else (wildcards, regular expressions, fuzzy marks,
 * parentheses) is read as plain text. Whole questions in everyday Chinese work as well as
 * keywords: question words and particles are dropped, not every word is required, and documents
 * matching more of the words rank higher.
 *
 * @param text the text as typed; empty lists everything that passes the filters, newest first
 * @param categories category codes; a document matches one of them or one of their subcategories
 * @param organs organ codes; a document matches one of them or one of their descendants
 * @param years the years (any of them)
 * @param publishedFrom first day of publication, inclusive, in Asia/Shanghai; or null
 * @param publishedTo last day of publication, inclusive, in Asia/Shanghai; or null
 * @param amountMin smallest amount in 元, inclusive; or null
 * @param amountMax largest amount in 元, inclusive; or null
 * @param windowOpen only publicity notices whose window is open today (公示中)
 * @param sort relevance or date
 * @param pageSize hits per page, 1 to {@link #MAX_PAGE_SIZE}
 * @param cursor the {@link SearchResults#nextCursor()} of the previous page, or null
 * @param facets whether to count hits per category, organ and year ({@link SearchResults#facets()});
 *     this visits every matching document, so ask only when the page shows the counts
 * @param exactTotal whether {@link SearchResults#totalHits()} must be exact however many documents
 *     match; otherwise hits are counted exactly up to {@link #EXACT_COUNT_UP_TO} and the total
 *     beyond that is a lower bound ({@link SearchResults#totalExact()} says which). With facets
 *     the total is always exact.
 * @param snippets whether hits carry highlighted title and body snippets (default yes); without
 *     them {@link SearchHit#titleSnippet()} and {@link SearchHit#bodySnippet()} are null
 */
public record SearchQuery(
    String text,
    Set<String> categories,
    Set<String> organs,
    Set<Integer> years,
    LocalDate publishedFrom,
    LocalDate publishedTo,
    BigDecimal amountMin,
    BigDecimal amountMax,
    boolean windowOpen,
    SearchSort sort,
    int pageSize,
    String cursor,
    boolean facets,
    boolean exactTotal,
    boolean snippets) {

  /** Longest text accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 200;
  /** Largest page. */
  public static final int MAX_PAGE_SIZE = 100;
  /** Most values of one filter. */
  public static final int MAX_FILTER_VALUES = 50;
  /**
   * Without {@code exactTotal} or {@code facets}, hits are counted exactly up to this many; past
   * it, counting stops and search skips documents that cannot reach the page (as Lucene's top-N
   * search and Solr's {@code minExactCount} do), so a common word costs what its page costs.
   */
  public static final int EXACT_COUNT_UP_TO = 1000;

  public SearchQuery {
    text = text == null ? "" : text;
    categories = Set.copyOf(categories == null ? Set.of() : categories);
    organs = Set.copyOf(organs == null ? Set.of() : organs);
    years = Set.copyOf(years == null ? Set.of() : years);
    sort = sort == null ? SearchSort.RELEVANCE : sort;
    Builder.checkText(text);
    Builder.checkCodes("categories", categories);
    Builder.checkCodes("organs", organs);
    Builder.checkYears(years);
    Builder.checkRange("publishedTo", publishedFrom, publishedTo);
    Builder.checkAmount("amountMin", amountMin);
    Builder.checkAmount("amountMax", amountMax);
    Builder.checkRange("amountMax", amountMin, amountMax);
    Builder.checkPageSize(pageSize);
    Builder.checkCursor(cursor);
  }

  /** A query for {@code text} with defaults for everything else (snippets; no facets; total exact up to 1,000). */
  public static SearchQuery of(String text) {
    return builder().text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This query asking for the page after the one that returned {@code cursor}. */
  public SearchQuery withCursor(String cursor) {
    return new SearchQuery(
        text, categories, organs, years, publishedFrom, publishedTo, amountMin, amountMax,
        windowOpen, sort, pageSize, cursor, facets, exactTotal, snippets);
  }

  /**
   * Collects and checks the parts of a {@link SearchQuery}; every setter throws {@link
   * ValidationException} naming its field at once. Not thread-safe.
   */
  public static final class Builder {
    private String text = "";
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<String> organs = new LinkedHashSet<>();
    private final Set<Integer> years = new LinkedHashSet<>();
    private LocalDate publishedFrom;
    private LocalDate publishedTo;
    private BigDecimal amountMin;
    private BigDecimal amountMax;
    private boolean windowOpen;
    private SearchSort sort = SearchSort.RELEVANCE;
    private int pageSize = 10;
    private String cursor;
    private boolean facets;
    private boolean exactTotal;
    private boolean snippets = true;

    private Builder() {}

    public Builder text(String text) {
      this.text = text == null ? "" : text;
      checkText(this.text);
      return this;
    }

    public Builder category(String code) {
      categories.add(code);
      checkCodes("categories", categories);
      return this;
    }

    public Builder organ(String code) {
      organs.add(code);
      checkCodes("organs", organs);
      return this;
    }

    public Builder year(int year) {
      years.add(year);
      checkYears(years);
      return this;
    }

    /** Publication dates, both inclusive, in Asia/Shanghai; either may be null (open-ended). */
    public Builder published(LocalDate from, LocalDate to) {
      checkRange("publishedTo", from, to);
      this.publishedFrom = from;
      this.publishedTo = to;
      return this;
    }

    /** Amounts in 元, both inclusive; either may be null (open-ended). */
    public Builder amount(BigDecimal min, BigDecimal max) {
      checkAmount("amountMin", min);
      checkAmount("amountMax", max);
      checkRange("amountMax", min, max);
      this.amountMin = min;
      this.amountMax = max;
      return this;
    }

    /** Only publicity notices whose window includes today (公示中). */
    public Builder windowOpen(boolean windowOpen) {
      this.windowOpen = windowOpen;
      return this;
    }

    public Builder sort(SearchSort sort) {
      if (sort == null) {
        throw ValidationException.of("sort", "is required");
      }
      this.sort = sort;
      return this;
    }

    public Builder pageSize(int pageSize) {
      checkPageSize(pageSize);
      this.pageSize = pageSize;
      return this;
    }

    public Builder cursor(String cursor) {
      checkCursor(cursor);
      this.cursor = cursor;
      return this;
    }

    /** Count hits per category, organ and year (default: no; it costs a pass over every hit). */
    public Builder facets(boolean facets) {
      this.facets = facets;
      return this;
    }

    /** Count every hit exactly (default: exactly up to {@link #EXACT_COUNT_UP_TO}, then "at least"). */
    public Builder exactTotal(boolean exactTotal) {
      this.exactTotal = exactTotal;
      return this;
    }

    /** Highlighted title and body snippets in every hit (default: yes). */
    public Builder snippets(boolean snippets) {
      this.snippets = snippets;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(
          text, categories, organs, years, publishedFrom, publishedTo, amountMin, amountMax,
          windowOpen, sort, pageSize, cursor, facets, exactTotal, snippets);
    }

    static void checkText(String text) {
      if (text.length() > MAX_TEXT_LENGTH) {
        throw ValidationException.of(
            "text", "must be at most " + MAX_TEXT_LENGTH + " characters; shorten the question");
      }
    }

    static void checkCodes(String field, Set<String> codes) {
      if (codes.size() > MAX_FILTER_VALUES) {
        throw ValidationException.of(field, "at most " + MAX_FILTER_VALUES + " values");
      }
      for (String code : codes) {
        if (code == null || code.isBlank() || code.length() > 64) {
          throw ValidationException.of(field, "every code must be 1–64 characters");
        }
      }
    }

    static void checkYears(Set<Integer> years) {
      if (years.size() > MAX_FILTER_VALUES) {
        throw ValidationException.of("years", "at most " + MAX_FILTER_VALUES + " values");
      }
      for (Integer year : years) {
        if (year == null || year < 1900 || year > 2999) {
          throw ValidationException.of("years", "every year must be between 1900 and 2999");
        }
      }
    }

    static <T extends Comparable<? super T>> void checkRange(String field, T from, T to) {
      if (from != null && to != null && to.compareTo(from) < 0) {
        throw ValidationException.of(field, "must not be before the start of the range");
      }
    }

    static void checkAmount(String field, BigDecimal amount) {
      if (amount != null && (amount.signum() < 0 || amount.compareTo(SearchDocument.MAX_AMOUNT) > 0)) {
        throw ValidationException.of(field, "must be between 0 and " + SearchDocument.MAX_AMOUNT);
      }
    }

    static void checkPageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw ValidationException.of("pageSize", "must be between 1 and " + MAX_PAGE_SIZE);
      }
    }

    static void checkCursor(String cursor) {
      if (cursor != null && (cursor.isEmpty() || cursor.length() > 512)) {
        throw ValidationException.of("cursor", "is not a cursor this service returned");
      }
    }
  }
}
