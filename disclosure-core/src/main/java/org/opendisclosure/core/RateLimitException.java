package org.opendisclosure.core;

/** A client sent more than the configured amount in a period; nothing was stored. */
public class RateLimitException extends DisclosureException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(String message) {
    super(message);
  }
}
