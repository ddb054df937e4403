package org.opendisclosure.core;

/**
 * The one unchecked exception root of the library. Every failure a caller can see is a
 * {@code DisclosureException} or one of its named subclasses; {@code SQLException} and
 * {@code IOException} are wrapped at the module boundary.
 */
public class DisclosureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DisclosureException(String message) {
    super(message);
  }

  public DisclosureException(String message, Throwable cause) {
    super(message, cause);
  }
}
