package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/** A publicity window (公示期): first and last day, its state today and whether the end may still move. Immutable. */
public record WindowView(
    @JsonPropertyDescription("First day of the window") LocalDate start,
    @JsonPropertyDescription("Last day of the window, inclusive") LocalDate end,
    @JsonPropertyDescription("NOT_STARTED, OPEN (公示中) or CLOSED (公示期满)") String state,
    @JsonPropertyDescription("Whether the end was computed through a year whose holidays are not loaded yet") boolean provisional) {}
