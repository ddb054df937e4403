package org.opendisclosure.core.privacy;

/** How a {@link Finding} affects the confidentiality review (保密审查). Thread-safe. */
public enum Severity {
  /** Publication must not go ahead until the text is masked or changed. */
  BLOCKING,
  /** Probably personal data or a marking; a reviewer looks before publication. */
  WARNING
}
