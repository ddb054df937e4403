package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.time.LocalDate;

/** An item as its staff see it: status, the working revision and the deadlines. Immutable. */
public record WorkingItem(
    @JsonPropertyDescription("The item id") String id,
    @JsonPropertyDescription("索引号") String indexNumber,
    @JsonPropertyDescription("The organ") OrganRef organ,
    @JsonPropertyDescription("The category") CategoryRef category,
    @JsonPropertyDescription("DRAFT, IN_REVIEW, APPROVED, SCHEDULED, PUBLISHED or WITHDRAWN") String status,
    @JsonPropertyDescription("The newest revision") int workingRevision,
    @JsonPropertyDescription("The public revision, 0 when none") int publishedRevision,
    @JsonPropertyDescription("Title of the working revision") String title,
    @JsonPropertyDescription("生成日期") LocalDate formedOn,
    @JsonPropertyDescription("The payload kind") String kind,
    @JsonPropertyDescription("The typed content, unmasked") Object payload,
    @JsonPropertyDescription("The body") String bodyHtml,
    @JsonPropertyDescription("Who wrote the working revision") String author,
    @JsonPropertyDescription("Why it was written") String reason,
    @JsonPropertyDescription("When the item was created") Instant createdAt,
    @JsonPropertyDescription("When it last changed") Instant updatedAt,
    @JsonPropertyDescription("When a scheduled publication is due") Instant publishAt,
    @JsonPropertyDescription("When it was first published") Instant publishedAt,
    @JsonPropertyDescription("The statutory publication deadline") DueView dueBy,
    @JsonPropertyDescription("The publicity window once published") WindowView window) {}
