package org.opendisclosure.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code concurrency} threads, each making its next call as soon as the last
 * one returned, timing every call. Timed runs warm up, then measure the calls that start in a
 * fixed window ({@link #timed}); counted runs make a fixed number of calls per worker and measure
 * them all ({@link #counted}, for tests). The HTTP driver ({@link HttpLoad}) and the in-process
 * peer of the HTTP suite both run on it, so their figures are computed the same way.
 */
public final class ClosedLoop {
  /**
   * Warm-up lasts until each worker has also made this many calls (but at most twice the warm-up
   * time): on a busy machine a few seconds can be too few calls for the JIT to compile the path
   * being measured, while a server thrashing in a small heap must not stretch the run.
   */
  static final int MIN_WARMUP_CALLS = 100;

  private ClosedLoop() {}

  /** One worker's calls, made on one thread; each worker gets its own (its own connection). */
  public interface Worker extends AutoCloseable {
    /**
     * Makes this worker's call number {@code i} (0, 1, 2, …) and returns the response bytes it
     * read; throws when the call failed.
     */
    long call(int i) throws Exception;

    @Override
    default void close() {}
  }

  /**
   * Runs {@code warmup} unmeasured (longer, up to twice that, until each worker made {@link
   * #MIN_WARMUP_CALLS} calls), then measures the calls started in the next {@code duration}.
   */
  public static LoadReport timed(int concurrency, IntFunction<Worker> workers, Duration warmup, Duration duration) {
    return timed(concurrency, workers, warmup, duration, () -> { });
  }

  /** As {@link #timed(int, IntFunction, Duration, Duration)}, running {@code atStart} as measuring starts. */
  public static LoadReport timed(int concurrency, IntFunction<Worker> workers, Duration warmup, Duration duration,
      Runnable atStart) {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be positive, was " + duration);
    }
    return run(concurrency, workers, warmup, duration, 0, atStart);
  }

  /** Makes exactly {@code callsPerWorker} calls on each worker and measures them all. */
  public static LoadReport counted(int concurrency, IntFunction<Worker> workers, int callsPerWorker) {
    if (callsPerWorker < 1) {
      throw new IllegalArgumentException("callsPerWorker must be at least 1, was " + callsPerWorker);
    }
    return run(concurrency, workers, Duration.ZERO, Duration.ZERO, callsPerWorker, () -> { });
  }

  private static LoadReport run(int concurrency, IntFunction<Worker> workers, Duration warmup, Duration duration,
      int callsPerWorker, Runnable atStart) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    Window window = new Window();
    boolean counted = callsPerWorker > 0;
    if (counted) {
      window.from = Long.MIN_VALUE;
    }
    Lane[] lanes = new Lane[concurrency];
    Thread[] threads = new Thread[concurrency];
    for (int w = 0; w < concurrency; w++) {
      lanes[w] = new Lane(workers.apply(w), window, callsPerWorker);
      threads[w] = new Thread(lanes[w], "load-" + w);
    }
    long from = System.nanoTime();
    for (Thread t : threads) {
      t.start();
    }
    long to = 0;
    try {
      if (!counted) {
        Thread.sleep(warmup.toMillis());
        long longest = System.nanoTime() + warmup.toNanos();
        while (!warmup.isZero() && Arrays.stream(lanes).anyMatch(l -> l.made < MIN_WARMUP_CALLS)
            && System.nanoTime() < longest) {
          Thread.sleep(10);
        }
        atStart.run();
        from = System.nanoTime();
        window.from = from;
        Thread.sleep(duration.toMillis());
        to = System.nanoTime();
        window.stop = true;
      }
      for (Thread t : threads) {
        t.join();
      }
      if (counted) {
        to = System.nanoTime();
      }
    } catch (InterruptedException e) {
      window.stop = true;
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long end = counted ? Long.MAX_VALUE : to;
    int n = 0;
    for (Lane l : lanes) {
      n += l.count;
    }
    long[] latencies = new long[n];
    int k = 0;
    long errors = 0;
    long bytes = 0;
    String firstError = null;
    for (Lane l : lanes) {
      for (int i = 0; i < l.count; i++) {
        if (l.starts[i] < end) {
          latencies[k++] = l.latencies[i];
          if (l.bytes[i] < 0) {
            errors++;
          } else {
            bytes += l.bytes[i];
          }
        }
      }
      if (firstError == null) {
        firstError = l.firstError;
      }
    }
    return LoadReport.of(concurrency, Arrays.copyOf(latencies, k), errors, (to - from) / 1e9, bytes, firstError);
  }

  /** When measuring starts and whether to stop; written by the driving thread, read by the lanes. */
  private static final class Window {
    volatile long from = Long.MAX_VALUE;
    volatile boolean stop;
  }

  /** One worker's thread: its calls' start times, latencies and bytes (−1 for a failure). */
  private static final class Lane implements Runnable {
    private final Worker worker;
    private final Window window;
    private final int limit;
    long[] starts = new long[4096];
    long[] latencies = new long[4096];
    long[] bytes = new long[4096];
    int count;
    volatile int made;
    String firstError;

    Lane(Worker worker, Window window, int limit) {
      this.worker = worker;
      this.window = window;
      this.limit = limit;
    }

    @Override
    public void run() {
      try (Worker w = worker) {
        for (int i = 0; limit > 0 ? i < limit : !window.stop; i++) {
          long start = System.nanoTime();
          long read;
          try {
            read = w.call(i);
          } catch (Exception e) {
            read = -1;
            if (firstError == null) {
              firstError = e.toString();
            }
          }
          long done = System.nanoTime();
          made = i + 1;
          if (start >= window.from) {
            record(start, done - start, read);
          }
          if (read < 0) {
            pause();
          }
        }
      }
    }

    private void record(long start, long latency, long read) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        latencies = Arrays.copyOf(latencies, count * 2);
        bytes = Arrays.copyOf(bytes, count * 2);
      }
      starts[count] = start;
      latencies[count] = latency;
      bytes[count] = read;
      count++;
    }

    /** After a failure, a millisecond's rest, so a server that is down is not hammered by a spinning loop. */
    private static void pause() {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
