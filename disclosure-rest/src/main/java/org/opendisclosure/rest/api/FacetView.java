package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A facet value and how many matching items carry it. Immutable. */
public record FacetView(
    @JsonPropertyDescription("The value: a category or organ code, or a year") String value,
    @JsonPropertyDescription("Matching items with it") long count) {}
