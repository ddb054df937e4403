package org.opendisclosure.bench;

import java.util.Arrays;

/**
 * What one closed-loop run measured: calls completed and failed, over how long, and the latency
 * percentiles of the calls (failed ones included, so a fast error cannot improve them). Immutable.
 *
 * @param concurrency how many workers ran
 * @param calls calls started in the measured window
 * @param errors those of them that failed (an exception, a status other than 200, an empty body)
 * @param seconds length of the measured window
 * @param p50 median latency in milliseconds
 * @param p90 90th percentile in milliseconds
 * @param p99 99th percentile in milliseconds
 * @param max slowest call in milliseconds
 * @param bytes response body bytes read in the window (0 in process)
 * @param firstError the message of the first failure, or null
 */
public record LoadReport(int concurrency, long calls, long errors, double seconds, double p50, double p90, double p99,
    double max, long bytes, String firstError) {

  public LoadReport {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    if (calls < 0 || errors < 0 || errors > calls) {
      throw new IllegalArgumentException("errors must be between 0 and calls (" + calls + "), was " + errors);
    }
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("seconds must be positive, was " + seconds);
    }
  }

  /** The report of {@code latenciesNanos} (one per call, any order; the array is sorted in place). */
  public static LoadReport of(int concurrency, long[] latenciesNanos, long errors, double seconds, long bytes,
      String firstError) {
    Arrays.sort(latenciesNanos);
    return new LoadReport(concurrency, latenciesNanos.length, errors, seconds, millis(latenciesNanos, 50),
        millis(latenciesNanos, 90), millis(latenciesNanos, 99), millis(latenciesNanos, 100), bytes, firstError);
  }

  /**
   * The {@code p}-th percentile of {@code sorted} by nearest rank (the smallest value with at least
   * p % of the values at or below it), in milliseconds; 0 for no values.
   */
  static double millis(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** Successful calls per second. */
  public double perSecond() {
    return (calls - errors) / seconds;
  }

  /** Mean response body size in bytes. */
  public double bytesPerCall() {
    return calls == 0 ? 0 : (double) bytes / calls;
  }
}
