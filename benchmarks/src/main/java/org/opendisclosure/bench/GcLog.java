package org.opendisclosure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses of a JVM's {@code -Xlog:gc} file (unified logging, JDK 9+), e.g.
 * {@code [2.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 61M->12M(128M) 3.456ms}.
 * Read before and after a measured window, the difference is what the window cost.
 *
 * @param lines lines read so far (where the next reading starts counting)
 * @param pauses stop-the-world pauses
 * @param fullPauses of which full collections
 * @param pauseMillis their total length
 * @param maxAfterMb the most heap in use after a pause (an upper bound of the live data), in MB
 */
record GcLog(int lines, int pauses, int fullPauses, double pauseMillis, int maxAfterMb) {
  private static final Pattern PAUSE = Pattern.compile("Pause (\\w+).*?(?:(\\d+)M->(\\d+)M\\((\\d+)M\\))?\\s+([\\d.]+)ms$");

  /** Everything in {@code file} so far (nothing if it does not exist yet). */
  static GcLog read(Path file) {
    return since(file, 0);
  }

  /** The pauses logged after the first {@code skip} lines of {@code file}. */
  static GcLog since(Path file, int skip) {
    List<String> all;
    try {
      all = Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(all.subList(Math.min(skip, all.size()), all.size()), all.size());
  }

  static GcLog of(List<String> lines, int total) {
    int pauses = 0;
    int full = 0;
    double millis = 0;
    int maxAfter = 0;
    for (String l : lines) {
      Matcher m = PAUSE.matcher(l);
      if (!m.find()) {
        continue;
      }
      pauses++;
      if (m.group(1).equals("Full")) {
        full++;
      }
      if (m.group(3) != null) {
        maxAfter = Math.max(maxAfter, Integer.parseInt(m.group(3)));
      }
      millis += Double.parseDouble(m.group(5));
    }
    return new GcLog(total, pauses, full, millis, maxAfter);
  }
}
