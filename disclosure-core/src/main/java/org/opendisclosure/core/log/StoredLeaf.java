package org.opendisclosure.core.log;

import org.opendisclosure.core.model.ItemId;

/** A leaf as the store keeps it: its index, what it records, and the exact entry text. Immutable. */
public record StoredLeaf(long index, ItemId itemId, int revision, String event, String entry) {}
