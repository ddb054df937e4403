package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** Where an item stands after an action. Immutable. */
public record ItemState(
    @JsonPropertyDescription("The item id") String id,
    @JsonPropertyDescription("Its status") String status,
    @JsonPropertyDescription("The newest revision (the ETag names it)") int workingRevision,
    @JsonPropertyDescription("The public revision, 0 when none") int publishedRevision,
    @JsonPropertyDescription("When a scheduled publication is due") Instant publishAt,
    @JsonPropertyDescription("When it was first published") Instant publishedAt,
    @JsonPropertyDescription("The publicity window once published") WindowView window) {}
