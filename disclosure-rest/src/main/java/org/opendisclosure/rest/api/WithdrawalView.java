package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** 撤回: when and why an item was taken down. Immutable. */
public record WithdrawalView(
    @JsonPropertyDescription("When") Instant at,
    @JsonPropertyDescription("The public reason") String reason) {}
