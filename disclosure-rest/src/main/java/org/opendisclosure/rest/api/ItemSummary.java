package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.time.LocalDate;

/** One published item in a listing. Immutable. */
public record ItemSummary(
    @JsonPropertyDescription("The item id") String id,
    @JsonPropertyDescription("索引号") String indexNumber,
    @JsonPropertyDescription("The published title") String title,
    @JsonPropertyDescription("The publishing organ") OrganRef organ,
    @JsonPropertyDescription("The catalogue category") CategoryRef category,
    @JsonPropertyDescription("生成日期: when the information was formed or changed") LocalDate formedOn,
    @JsonPropertyDescription("When the item was first published") Instant publishedAt,
    @JsonPropertyDescription("The published revision number") int revision,
    @JsonPropertyDescription("The publicity window, for notices") WindowView window) {}
