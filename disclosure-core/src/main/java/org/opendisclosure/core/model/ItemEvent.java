package org.opendisclosure.core.model;

import java.time.Instant;

/**
 * One entry of an item's audit trail: who did what, when, from which status to which, on which
 * revision, with what comment. Immutable.
 */
public record ItemEvent(
    long id, ItemId itemId, EventType type, Status from, Status to, int revision, Actor actor, Instant at, String comment) {}
