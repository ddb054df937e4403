package org.opendisclosure.core.history;

import java.util.List;
import org.opendisclosure.core.model.ItemId;

/**
 * What changed between revision {@code from} and revision {@code to} of an item: field-level
 * changes of the title, formed date and payload, and a line diff of the body text. Immutable.
 */
public record RevisionDiff(ItemId itemId, int from, int to, List<FieldChange> fields, List<TextChange> body) {
  public RevisionDiff {
    fields = List.copyOf(fields);
    body = List.copyOf(body);
  }

  /** Whether the body text differs. */
  public boolean bodyChanged() {
    return body.stream().anyMatch(c -> c.op() != TextChange.Op.KEPT);
  }
}
