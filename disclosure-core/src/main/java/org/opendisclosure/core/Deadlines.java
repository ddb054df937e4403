package org.opendisclosure.core;

import java.time.LocalDate;
import org.opendisclosure.core.calendar.CalendarDate;
import org.opendisclosure.core.calendar.WorkingDayCalendar;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.catalogue.DeadlineTrigger;
import org.opendisclosure.core.model.PublicityWindow;
import org.opendisclosure.core.payload.BudgetStatement;
import org.opendisclosure.core.payload.CadreAppointment;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.payload.ProcurementResult;

/** Statutory deadlines and publicity windows from a category's rules and an item's content. */
final class Deadlines {
  private Deadlines() {}

  /**
   * The date the deadline counts from: the payload's own date for the trigger where it has one
   * (a budget's approval, a procurement's determination or contract), else the formed date.
   */
  static LocalDate triggerDate(DeadlineTrigger trigger, Payload payload, LocalDate formedOn) {
    LocalDate own = switch (trigger) {
      case FORMED -> null;
      case APPROVED -> payload instanceof BudgetStatement b ? b.approvedOn() : null;
      case DETERMINED -> payload instanceof ProcurementResult p ? p.determinedOn() : null;
      case CONTRACT_SIGNED -> payload instanceof ProcurementResult p ? p.contractSignedOn() : null;
    };
    return own != null ? own : formedOn;
  }

  static CalendarDate dueBy(WorkingDayCalendar calendar, Category category, Payload payload, LocalDate formedOn) {
    LocalDate from = triggerDate(category.deadline().trigger(), payload, formedOn);
    return calendar.end(from, category.deadline().period());
  }

  /**
   * The window of a publicity notice published on {@code publishedOn}: it starts on the later of
   * that day and the start the notice names, and runs to the later of the statutory minimum and
   * the end the notice names (a notice may give more time, never less).
   */
  static PublicityWindow window(WorkingDayCalendar calendar, Category category, Payload payload,
      LocalDate publishedOn) {
    LocalDate start = publishedOn;
    LocalDate namedEnd = null;
    if (payload instanceof CadreAppointment c) {
      if (c.windowStart() != null && c.windowStart().isAfter(start)) {
        start = c.windowStart();
      }
      namedEnd = c.windowEnd();
    }
    CalendarDate minimum = calendar.end(start, category.window().period());
    LocalDate end = namedEnd != null && namedEnd.isAfter(minimum.date()) ? namedEnd : minimum.date();
    return new PublicityWindow(start, end, minimum.provisional(), false);
  }
}
