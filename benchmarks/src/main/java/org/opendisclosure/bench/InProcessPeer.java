package org.opendisclosure.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendisclosure.search.DisclosureIndex;

/**
 * The HTTP suite's in-process peer in its own JVM, with the REST server's heap and flags, so the
 * two differ only by HTTP (in a smoke run on the loaded shared machine, the same loop ran several
 * times slower in a JVM with {@code -Xms2g} than with {@code -Xmx256m}). It opens the data folder's index, runs {@link SearchLoad#inProcess}
 * on {@link ClosedLoop} at each concurrency and prints one {@code REPORT} line per run, which
 * {@link #run} reads back.
 */
public final class InProcessPeer {
  private static final String REPORT = "REPORT ";

  private InProcessPeer() {}

  /** Runs the peer in a fresh JVM with {@code -Xmx<heap>} and returns its report per concurrency. */
  static Map<Integer, LoadReport> run(Path index, String heap, List<Integer> levels, Duration jitWarmup,
      Duration warmup, Duration duration) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path"), InProcessPeer.class.getName(), index.toString(),
        Long.toString(jitWarmup.toMillis()), Long.toString(warmup.toMillis()), Long.toString(duration.toMillis())));
    levels.forEach(c -> command.add(Integer.toString(c)));
    Map<Integer, LoadReport> out = new LinkedHashMap<>();
    try {
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith(REPORT)) {
            LoadReport report = parse(line.substring(REPORT.length()));
            out.put(report.concurrency(), report);
          } else {
            System.out.println(line);
          }
        }
      }
      int exit = p.waitFor();
      if (exit != 0 || out.size() != levels.size()) {
        throw new IllegalStateException("the in-process peer exited with code " + exit + " after " + out.size()
            + " of " + levels.size() + " runs");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code java … InProcessPeer INDEX JIT_WARMUP_MS WARMUP_MS DURATION_MS CONCURRENCY...} */
  public static void main(String[] args) {
    Duration jitWarmup = Duration.ofMillis(Long.parseLong(args[1]));
    Duration warmup = Duration.ofMillis(Long.parseLong(args[2]));
    Duration duration = Duration.ofMillis(Long.parseLong(args[3]));
    List<String> texts = SearchLoad.texts();
    try (DisclosureIndex index = DisclosureIndex.open(Path.of(args[0]), Clock.systemUTC())) {
      SearchLoad.jitWarmup(jitWarmup, (c, w) -> ClosedLoop.timed(c, x -> SearchLoad.inProcess(index, texts, x), Duration.ZERO, w));
      for (int a = 4; a < args.length; a++) {
        int c = Integer.parseInt(args[a]);
        LoadReport r = ClosedLoop.timed(c, w -> SearchLoad.inProcess(index, texts, w), warmup, duration);
        System.out.println(REPORT + format(r));
      }
    }
  }

  /** One line with every figure of {@code r} (the first error left out). */
  static String format(LoadReport r) {
    return String.format(Locale.ROOT, "%d %d %d %.6f %.6f %.6f %.6f %.6f %d", r.concurrency(), r.calls(), r.errors(),
        r.seconds(), r.p50(), r.p90(), r.p99(), r.max(), r.bytes());
  }

  static LoadReport parse(String line) {
    String[] f = line.strip().split(" ");
    return new LoadReport(Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Double.parseDouble(f[3]),
        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
        Long.parseLong(f[8]), null);
  }
}
