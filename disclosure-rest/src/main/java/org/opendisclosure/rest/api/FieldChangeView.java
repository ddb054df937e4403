package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A field that differs between two public versions. Immutable. */
public record FieldChangeView(
    @JsonPropertyDescription("Path of the field, e.g. payload.amounts.total.amount") String path,
    @JsonPropertyDescription("The value before, or null") String before,
    @JsonPropertyDescription("The value after, or null") String after) {}
