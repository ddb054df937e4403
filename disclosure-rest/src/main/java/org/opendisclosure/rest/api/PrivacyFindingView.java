package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A finding of the confidentiality review on the working revision. Immutable. */
public record PrivacyFindingView(
    @JsonPropertyDescription("Names the finding in an approval's overrides") String key,
    @JsonPropertyDescription("Where it was found") String field,
    @JsonPropertyDescription("What was found") String type,
    @JsonPropertyDescription("Whether it blocks approval unless overridden") boolean blocking,
    @JsonPropertyDescription("The finding, masked") String excerpt) {}
