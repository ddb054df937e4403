package org.opendisclosure.core.model;

/** The kinds of audit-trail events. */
public enum EventType {
  CREATED,
  REVISED,
  SUBMITTED,
  RETURNED,
  APPROVED,
  AUDIT_RECORDED,
  SCHEDULED,
  PUBLISHED,
  CORRECTED,
  WITHDRAWN,
  REDACTED
}
