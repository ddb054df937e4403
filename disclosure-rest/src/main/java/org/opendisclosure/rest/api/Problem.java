package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * An error as {@code application/problem+json} (RFC 9457): a stable {@code type}, a short {@code title}, the
 * HTTP {@code status}, a {@code detail} for people, and for validation errors every bad field.
 * {@code incident} names the log entry of an unexpected error. Immutable.
 */
public record Problem(
    @JsonPropertyDescription("A stable URI naming the kind of problem") String type,
    @JsonPropertyDescription("A short summary of the kind of problem") String title,
    @JsonPropertyDescription("The HTTP status code") int status,
    @JsonPropertyDescription("What went wrong this time") String detail,
    @JsonPropertyDescription("Every bad field, for validation errors") List<FieldProblem> errors,
    @JsonPropertyDescription("The id of the log entry of an unexpected error") String incident) {}
