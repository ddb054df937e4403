package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** The latest signed tree head as JSON. Immutable. */
public record LogHeadView(
    @JsonPropertyDescription("The checkpoint origin") String origin,
    @JsonPropertyDescription("Number of leaves") long treeSize,
    @JsonPropertyDescription("Base64 of the RFC 9162 root hash") String rootHash,
    @JsonPropertyDescription("When the head was signed") Instant signedAt,
    @JsonPropertyDescription("The C2SP signed note, as served at /api/v1/log/checkpoint") String checkpoint) {}
