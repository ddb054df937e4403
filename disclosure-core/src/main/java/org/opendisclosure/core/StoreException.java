package org.opendisclosure.core;

/** The store failed (database unreachable, constraint broken by another writer, ...). */
public class StoreException extends DisclosureException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
