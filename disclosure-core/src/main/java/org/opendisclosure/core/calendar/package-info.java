/**
 * The working-day calendar (工作日历) and statutory period arithmetic: when a deadline falls due
 * and when a publicity window (公示期) closes.
 *
 * <p>Start at {@link org.opendisclosure.core.calendar.WorkingDayCalendar#chinaDefault()}; express
 * a rule as a {@link org.opendisclosure.core.calendar.StatutoryPeriod} and ask the calendar for
 * its {@link org.opendisclosure.core.calendar.WorkingDayCalendar#end end}. Results that depend on
 * a year whose holiday notice is not loaded are marked provisional.
 */
package org.opendisclosure.core.calendar;
