package org.opendisclosure.core.schedule;

import java.util.List;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;

/**
 * What one run of the scheduler did: the items it published, the publicity windows whose close it
 * recorded, and the items whose publication time has come but which are not approved (they are
 * reported, not published). Immutable.
 */
public record SchedulerRun(List<ItemId> published, List<ItemId> windowsClosed, List<Item> missed) {
  public SchedulerRun {
    published = List.copyOf(published);
    windowsClosed = List.copyOf(windowsClosed);
    missed = List.copyOf(missed);
  }
}
