package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A role on an organ and everything below it. Immutable. */
public record GrantView(
    @JsonPropertyDescription("The organ's code") String organ,
    @JsonPropertyDescription("EDITOR, REVIEWER, APPROVER, AUDITOR or ADMIN") String role) {}
