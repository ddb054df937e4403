package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** Confirms that feedback was received; its content stays private. Immutable. */
public record FeedbackReceipt(
    @JsonPropertyDescription("The item") String itemId,
    @JsonPropertyDescription("When it was received") Instant receivedAt) {}
