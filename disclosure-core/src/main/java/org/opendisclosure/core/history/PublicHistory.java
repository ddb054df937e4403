package org.opendisclosure.core.history;

import java.time.Instant;
import java.util.List;
import org.opendisclosure.core.model.ItemId;

/**
 * What the public may know of an item's life: every published version with correction notes and
 * diffs, and, once withdrawn, the fact and reason of the withdrawal (the content itself is then no
 * longer shown). Immutable.
 */
public record PublicHistory(ItemId itemId, List<PublicVersion> versions, Withdrawal withdrawal) {
  public PublicHistory {
    versions = List.copyOf(versions);
  }

  /** 撤回: when and why. */
  public record Withdrawal(Instant at, String reason) {}
}
