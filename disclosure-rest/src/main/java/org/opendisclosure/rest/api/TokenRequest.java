package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** What a new token is for. Immutable. */
public record TokenRequest(
    @JsonPropertyDescription("A label to recognise it by") String label) {}
