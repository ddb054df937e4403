package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;

/** An account with its roles and its tokens (never the tokens themselves). Immutable. */
public record AccountView(
    @JsonPropertyDescription("The account id") String id,
    @JsonPropertyDescription("Display name") String name,
    @JsonPropertyDescription("When it was created") Instant createdAt,
    @JsonPropertyDescription("Its roles per organ") List<GrantView> grants,
    @JsonPropertyDescription("Its tokens") List<TokenView> tokens) {}
