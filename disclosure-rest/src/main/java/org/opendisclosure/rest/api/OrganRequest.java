package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A new organ under one the caller administers. Immutable. */
public record OrganRequest(
    @JsonPropertyDescription("Stable code") String code,
    @JsonPropertyDescription("Name") String name,
    @JsonPropertyDescription("DEPARTMENT, TOWNSHIP or VILLAGE") String level,
    @JsonPropertyDescription("The organ above it") String parentCode,
    @JsonPropertyDescription("How its index numbers are formed; default {organCode}/{yyyy}-{seq:05}") String indexPattern) {}
