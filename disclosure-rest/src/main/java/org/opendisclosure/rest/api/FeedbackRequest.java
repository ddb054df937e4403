package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** An objection or comment on a publicity notice while its window is open. Immutable. */
public record FeedbackRequest(
    @JsonPropertyDescription("The message, at most 2000 characters") String body,
    @JsonPropertyDescription("How to reach the sender, optional") String contact) {}
