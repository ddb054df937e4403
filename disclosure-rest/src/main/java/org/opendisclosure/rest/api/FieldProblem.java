package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One bad field of a request: its path ({@code payload.lines[3].amount}) and what is wrong. Immutable. */
public record FieldProblem(
    @JsonPropertyDescription("Path of the field from the root of the body or the parameter name") String field,
    @JsonPropertyDescription("What is wrong with it") String message) {}
