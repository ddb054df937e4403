package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** A token's metadata. Immutable. */
public record TokenView(
    @JsonPropertyDescription("The token id") String id,
    @JsonPropertyDescription("Its label") String label,
    @JsonPropertyDescription("When it was created") Instant createdAt,
    @JsonPropertyDescription("When it was revoked, if it was") Instant revokedAt) {}
