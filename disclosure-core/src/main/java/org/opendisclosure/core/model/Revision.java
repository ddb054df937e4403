package org.opendisclosure.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.opendisclosure.core.payload.Payload;

/**
 * One append-only version of an item's content, with who made it, when and why. Revision numbers
 * start at 1 and each names its predecessor implicitly ({@code number - 1}). Immutable.
 *
 * @param formedOn the date the information was formed or changed (生成日期), which starts the
 *     disclosure deadline
 * @param bodyHtml sanitised HTML of the body
 * @param bodyText plain text of the body, for search and diffs
 * @param contentHash SHA-256 (hex) of the canonical content: title, formedOn, payload and body
 * @param redaction null, or the tombstone of a redaction: the content is blanked, the hash kept
 */
public record Revision(
    ItemId itemId,
    int number,
    String title,
    LocalDate formedOn,
    Payload payload,
    String bodyHtml,
    String bodyText,
    Actor author,
    Instant createdAt,
    String reason,
    String contentHash,
    Redaction redaction) {

  public Revision {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(formedOn, "formedOn");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    Objects.requireNonNull(bodyText, "bodyText");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(contentHash, "contentHash");
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1");
    }
  }

  public boolean isRedacted() {
    return redaction != null;
  }

  /** A new revision, not redacted. */
  public Revision(ItemId itemId, int number, String title, LocalDate formedOn, Payload payload, String bodyHtml,
      String bodyText, Actor author, Instant createdAt, String reason, String contentHash) {
    this(itemId, number, title, formedOn, payload, bodyHtml, bodyText, author, createdAt, reason, contentHash, null);
  }

  /** The tombstone left where content that must never have been public was blanked. */
  public record Redaction(Actor by, Instant at, String reason) {}
}
