package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** One entry of an item's audit trail. Immutable. */
public record EventView(
    @JsonPropertyDescription("What happened") String type,
    @JsonPropertyDescription("Status before") String from,
    @JsonPropertyDescription("Status after") String to,
    @JsonPropertyDescription("The revision it concerned") int revision,
    @JsonPropertyDescription("Who") String actor,
    @JsonPropertyDescription("When") Instant at,
    @JsonPropertyDescription("Comment, reason or note") String comment) {}
