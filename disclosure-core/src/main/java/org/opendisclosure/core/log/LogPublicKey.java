package org.opendisclosure.core.log;

/** The log's public key: its name (also the checkpoint origin) and the raw 32-byte Ed25519 key. */
public record LogPublicKey(String name, byte[] raw) {
  public LogPublicKey {
    raw = raw.clone();
  }

  @Override
  public byte[] raw() {
    return raw.clone();
  }

  /** The C2SP verifier key: {@code name+hash+base64(0x01 ‖ key)}. */
  public String verifierKey() {
    return SignedNotes.verifierKey(name, raw);
  }
}
