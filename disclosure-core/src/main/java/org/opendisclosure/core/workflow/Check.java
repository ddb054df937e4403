package org.opendisclosure.core.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.ItemId;

/**
 * A check recorded on one revision: a review pass, an audit, a deliberation (with {@code
 * reference} naming the meeting and {@code referenceDate} its date) or a privacy override (with
 * {@code reference} naming the finding). Immutable.
 */
public record Check(long id, ItemId itemId, int revision, CheckKind kind, Actor actor, Instant at, String reference,
    LocalDate referenceDate, String note) {}
