package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** Liveness and readiness: UP when the database (and the search index, when there is one) answer. Immutable. */
public record HealthView(
    @JsonPropertyDescription("UP or DOWN") String status,
    @JsonPropertyDescription("Each check and its state") Map<String, String> checks) {}
