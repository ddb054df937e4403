package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A category of the disclosure catalogue (主动公开目录) with its rules. Immutable. */
public record CategoryView(
    @JsonPropertyDescription("Stable code") String code,
    @JsonPropertyDescription("Name") String name,
    @JsonPropertyDescription("Enclosing category, or null") String parentCode,
    @JsonPropertyDescription("The payload kind its items carry") String payloadKind,
    @JsonPropertyDescription("The publication deadline") PeriodView deadline,
    @JsonPropertyDescription("The minimum publicity window, for notices") PeriodView window,
    @JsonPropertyDescription("Whether an audit must be recorded before approval") boolean auditBeforePublish,
    @JsonPropertyDescription("Whether a deliberation must be recorded before approval") boolean decision,
    @JsonPropertyDescription("STANDARD or HOUSEHOLD_LIST masking") String privacy,
    @JsonPropertyDescription("How often it is expected to be refreshed") String cadence,
    @JsonPropertyDescription("The legal basis") String legalBasis) {}
