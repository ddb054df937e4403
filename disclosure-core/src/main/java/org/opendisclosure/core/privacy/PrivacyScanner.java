package org.opendisclosure.core.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The detectors of the confidentiality review (保密审查, 条例 art.17; 保守国家秘密法 art.35): ID
 * numbers, mobile numbers, bank cards and classification markings in free text.
 *
 * <pre>{@code
 * List<Finding> findings = PrivacyScanner.standard().scan("联系电话：138-1234-5678");
 * // [Finding[type=MOBILE, severity=BLOCKING, start=5, end=18, excerpt=138-****-5678]]
 * }</pre>
 *
 * <p>Numbers are matched only as whole runs of letters and digits (see the package
 * documentation), so credit codes, index numbers, 文号, dates, amounts and landlines do not
 * match. A valid 统一社会信用代码 is not flagged. Every finding carries a masked excerpt, never
 * the raw value. Scanning is linear in the length of the text.
 *
 * <p>Immutable and thread-safe. The clock is used only to decide whether a birth date lies in
 * the future; dates are taken in {@code Asia/Shanghai}.
 */
public final class PrivacyScanner {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end);

  private final Clock clock;

  private PrivacyScanner(Clock clock) {
    this.clock = clock;
  }

  /** All detectors, with the system clock. */
  public static PrivacyScanner standard() {
    return new PrivacyScanner(Clock.system(CHINA));
  }

  /** All detectors, with {@code clock} deciding what "today" is for birth dates. */
  public static PrivacyScanner standard(Clock clock) {
    return new PrivacyScanner(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Every finding in {@code text}, ordered by position; an empty list for null or empty text.
   * Findings do not overlap.
   */
  public List<Finding> scan(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    NumberDetector.detect(text, LocalDate.ofInstant(clock.instant(), CHINA), out);
    SecrecyMarkers.detect(text, out);
    out.sort(BY_POSITION);
    return List.copyOf(out);
  }
}
