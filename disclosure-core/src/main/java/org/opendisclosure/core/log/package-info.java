/**
 * The tamper-evident publication log (公开日志): an append-only RFC 9162 Merkle tree with one
 * leaf per public event, signed tree heads in the C2SP {@code tlog-checkpoint} and {@code
 * signed-note} formats, and a verifier that any citizen can run.
 *
 * <p>Everything here uses the JDK only, so that it can be checked without our libraries:
 *
 * <ul>
 *   <li>{@link org.opendisclosure.core.log.Merkle} hashes leaves and nodes, says which perfect
 *       subtrees to store on each append, and builds and verifies inclusion and consistency
 *       proofs from them in {@code O(log n)}; {@link org.opendisclosure.core.log.MemoryTree} keeps
 *       them in memory;
 *   <li>{@link org.opendisclosure.core.log.CanonicalJson} is the canonical JSON whose SHA-256 is
 *       a revision's content hash;
 *   <li>{@link org.opendisclosure.core.log.LeafEntry} is the leaf format;
 *   <li>{@link org.opendisclosure.core.log.Checkpoint}, {@link
 *       org.opendisclosure.core.log.SignedNotes} and {@link org.opendisclosure.core.log.LogKeys}
 *       make and check signed tree heads with Ed25519;
 *   <li>{@link org.opendisclosure.core.log.LogVerifier} is a single self-contained source file:
 *       {@code java LogVerifier.java item.json proof.json checkpoint.txt KEY_NAME BASE64_KEY}.
 * </ul>
 */
package org.opendisclosure.core.log;
