package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The working-day calendar: the years whose holidays are loaded. Immutable. */
public record CalendarView(
    @JsonPropertyDescription("Years whose holiday notice is loaded") List<Integer> knownYears) {}
