package org.opendisclosure.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one disclosure (公开事项): where it belongs, its index number (索引号), its status and
 * which of its revisions is being worked on and which is public. Immutable.
 *
 * @param workingRevision the newest revision (the one editors and reviewers see)
 * @param publishedRevision the revision the public sees, or 0 when nothing is public
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
    Instant updatedAt) {

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
    return status == Status.PUBLISHED && publishedRevision > 0;
  }
}
