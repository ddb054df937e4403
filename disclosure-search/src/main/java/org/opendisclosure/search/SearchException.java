package org.opendisclosure.search;

import org.opendisclosure.core.DisclosureException;

/** The index failed (disk full, corrupt files, closed); wraps Lucene's {@code IOException}.
 * Immutable once thrown.
 */
public class SearchException extends DisclosureException {
  private static final long serialVersionUID = 1L;

  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }

  public SearchException(String message) {
    super(message);
  }
}
