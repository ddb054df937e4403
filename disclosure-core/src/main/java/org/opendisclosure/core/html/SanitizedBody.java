package org.opendisclosure.core.html;

import java.util.Objects;

/**
 * The result of {@link HtmlSanitizer#sanitize(String)}: body HTML (正文) that is safe to publish as
 * is, and its plain text for search indexing and text diffs. Immutable.
 *
 * @param html the sanitised body HTML, not pretty-printed, empty when there is no body
 * @param text the plain text of {@code html}: one line per block, table cells separated by a tab,
 *     lines joined by {@code \n}, no blank lines
 */
public record SanitizedBody(String html, String text) {
  /** The body of a notice without a body. */
  public static final SanitizedBody EMPTY = new SanitizedBody("", "");

  public SanitizedBody {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
  }
}
