package org.opendisclosure.bench.corpus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One generated disclosure: what an organ published, as plain values. The benchmarks turn it into
 * a search document or into a core draft; the Solr peer indexes the same fields. Immutable.
 *
 * @param index its position in the corpus (0-based)
 * @param id a 26-character Crockford base32 id in the core's format, unique in the corpus
 * @param indexNumber 索引号 ({@code organCode/yyyy-nnnnnn})
 * @param title the title as published
 * @param body the body as plain text, paragraphs separated by {@code \n}, 300 to 3,000 characters
 * @param documentNumber 文号 or project number, or null
 * @param formedOn when the information was formed (成文日期)
 * @param publishedAt when it was published, between mid-2016 and mid-2026
 * @param year the year the notice is about (a budget's fiscal year), else the publication year
 * @param amount the headline amount in 元 (budget total, contract amount), or null
 * @param windowStart first day of the publicity window (公示期), or null
 * @param windowEnd last day of the publicity window, or null
 * @param facts the structured content the text was written from
 */
public record Notice(
    int index,
    String id,
    String indexNumber,
    CorpusCategory category,
    CorpusOrgan organ,
    String title,
    String body,
    String documentNumber,
    LocalDate formedOn,
    Instant publishedAt,
    int year,
    BigDecimal amount,
    LocalDate windowStart,
    LocalDate windowEnd,
    Facts facts) {}
