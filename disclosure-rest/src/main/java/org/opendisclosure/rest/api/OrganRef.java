package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** An organ named in another resource. Immutable. */
public record OrganRef(
    @JsonPropertyDescription("The organ's code") String code,
    @JsonPropertyDescription("The organ's name") String name) {}
