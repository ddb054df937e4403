package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** Feedback received on an item (private to its organ's staff). Immutable. */
public record FeedbackView(
    @JsonPropertyDescription("Its number") long id,
    @JsonPropertyDescription("The item") String itemId,
    @JsonPropertyDescription("When") Instant receivedAt,
    @JsonPropertyDescription("The message") String body,
    @JsonPropertyDescription("How to reach the sender") String contact) {}
