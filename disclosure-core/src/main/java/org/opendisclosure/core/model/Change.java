package org.opendisclosure.core.model;

import java.time.Instant;

/**
 * A row of the change feed: every committed mutation gets the next sequence number, gapless and in
 * commit order, so that derived views (the search index, feeds) can follow the store and catch
 * up after a crash. Immutable.
 */
public record Change(long sequence, ItemId itemId, int revision, ChangeKind kind, Instant at) {}
