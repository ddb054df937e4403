package org.opendisclosure.core.catalogue;

import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.calendar.StatutoryPeriod;

/**
 * When an item of a category must be published: within {@code period} of {@code trigger}, as the
 * {@code source} (a statute article) says. Immutable.
 */
public record DeadlineRule(StatutoryPeriod period, DeadlineTrigger trigger, String source) {
  public DeadlineRule {
    if (period == null) {
      throw ValidationException.of("deadline.period", "is required");
    }
    if (trigger == null) {
      throw ValidationException.of("deadline.trigger", "is required");
    }
  }
}
