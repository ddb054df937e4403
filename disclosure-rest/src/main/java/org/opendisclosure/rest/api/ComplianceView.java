package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/** An organ's standing against its duties today. Immutable. */
public record ComplianceView(
    @JsonPropertyDescription("The organ (with its descendants)") String organ,
    @JsonPropertyDescription("The day the report is for") LocalDate today,
    @JsonPropertyDescription("Items past their deadline and not published") List<ItemState> overdue,
    @JsonPropertyDescription("Items due within the next days") List<ItemState> dueSoon,
    @JsonPropertyDescription("Published items older than their category's cadence") List<ItemState> stale,
    @JsonPropertyDescription("Periodic disclosures missing or late") List<GapView> periodic) {}
