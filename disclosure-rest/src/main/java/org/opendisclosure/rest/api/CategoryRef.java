package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A catalogue category named in another resource. Immutable. */
public record CategoryRef(
    @JsonPropertyDescription("The category's code") String code,
    @JsonPropertyDescription("The category's name") String name) {}
