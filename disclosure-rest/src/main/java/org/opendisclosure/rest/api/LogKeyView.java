package org.opendisclosure.rest.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The transparency log's public key. Immutable. */
public record LogKeyView(
    @JsonPropertyDescription("The key name, also the checkpoint origin") String name,
    @JsonPropertyDescription("Base64 of the raw 32-byte Ed25519 public key") String publicKey,
    @JsonPropertyDescription("The C2SP verifier key: name+hash+base64(0x01 ‖ key)") String verifierKey) {}
