package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/** A computed deadline; provisional when it passes through a year whose holidays are not loaded. Immutable. */
public record DueView(
    @JsonPropertyDescription("The last day") LocalDate date,
    @JsonPropertyDescription("Whether it may still move") boolean provisional) {}
