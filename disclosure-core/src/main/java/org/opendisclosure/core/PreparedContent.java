package org.opendisclosure.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.html.SanitizedBody;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.payload.Payload;

/**
 * Content that passed the rules every revision must pass (title, payload of the category's kind
 * and its own validation, sanitised body), ready to become a revision. The one place those rules
 * live: drafts, revisions, corrections and archive imports all come through here. Immutable.
 */
record PreparedContent(String title, LocalDate formedOn, Payload payload, SanitizedBody body) {

  Revision revision(ItemId id, int number, Actor author, Instant at, String reason) {
    return new Revision(id, number, title, formedOn, payload, body.html(), body.text(), author, at, reason,
        ContentHashes.hash(title, formedOn, payload, body.html()));
  }

  /**
   * Checks that a new item names an organ and a known category; each problem is added to {@code
   * errors} ({@code organ}, {@code category}). Returns the category, empty when unknown.
   */
  static Optional<Category> checkNewItem(Core core, String organCode, String categoryCode, List<FieldError> errors) {
    Optional<Category> category = categoryCode == null ? Optional.empty() : core.catalogue().find(categoryCode);
    if (categoryCode == null) {
      errors.add(new FieldError("category", "is required"));
    } else if (category.isEmpty()) {
      errors.add(new FieldError("category", "unknown category: " + categoryCode));
    }
    if (organCode == null) {
      errors.add(new FieldError("organ", "is required"));
    }
    return category;
  }

  /**
   * Validates and sanitises {@code content} for {@code category} (null when unknown: the payload
   * is then checked on its own); each problem is added to {@code errors} with its path ({@code
   * title}, {@code payload.lines[3].amount}, …). A missing formed date becomes {@code defaultFormedOn}. Returns
   * null only when there is no content; use the result only when {@code errors} stayed empty.
   */
  static PreparedContent of(Core core, Content content, Category category, LocalDate defaultFormedOn,
      List<FieldError> errors) {
    if (content == null) {
      errors.add(new FieldError("content", "is required"));
      return null;
    }
    String title = content.title() == null ? null : content.title().strip();
    if (title == null || title.isEmpty()) {
      errors.add(new FieldError("title", "is required"));
    } else if (title.length() > Disclosures.MAX_TITLE) {
      errors.add(new FieldError("title", "must be at most " + Disclosures.MAX_TITLE + " characters"));
    }
    Payload payload = content.payload();
    if (payload == null) {
      errors.add(new FieldError("payload", "is required"));
    } else {
      if (category != null && payload.kind() != category.payload()) {
        errors.add(new FieldError("payload", "category " + category.code() + " takes a " + category.payload()
            + " payload, not " + payload.kind()));
      }
      for (FieldError e : payload.validate()) {
        errors.add(new FieldError("payload." + e.field(), e.message()));
      }
    }
    SanitizedBody body = null;
    try {
      body = core.sanitizer().sanitize(content.bodyHtml());
    } catch (ValidationException e) {
      errors.addAll(e.errors());
    }
    LocalDate formedOn = content.formedOn() != null ? content.formedOn() : defaultFormedOn;
    return new PreparedContent(title, formedOn, payload, body);
  }
}
