package org.opendisclosure.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.opendisclosure.core.model.ItemId;

/**
 * One hit. Snippets are HTML: the document's text is escaped and the matched words are wrapped
 * in {@code <mark>…</mark>}, so a page may insert them as they are. Immutable and thread-safe.
 *
 * @param id the item
 * @param revision the indexed (published) revision
 * @param title the title as published, plain text
 * @param titleSnippet the whole title as HTML with the matches marked; null when the query
 *     asked for no snippets ({@link SearchQuery#snippets()})
 * @param bodySnippet a few passages of the body as HTML with the matches marked (the start of
 *     the body when nothing in it matched); null when the query asked for no snippets
 * @param score the relevance score (0 when sorted by date)
 * @param publishedAt when the revision was published
 * @param indexNumber 索引号
 * @param documentNumber 文号, or null
 * @param organCode the publishing organ
 * @param organName its name
 * @param categoryCode the catalogue category
 * @param categoryName its name
 * @param year the year the item is about
 * @param amount the amount in 元, or null
 * @param windowStart the publicity window's first day, or null
 * @param windowEnd the publicity window's last day, or null
 */
public record SearchHit(
    ItemId id,
    int revision,
    String title,
    String titleSnippet,
    String bodySnippet,
    float score,
    Instant publishedAt,
    String indexNumber,
    String documentNumber,
    String organCode,
    String organName,
    String categoryCode,
    String categoryName,
    int year,
    BigDecimal amount,
    LocalDate windowStart,
    LocalDate windowEnd) {}
