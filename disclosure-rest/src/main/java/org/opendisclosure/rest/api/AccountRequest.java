package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A new account: its id (the actor id that grants name) and display name. Immutable. */
public record AccountRequest(
    @JsonPropertyDescription("Lower-case letters, digits, '.', '_' or '-'") String id,
    @JsonPropertyDescription("Display name") String name) {}
