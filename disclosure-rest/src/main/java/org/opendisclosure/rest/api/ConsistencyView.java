package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** RFC 9162 consistency proof between two tree sizes. Immutable. */
public record ConsistencyView(
    @JsonPropertyDescription("The smaller tree size") long first,
    @JsonPropertyDescription("The larger tree size") long second,
    @JsonPropertyDescription("Base64 hashes of the consistency proof") List<String> path) {}
