package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** A new revision of a draft, or a correction of a published item, and why. Immutable. */
public record RevisionRequest(
    @JsonPropertyDescription("The title") String title,
    @JsonPropertyDescription("生成日期; today when absent") LocalDate formedOn,
    @JsonPropertyDescription("The typed content") JsonNode payload,
    @JsonPropertyDescription("The body") String bodyHtml,
    @JsonPropertyDescription("Why it changed; for a correction, the public correction note") String reason) {}
