package org.opendisclosure.core.model;

/** An item together with one of its revisions (the working or the published one). Immutable. */
public record ItemView(Item item, Revision revision) {
  public ItemId id() {
    return item.id();
  }
}
