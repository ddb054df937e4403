package org.opendisclosure.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.ItemId;

/**
 * What the index knows about one published item: the published revision flattened to plain text
 * plus the keys that filters and facets need. The index never reads the store; whoever maps the
 * store's published item views to documents builds these. Immutable and thread-safe.
 *
 * @param id the item
 * @param revision the published revision number (≥ 1)
 * @param indexNumber 索引号, e.g. {@code 11330100MB0000000X/2026-00017}
 * @param documentNumber 文号, e.g. {@code 国发〔2018〕43号}; null when the item has none
 * @param title the title as published
 * @param body the body as plain text (no HTML)
 * @param organCode the publishing organ (公开主体)
 * @param organName its name, for display
 * @param organAncestors the codes of the organ's ancestors, nearest first (a township's county)
 * @param categoryCode the catalogue category (主动公开目录), e.g. {@code three-public-expenses}
 * @param categoryName its name, for display
 * @param categoryAncestors the codes of the category's ancestors, nearest first
 * @param publishedAt when the revision was published
 * @param year the year the item is about (the fiscal year of a budget), else the year published
 * @param amount an amount in 元 (a budget total, a contract amount), at most 2 decimals; or null
 * @param windowStart first day of the publicity window (公示期), or null when the item has none
 * @param windowEnd last day of the publicity window, or null when the item has none
 */
public record SearchDocument(
    ItemId id,
    int revision,
    String indexNumber,
    String documentNumber,
    String title,
    String body,
    String organCode,
    String organName,
    List<String> organAncestors,
    String categoryCode,
    String categoryName,
    List<String> categoryAncestors,
    Instant publishedAt,
    int year,
    BigDecimal amount,
    LocalDate windowStart,
    LocalDate windowEnd) {

  /** Longest body indexed; longer bodies are refused rather than silently cut. */
  public static final int MAX_BODY_LENGTH = 2_000_000;

  /** Largest amount accepted: 10¹⁵ 元, well inside a long of fen. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

  public SearchDocument {
    List<FieldError> errors = new ArrayList<>();
    if (id == null) {
      errors.add(new FieldError("id", "is required"));
    }
    if (revision < 1) {
      errors.add(new FieldError("revision", "must be at least 1"));
    }
    requireText(errors, "indexNumber", indexNumber, 200);
    if (documentNumber != null && (documentNumber.isBlank() || documentNumber.length() > 200)) {
      errors.add(new FieldError("documentNumber", "must be null or 1–200 characters"));
    }
    requireText(errors, "title", title, 1000);
    if (body == null) {
      errors.add(new FieldError("body", "is required (may be empty)"));
    } else if (body.length() > MAX_BODY_LENGTH) {
      errors.add(new FieldError("body", "must be at most " + MAX_BODY_LENGTH + " characters"));
    }
    requireText(errors, "organCode", organCode, 64);
    requireText(errors, "organName", organName, 200);
    requireText(errors, "categoryCode", categoryCode, 64);
    requireText(errors, "categoryName", categoryName, 200);
    organAncestors = codes(errors, "organAncestors", organAncestors);
    categoryAncestors = codes(errors, "categoryAncestors", categoryAncestors);
    if (publishedAt == null) {
      errors.add(new FieldError("publishedAt", "is required"));
    }
    if (year < 1900 || year > 2999) {
      errors.add(new FieldError("year", "must be between 1900 and 2999"));
    }
    if (amount != null) {
      if (amount.signum() < 0) {
        errors.add(new FieldError("amount", "must not be negative"));
      } else if (amount.stripTrailingZeros().scale() > 2) {
        errors.add(new FieldError("amount", "must have at most 2 decimals (fen)"));
      } else if (amount.compareTo(MAX_AMOUNT) > 0) {
        errors.add(new FieldError("amount", "must be at most " + MAX_AMOUNT.toPlainString()));
      }
    }
    if ((windowStart == null) != (windowEnd == null)) {
      errors.add(new FieldError("windowEnd", "window start and end are given together or not at all"));
    } else if (windowStart != null && windowEnd.isBefore(windowStart)) {
      errors.add(new FieldError("windowEnd", "must not be before windowStart"));
    }
    ValidationException.throwIfAny(errors);
  }

  /** A builder for the many fields; {@link Builder#build()} validates them all at once. */
  public static Builder builder(ItemId id) {
    return new Builder(id);
  }

  private static void requireText(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    } else if (value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  private static List<String> codes(List<FieldError> errors, String field, List<String> codes) {
    if (codes == null) {
      return List.of();
    }
    for (String code : codes) {
      if (code == null || code.isBlank() || code.length() > 64) {
        errors.add(new FieldError(field, "every code must be 1–64 characters"));
        return List.of();
      }
    }
    return List.copyOf(codes);
  }

  /** Collects the fields of a {@link SearchDocument}. Not thread-safe; use one per document. */
  public static final class Builder {
    private final ItemId id;
    private int revision = 1;
    private String indexNumber;
    private String documentNumber;
    private String title;
    private String body = "";
    private String organCode;
    private String organName;
    private List<String> organAncestors = List.of();
    private String categoryCode;
    private String categoryName;
    private List<String> categoryAncestors = List.of();
    private Instant publishedAt;
    private int year;
    private BigDecimal amount;
    private LocalDate windowStart;
    private LocalDate windowEnd;

    private Builder(ItemId id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    public Builder revision(int revision) {
      this.revision = revision;
      return this;
    }

    public Builder indexNumber(String indexNumber) {
      this.indexNumber = indexNumber;
      return this;
    }

    public Builder documentNumber(String documentNumber) {
      this.documentNumber = documentNumber;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** The organ, its display name and its ancestors' codes, nearest first. */
    public Builder organ(String code, String name, List<String> ancestors) {
      this.organCode = code;
      this.organName = name;
      this.organAncestors = ancestors;
      return this;
    }

    /** The category, its display name and its ancestors' codes, nearest first. */
    public Builder category(String code, String name, List<String> ancestors) {
      this.categoryCode = code;
      this.categoryName = name;
      this.categoryAncestors = ancestors;
      return this;
    }

    public Builder publishedAt(Instant publishedAt) {
      this.publishedAt = publishedAt;
      return this;
    }

    public Builder year(int year) {
      this.year = year;
      return this;
    }

    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    public Builder window(LocalDate start, LocalDate end) {
      this.windowStart = start;
      this.windowEnd = end;
      return this;
    }

    public SearchDocument build() {
      return new SearchDocument(
          id, revision, indexNumber, documentNumber, title, body, organCode, organName,
          organAncestors, categoryCode, categoryName, categoryAncestors, publishedAt, year, amount,
          windowStart, windowEnd);
    }
  }
}
