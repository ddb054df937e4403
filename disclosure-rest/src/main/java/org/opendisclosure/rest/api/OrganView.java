package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A disclosing body (公开主体). Immutable. */
public record OrganView(
    @JsonPropertyDescription("Stable code, usually its 统一社会信用代码") String code,
    @JsonPropertyDescription("Name") String name,
    @JsonPropertyDescription("COUNTY, DEPARTMENT, TOWNSHIP or VILLAGE") String level,
    @JsonPropertyDescription("The organ above it, or null for a county") String parentCode) {}
