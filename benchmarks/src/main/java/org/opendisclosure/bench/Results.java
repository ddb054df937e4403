package org.opendisclosure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Figures out of JMH results: for sampled latencies the median, the 99th percentile and the spread
 * of the per-iteration medians; for throughput the mean and its 99.9 % error. Also writes the
 * Markdown tables a suite prints into {@code target/benchmark-results}.
 */
public final class Results {
  private Results() {}

  /** One benchmark's figures, in milliseconds (latency) or operations per second (throughput). */
  public record Figure(double p50, double p99, double spreadLow, double spreadHigh, double score, double error, long samples) {}

  /** Figures by benchmark method name (the part after the last dot). */
  public static Map<String, Figure> of(Collection<RunResult> runs) {
    Map<String, Figure> out = new LinkedHashMap<>();
    for (RunResult run : runs) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      Statistics all = run.getAggregatedResult().getPrimaryResult().getStatistics();
      double toMillis = millisPer(run.getParams().getTimeUnit());
      double low = Double.MAX_VALUE;
      double high = 0;
      for (BenchmarkResult b : run.getBenchmarkResults()) {
        for (IterationResult it : b.getIterationResults()) {
          double median = it.getPrimaryResult().getStatistics().getPercentile(50) * toMillis;
          low = Math.min(low, median);
          high = Math.max(high, median);
        }
      }
      out.put(name, new Figure(all.getPercentile(50) * toMillis, all.getPercentile(99) * toMillis, low, high,
          all.getMean(), all.getMeanErrorAt(0.999), all.getN()));
    }
    return out;
  }

  private static double millisPer(java.util.concurrent.TimeUnit unit) {
    return unit.toNanos(1) / 1e6;
  }

  static String ms(double v) {
    return v >= 100 ? String.format("%.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
  }

  static String ratio(double ours, double peer) {
    return String.format("%.2f×", ours / peer);
  }

  /** Writes {@code markdown} to {@code target/benchmark-results/<suite>.md} and prints it. */
  public static void publish(String suite, String markdown) {
    System.out.println();
    System.out.println(markdown);
    Path out = Path.of("target", "benchmark-results", suite + ".md");
    try {
      Files.createDirectories(out.getParent());
      Files.writeString(out, markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
