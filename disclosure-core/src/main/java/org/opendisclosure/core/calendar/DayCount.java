package org.opendisclosure.core.calendar;

/**
 * How a statutory period counts: "N个工作日" counts working days, "N日/天" calendar days. See
 * {@link WorkingDayCalendar#end}. Thread-safe (an enum).
 */
public enum DayCount {
  WORKING_DAYS,
  CALENDAR_DAYS
}
