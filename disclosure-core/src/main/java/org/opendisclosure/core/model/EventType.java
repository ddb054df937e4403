package org.opendisclosure.core.model;

/** The kinds of audit-trail events. */
public enum EventType {
  CREATED,
  REVISED,
  SUBMITTED,
  REVIEWED,
  DELIBERATION_RECORDED,
  RETURNED,
  APPROVED,
  AUDIT_RECORDED,
  SCHEDULED,
  PUBLISHED,
  /** Brought in as published from an earlier system ({@code Disclosures.importPublished}). */
  IMPORTED,
  CORRECTION_STARTED,
  CORRECTED,
  WINDOW_CLOSED,
  WITHDRAWN,
  REDACTED
}
