package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;

/** A new token: shown this once, stored only as a hash. Immutable. */
public record NewToken(
    @JsonPropertyDescription("The token id (to revoke it)") String id,
    @JsonPropertyDescription("The account it acts as") String account,
    @JsonPropertyDescription("The secret; send it as Authorization: Bearer <token>") String token,
    @JsonPropertyDescription("When it was created") Instant createdAt) {}
