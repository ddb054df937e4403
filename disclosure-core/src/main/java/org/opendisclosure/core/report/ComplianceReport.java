package org.opendisclosure.core.report;

import java.time.LocalDate;
import java.util.List;
import org.opendisclosure.core.calendar.CalendarDate;
import org.opendisclosure.core.model.Item;

/**
 * An organ's (and its descendants') standing against its duties on {@code today}: items past
 * their deadline and not published, items due soon, published items older than their category's
 * refresh cadence with nothing newer, and periodic disclosures that are missing or were late.
 * Immutable.
 */
public record ComplianceReport(
    String organCode,
    LocalDate today,
    List<Item> overdue,
    List<Item> dueSoon,
    List<Item> stale,
    List<PeriodicGap> periodic) {

  public ComplianceReport {
    overdue = List.copyOf(overdue);
    dueSoon = List.copyOf(dueSoon);
    stale = List.copyOf(stale);
    periodic = List.copyOf(periodic);
  }

  /** One period of an obligation that has no publication ({@code late} false) or a late one. */
  public record PeriodicGap(String organCode, String categoryCode, LocalDate periodStart, CalendarDate dueBy,
      boolean late, LocalDate publishedOn) {}
}
