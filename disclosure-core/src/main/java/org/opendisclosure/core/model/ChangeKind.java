package org.opendisclosure.core.model;

/** What a change-feed row records. */
public enum ChangeKind {
  CREATED,
  REVISED,
  STATUS_CHANGED,
  PUBLISHED,
  CORRECTED,
  WITHDRAWN,
  REDACTED,
  WINDOW_CLOSED
}
