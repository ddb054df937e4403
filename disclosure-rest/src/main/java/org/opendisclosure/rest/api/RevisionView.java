package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** One revision of an item in its full history. Immutable. */
public record RevisionView(
    @JsonPropertyDescription("The revision number") int number,
    @JsonPropertyDescription("Its title") String title,
    @JsonPropertyDescription("Who wrote it") String author,
    @JsonPropertyDescription("When") Instant createdAt,
    @JsonPropertyDescription("Why") String reason,
    @JsonPropertyDescription("SHA-256 of its canonical content") String contentHash,
    @JsonPropertyDescription("Whether its content was removed") boolean redacted) {}
