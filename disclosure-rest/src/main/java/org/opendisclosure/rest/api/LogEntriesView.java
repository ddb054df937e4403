package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Leaves {@code [start, end)} of the log, each base64 of its exact bytes. Immutable. */
public record LogEntriesView(
    @JsonPropertyDescription("Index of the first leaf") long start,
    @JsonPropertyDescription("Index after the last leaf") long end,
    @JsonPropertyDescription("Base64 of each leaf's bytes (canonical JSON)") List<String> entries) {}
