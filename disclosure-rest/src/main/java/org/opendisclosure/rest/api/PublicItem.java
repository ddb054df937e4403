package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;

/** The published view of an item: what the public may see, masked where its category demands. Immutable. */
public record PublicItem(
    @JsonPropertyDescription("The item id") String id,
    @JsonPropertyDescription("索引号") String indexNumber,
    @JsonPropertyDescription("The published title") String title,
    @JsonPropertyDescription("The publishing organ") OrganRef organ,
    @JsonPropertyDescription("The catalogue category") CategoryRef category,
    @JsonPropertyDescription("The payload kind") String kind,
    @JsonPropertyDescription("生成日期") LocalDate formedOn,
    @JsonPropertyDescription("When the item was first published") Instant publishedAt,
    @JsonPropertyDescription("When the published revision was written") Instant revisedAt,
    @JsonPropertyDescription("The published revision number") int revision,
    @JsonPropertyDescription("Whether a correction was published") boolean corrected,
    @JsonPropertyDescription("The publicity window, for notices") WindowView window,
    @JsonPropertyDescription("The typed content; its shape depends on kind") Object payload,
    @JsonPropertyDescription("The sanitised body") String bodyHtml,
    @JsonPropertyDescription("Set when the content was removed because it must never have been public") RedactionView redaction,
    @JsonPropertyDescription("The canonical content (body, formedOn, kind, payload, title) whose SHA-256 the "
        + "transparency log records; recompute it to check the item against its proof")
    @JsonRawValue String content) {}
