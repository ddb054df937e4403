package org.opendisclosure.core.catalogue;

/** How often a category is expected to be refreshed; an item older than that is stale. */
public enum Cadence {
  NONE,
  MONTHLY,
  QUARTERLY,
  YEARLY
}
