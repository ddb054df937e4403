package org.opendisclosure.core.log;

/**
 * A leaf as the store keeps it: its index, what it records (the item id, revision and event) and
 * the exact entry text. Immutable.
 */
public record StoredLeaf(long index, String itemId, int revision, String event, String entry) {}
