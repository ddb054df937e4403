package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** The tombstone of removed content: when and why (the content itself is gone). Immutable. */
public record RedactionView(
    @JsonPropertyDescription("When the content was removed") Instant at,
    @JsonPropertyDescription("Why") String reason) {}
