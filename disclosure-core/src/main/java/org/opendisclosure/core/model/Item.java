package org.opendisclosure.core.model;

import java.time.Instant;
import java.util.Objects;
import org.opendisclosure.core.calendar.CalendarDate;

/**
 * The state of one disclosure (公开事项): where it belongs, its index number (索引号), its status,
 * which of its revisions is being worked on and which is public, when it must be published by
 * and, for publicity notices, its window. Immutable.
 *
 * <p>A published item under correction (更正) has a status before {@link Status#PUBLISHED} (the
 * correction's own review state) and a {@code publishedRevision} greater than 0: the public keeps
 * seeing the published revision until the correction is approved.
 *
 * @param workingRevision the newest revision (the one editors and reviewers see)
 * @param publishedRevision the revision the public sees, or 0 when nothing was ever published
 * @param publishAt when a scheduled publication is due, or null
 * @param publishedAt when the item was first published, or null
 * @param dueBy the statutory publication deadline, or null when the category sets none
 * @param window the publicity window once published, or null
 */
public record Item(
    ItemId id,
    String organCode,
    String categoryCode,
    String indexNumber,
    Status status,
    int workingRevision,
    int publishedRevision,
    Instant createdAt,
    Instant updatedAt,
    Instant publishAt,
    Instant publishedAt,
    CalendarDate dueBy,
    PublicityWindow window) {

  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organCode, "organCode");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(indexNumber, "indexNumber");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (workingRevision < 1 || publishedRevision < 0 || publishedRevision > workingRevision) {
      throw new IllegalArgumentException("revisions out of order: working " + workingRevision
          + ", published " + publishedRevision);
    }
  }

  /** Whether the public can see a revision of this item. */
  public boolean isPublic() {
    return publishedRevision > 0 && status != Status.WITHDRAWN;
  }

  /** Whether a correction of the published revision is in progress. */
  public boolean isCorrecting() {
    return publishedRevision > 0 && status != Status.PUBLISHED && status != Status.WITHDRAWN;
  }

  public Item withStatus(Status next, Instant at) {
    return new Item(id, organCode, categoryCode, indexNumber, next, workingRevision, publishedRevision, createdAt, at,
        publishAt, publishedAt, dueBy, window);
  }

  public Item withWorkingRevision(int revision, CalendarDate due, Instant at) {
    return new Item(id, organCode, categoryCode, indexNumber, status, revision, publishedRevision, createdAt, at,
        publishAt, publishedAt, due, window);
  }

  public Item withPublishAt(Instant when, Instant at) {
    return new Item(id, organCode, categoryCode, indexNumber, status, workingRevision, publishedRevision, createdAt, at,
        when, publishedAt, dueBy, window);
  }

  /** Published: the working revision becomes the public one. */
  public Item published(Instant at, PublicityWindow newWindow) {
    return new Item(id, organCode, categoryCode, indexNumber, Status.PUBLISHED, workingRevision, workingRevision,
        createdAt, at, publishAt, publishedAt == null ? at : publishedAt, dueBy, newWindow);
  }

  public Item withWindow(PublicityWindow newWindow, Instant at) {
    return new Item(id, organCode, categoryCode, indexNumber, status, workingRevision, publishedRevision, createdAt, at,
        publishAt, publishedAt, dueBy, newWindow);
  }
}
