package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One search hit; snippets are HTML with the matched words in {@code <mark>}. Immutable. */
public record SearchHitView(
    @JsonPropertyDescription("The item id") String id,
    @JsonPropertyDescription("The indexed (published) revision") int revision,
    @JsonPropertyDescription("The title, plain text") String title,
    @JsonPropertyDescription("The title as HTML with the matches marked") String titleSnippet,
    @JsonPropertyDescription("Passages of the body as HTML with the matches marked") String bodySnippet,
    @JsonPropertyDescription("Relevance score (0 when sorted by date)") float score,
    @JsonPropertyDescription("When the item was published") Instant publishedAt,
    @JsonPropertyDescription("索引号") String indexNumber,
    @JsonPropertyDescription("文号, if any") String documentNumber,
    @JsonPropertyDescription("The publishing organ") OrganRef organ,
    @JsonPropertyDescription("The catalogue category") CategoryRef category,
    @JsonPropertyDescription("The year the item is about") int year,
    @JsonPropertyDescription("An amount in 元 (a budget total, a contract amount), if any") BigDecimal amount,
    @JsonPropertyDescription("The publicity window's first day, if any") LocalDate windowStart,
    @JsonPropertyDescription("The publicity window's last day, if any") LocalDate windowEnd) {}
