package org.opendisclosure.core.log;

import java.time.Instant;

/**
 * A signed tree head: the tree size, its root hash (hex) and the C2SP signed note (a
 * tlog-checkpoint signed with Ed25519) as served at {@code /api/v1/log/checkpoint}. Immutable.
 */
public record SignedHead(long size, String rootHex, String note, Instant signedAt) {}
