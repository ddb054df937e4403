package org.opendisclosure.core;

/** The actor lacks the role an action needs on the item's organ. Nothing was written. */
public class AccessDeniedException extends DisclosureException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
