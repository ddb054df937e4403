package org.opendisclosure.core.history;

import java.time.Instant;
import org.opendisclosure.core.model.Revision;

/**
 * One version the public has seen: the revision as published (masked where the category demands),
 * when, whether it was the first publication or a correction with its public note, and what
 * changed against the previous public version ({@code null} for the first). A redacted revision
 * appears as its tombstone. Immutable.
 */
public record PublicVersion(Revision revision, Instant publishedAt, boolean correction, String note,
    RevisionDiff changes) {}
