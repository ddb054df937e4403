package org.opendisclosure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own JVM (our REST server from its jar, or the bare endpoint), with a
 * chosen heap, {@code -XX:+ExitOnOutOfMemoryError} (an out-of-memory server dies instead of
 * limping on) and its garbage-collection log in a file; its output goes to a log file beside it.
 * {@link #awaitReady} polls a path until it answers 200 and returns the time since launch. Closing
 * it sends SIGTERM (the server's shutdown hook closes the index and the database) and waits.
 */
final class ServerProcess implements AutoCloseable {
  static final String HOST = "127.0.0.1";

  private final Process process;
  private final long launched;
  private final int port;
  private final Path gcLog;
  private final Path output;

  private ServerProcess(Process process, long launched, int port, Path gcLog, Path output) {
    this.process = process;
    this.launched = launched;
    this.port = port;
    this.gcLog = gcLog;
    this.output = output;
  }

  /** The REST server from {@code jar}: {@code java -Xmx<heap> … -jar jar serve --data data --port p}. */
  static ServerProcess rest(Path jar, Path data, String heap, Path logs) {
    int port = freePort();
    List<String> args = List.of("-jar", jar.toString(), "serve", "--data", data.toString(), "--port",
        Integer.toString(port));
    return launch("rest-" + heap, heap, args, port, logs);
  }

  /** The bare endpoint on this JVM's class path, answering {@code body}. */
  static ServerProcess bare(Path body, String heap, Path logs) {
    int port = freePort();
    List<String> args = List.of("-cp", System.getProperty("java.class.path"), BareEndpoint.class.getName(),
        Integer.toString(port), body.toString());
    return launch("bare-" + heap, heap, args, port, logs);
  }

  private static ServerProcess launch(String name, String heap, List<String> args, int port, Path logs) {
    try {
      Files.createDirectories(logs);
      Path gc = logs.resolve(name + "-gc.log");
      Path out = logs.resolve(name + ".log");
      Files.deleteIfExists(gc);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + heap);
      command.add("-XX:+ExitOnOutOfMemoryError");
      command.add("-Xlog:gc:file=" + gc);
      command.add("-Dfile.encoding=UTF-8");
      command.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.to(out.toFile()));
      Map<String, String> env = pb.environment();
      env.keySet().removeIf(k -> k.startsWith("OD_"));
      env.put("OD_HOST", HOST);
      long start = System.nanoTime();
      return new ServerProcess(pb.start(), start, port, gc, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  Path gcLog() {
    return gcLog;
  }

  boolean alive() {
    return process.isAlive();
  }

  /**
   * Polls {@code path} every 10 ms until it answers 200 and returns that response and the time
   * from launch; fails when the process exits first or {@code timeout} passes.
   */
  Ready awaitReady(String path, Duration timeout) {
    long deadline = launched + timeout.toNanos();
    try (HttpConnection c = new HttpConnection(HOST, port)) {
      while (true) {
        try {
          HttpConnection.Response r = c.get(path);
          if (r.status() == 200) {
            return new Ready(Duration.ofNanos(System.nanoTime() - launched), r.text());
          }
        } catch (IOException e) {
          // not listening yet
        }
        if (!process.isAlive()) {
          throw new IllegalStateException("exited with code " + process.exitValue() + " before " + path
              + " answered 200 (" + output.getFileName() + "): " + tail());
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(path + " did not answer 200 within " + timeout);
        }
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The first 200 of a readiness path: after how long, and its body. */
  record Ready(Duration after, String body) {}

  /** The last line of the server's output (for an error message: "Terminating due to java.lang.OutOfMemoryError…"). */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(output);
      return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1).strip();
    } catch (IOException e) {
      return "(no output)";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
