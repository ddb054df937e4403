package org.opendisclosure.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publicity window (公示期): open from {@code start} through {@code end} inclusive, while the
 * public may object. {@code provisional} when the end was computed through a year whose holidays
 * are not loaded yet. {@code closedRecorded} once the scheduler has recorded the close. Immutable.
 */
public record PublicityWindow(LocalDate start, LocalDate end, boolean provisional, boolean closedRecorded) {
  public PublicityWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** The window's state on {@code today} (a local date in Asia/Shanghai). */
  public WindowState state(LocalDate today) {
    if (today.isBefore(start)) {
      return WindowState.NOT_STARTED;
    }
    return today.isAfter(end) ? WindowState.CLOSED : WindowState.OPEN;
  }

  /** 未开始 / 公示中 / 公示期满. */
  public enum WindowState {
    NOT_STARTED,
    OPEN,
    CLOSED
  }
}
