package org.opendisclosure.bench;

import java.util.Collection;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The publishing suite: {@link PublishBenchmarks} on H2 (file) and on embedded PostgreSQL with
 * durable commits, on 1 and 4 threads, printed as items/s and workflow transactions/s.
 * {@code -Dbench.only} selects benchmarks, {@code -Dbench.iterations} measurement iterations of 5 s
 * (default 5) after 4 warm-up iterations of 5 s (H2 and the JIT need about 20 s to settle).
 */
public final class PublishSuite {
  private PublishSuite() {}

  public static void main(String[] args) throws Exception {
    String heap = System.getProperty("bench.heap", "1g");
    Options options = new OptionsBuilder()
        .include(PublishBenchmarks.class.getName() + "." + System.getProperty("bench.only", ".*"))
        .forks(1)
        .warmupIterations(Integer.getInteger("bench.warmups", 4))
        .warmupTime(TimeValue.seconds(5))
        .measurementIterations(Integer.getInteger("bench.iterations", 5))
        .measurementTime(TimeValue.seconds(5))
        .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap, "-Dbench.data=" + Corpora.dataFolder(), "-Dfile.encoding=UTF-8")
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> runs = new Runner(options).run();
    StringBuilder md = new StringBuilder(
        "Publishing end to end through Disclosures (create → submit → review → [audit] → [deliberation] → approve → "
            + "publish, one transaction each), HikariCP pool of 8.\n\n");
    md.append("| store | threads | items/s (± 99.9 %) | workflow transactions/s | target | ratio to target |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (RunResult run : runs) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      Result<?> items = run.getPrimaryResult();
      Result<?> tx = run.getSecondaryResults().get("transactions");
      boolean pg = name.startsWith("postgres");
      double target = pg ? 300 : 1000;
      md.append(String.format("| %s | %d | %.1f ± %.1f | %.0f ± %.0f | %.0f/s | %.2f× |%n",
          pg ? "PostgreSQL 14, fsync + synchronous_commit on" : "H2 2.5 file", run.getParams().getThreads(),
          items.getScore(), items.getScoreError(), tx.getScore(), tx.getScoreError(), target, tx.getScore() / target));
    }
    Results.publish("publish", md.toString());
  }
}
