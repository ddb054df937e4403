package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/** A period of a periodic duty without a (timely) publication. Immutable. */
public record GapView(
    @JsonPropertyDescription("The organ") String organ,
    @JsonPropertyDescription("The category") String category,
    @JsonPropertyDescription("First day of the period") LocalDate periodStart,
    @JsonPropertyDescription("When it was due") DueView dueBy,
    @JsonPropertyDescription("Published, but late") boolean late,
    @JsonPropertyDescription("When it was published, if it was") LocalDate publishedOn) {}
