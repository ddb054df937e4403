package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The words that go with a workflow action; which are required depends on the action. Immutable. */
public record ActionRequest(
    @JsonPropertyDescription("Review, return or approval comment (required to return)") String comment,
    @JsonPropertyDescription("Audit note (required to record an audit)") String note,
    @JsonPropertyDescription("The meeting a decision was deliberated in") String meeting,
    @JsonPropertyDescription("When that meeting was held") LocalDate heldOn,
    @JsonPropertyDescription("When to publish a scheduled item") Instant publishAt,
    @JsonPropertyDescription("Why an item is withdrawn or content redacted") String reason,
    @JsonPropertyDescription("The revision to redact") Integer revision,
    @JsonPropertyDescription("Privacy finding keys and the reason each may stand (approve)") Map<String, String> overrides) {}
