package org.opendisclosure.core;

/**
 * A mutation named a revision that is no longer the current one: someone else changed the item
 * first. Nothing was written; re-read the item and try again.
 */
public class StaleRevisionException extends DisclosureException {
  private static final long serialVersionUID = 1L;

  private final int expected;
  private final int actual;

  public StaleRevisionException(String itemId, int expected, int actual) {
    super("item " + itemId + " is at revision " + actual + ", not the expected " + expected);
    this.expected = expected;
    this.actual = actual;
  }

  public int expected() {
    return expected;
  }

  public int actual() {
    return actual;
  }
}
