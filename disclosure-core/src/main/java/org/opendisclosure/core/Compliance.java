package org.opendisclosure.core;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.core.calendar.CalendarDate;
import org.opendisclosure.core.catalogue.Cadence;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.report.ComplianceReport;
import org.opendisclosure.core.store.StoreTransaction;
import org.opendisclosure.core.workflow.Obligation;

/**
 * Compliance with statutory deadlines and periodic duties, per organ and its descendants: what is
 * overdue, due soon, stale (older than its category's cadence with nothing newer), and which
 * periodic disclosures are missing or were late. Thread-safe.
 */
final class Compliance {
  static final int DUE_SOON_WORKING_DAYS = 5;
  private static final int PERIODS_BACK = 12;

  private final Core core;

  Compliance(Core core) {
    this.core = core;
  }

  ComplianceReport report(String organCode) {
    LocalDate today = core.today();
    return core.store().inTransaction(tx -> {
      tx.findOrgan(organCode).orElseThrow(() -> ValidationException.of("organ", "unknown organ: " + organCode));
      List<String> organs = selfAndDescendants(tx, organCode);
      List<Item> items = tx.itemsOfOrgans(organs);
      LocalDate soon = core.calendar().plusWorkingDays(today, DUE_SOON_WORKING_DAYS).date();
      List<Item> overdue = new ArrayList<>();
      List<Item> dueSoon = new ArrayList<>();
      Map<String, Item> newestPublic = new HashMap<>();
      for (Item item : items) {
        if (item.publishedRevision() == 0 && item.dueBy() != null) {
          if (item.dueBy().date().isBefore(today)) {
            overdue.add(item);
          } else if (!item.dueBy().date().isAfter(soon)) {
            dueSoon.add(item);
          }
        }
        if (item.isPublic()) {
          newestPublic.merge(item.organCode() + "|" + item.categoryCode(), item,
              (a, b) -> a.publishedAt().isAfter(b.publishedAt()) ? a : b);
        }
      }
      List<Item> stale = new ArrayList<>();
      for (Item item : newestPublic.values()) {
        Cadence cadence = core.catalogue().find(item.categoryCode()).map(Category::cadence).orElse(Cadence.NONE);
        LocalDate published = LocalDate.ofInstant(item.publishedAt(), Disclosures.ZONE);
        if (cadence != Cadence.NONE && !next(cadence, published).isAfter(today.minusDays(1))) {
          stale.add(item);
        }
      }
      stale.sort(Comparator.comparing(Item::id));
      List<ComplianceReport.PeriodicGap> periodic = new ArrayList<>();
      for (Obligation o : tx.obligations(organs)) {
        periodic.addAll(gaps(o, items, today));
      }
      return new ComplianceReport(organCode, today, overdue, dueSoon, stale, periodic);
    });
  }

  /** For each of the last periods whose due date has passed: missing or late publications. */
  private List<ComplianceReport.PeriodicGap> gaps(Obligation o, List<Item> items, LocalDate today) {
    List<ComplianceReport.PeriodicGap> out = new ArrayList<>();
    LocalDate start = periodStart(o.cadence(), today);
    for (int i = 0; i < PERIODS_BACK; i++) {
      LocalDate end = next(o.cadence(), start);
      CalendarDate due = core.calendar().end(start, o.grace());
      if (!due.date().isAfter(today)) {
        LocalDate first = null;
        for (Item item : items) {
          if (item.organCode().equals(o.organCode()) && item.categoryCode().equals(o.categoryCode())
              && item.publishedAt() != null) {
            LocalDate on = LocalDate.ofInstant(item.publishedAt(), Disclosures.ZONE);
            if (!on.isBefore(start) && on.isBefore(end) && (first == null || on.isBefore(first))) {
              first = on;
            }
          }
        }
        if (first == null || first.isAfter(due.date())) {
          out.add(new ComplianceReport.PeriodicGap(o.organCode(), o.categoryCode(), start, due, first != null, first));
        }
      }
      start = previous(o.cadence(), start);
    }
    return out;
  }

  static LocalDate periodStart(Cadence cadence, LocalDate day) {
    return switch (cadence) {
      case MONTHLY -> day.withDayOfMonth(1);
      case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
      case YEARLY -> day.withDayOfYear(1);
      case NONE -> throw new IllegalArgumentException("no periods without a cadence");
    };
  }

  static LocalDate next(Cadence cadence, LocalDate day) {
    return switch (cadence) {
      case MONTHLY -> day.plusMonths(1);
      case QUARTERLY -> day.plusMonths(3);
      case YEARLY -> day.plusYears(1);
      case NONE -> throw new IllegalArgumentException("no periods without a cadence");
    };
  }

  private static LocalDate previous(Cadence cadence, LocalDate day) {
    return switch (cadence) {
      case MONTHLY -> day.minusMonths(1);
      case QUARTERLY -> day.minusMonths(3);
      case YEARLY -> day.minusYears(1);
      case NONE -> throw new IllegalArgumentException("no periods without a cadence");
    };
  }

  static List<String> selfAndDescendants(StoreTransaction tx, String organCode) {
    List<Organ> all = tx.organs();
    List<String> out = new ArrayList<>(List.of(organCode));
    for (int i = 0; i < out.size(); i++) {
      String parent = out.get(i);
      for (Organ o : all) {
        if (parent.equals(o.parentCode())) {
          out.add(o.code());
        }
      }
    }
    return out;
  }
}
