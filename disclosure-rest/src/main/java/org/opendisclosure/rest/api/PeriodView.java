package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A statutory period, e.g. 20 working days, counted from a trigger. Immutable. */
public record PeriodView(
    @JsonPropertyDescription("How many days") int amount,
    @JsonPropertyDescription("WORKING_DAYS or CALENDAR_DAYS") String count,
    @JsonPropertyDescription("What starts the period (deadlines only)") String trigger,
    @JsonPropertyDescription("The statute article") String source) {}
