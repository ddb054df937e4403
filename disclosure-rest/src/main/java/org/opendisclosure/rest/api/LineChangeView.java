package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One line of a body-text diff. Immutable. */
public record LineChangeView(
    @JsonPropertyDescription("KEPT, REMOVED or ADDED") String op,
    @JsonPropertyDescription("The line") String line) {}
