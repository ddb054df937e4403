package org.opendisclosure.core;

/** No item with that id (or, for a public view, no published item with that id). */
public class ItemNotFoundException extends DisclosureException {
  private static final long serialVersionUID = 1L;

  public ItemNotFoundException(String message) {
    super(message);
  }
}
