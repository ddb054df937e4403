package org.opendisclosure.portal.internal;

import java.util.List;
import java.util.Locale;
import org.opendisclosure.core.ContentHashes;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.history.PublicVersion;

/**
 * Whether a printed notice (its QR code names the SHA-256 of the printed content) is still the
 * current version, was corrected, or was withdrawn; the hash is that of the public content, the one
 * the transparency log records. Stateless and thread-safe.
 */
public final class PrintedCheck {
  /** What became of the printed version. */
  public enum Outcome {
    /** It is the version the public sees now. */
    CURRENT,
    /** A later correction replaced it; {@link Result#later()} lists the corrections. */
    CORRECTED,
    /** The item was withdrawn. */
    WITHDRAWN,
    /** No public version has this hash: the paper is not a notice this site published. */
    UNKNOWN
  }

  /**
   * The outcome, the printed version (null when unknown or withdrawn) and the versions published
   * after it.
   */
  public record Result(Outcome outcome, PublicVersion printed, List<PublicVersion> later) {}

  private PrintedCheck() {}

  /** Lower-case hex SHA-256 of the version's public content, or null for a redacted one. */
  public static String hash(PublicVersion v) {
    return v.revision().isRedacted() ? null : ContentHashes.hash(v.revision());
  }

  public static Result check(PublicHistory history, String printedHash) {
    if (history.withdrawal() != null) {
      return new Result(Outcome.WITHDRAWN, null, List.of());
    }
    String wanted = printedHash == null ? "" : printedHash.strip().toLowerCase(Locale.ROOT);
    List<PublicVersion> versions = history.versions();
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (wanted.equals(hash(versions.get(i)))) {
        List<PublicVersion> later = versions.subList(i + 1, versions.size());
        return new Result(later.isEmpty() ? Outcome.CURRENT : Outcome.CORRECTED, versions.get(i), List.copyOf(later));
      }
    }
    return new Result(Outcome.UNKNOWN, null, List.of());
  }
}
