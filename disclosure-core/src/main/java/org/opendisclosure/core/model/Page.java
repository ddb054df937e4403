package org.opendisclosure.core.model;

import java.util.List;
import java.util.Optional;

/** One page of a listing and the opaque cursor of the next page, if there is one. Immutable. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
  public Page {
    items = List.copyOf(items);
  }
}
