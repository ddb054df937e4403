package org.opendisclosure.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.core.Disclosures;

/**
 * Publishing end to end: each operation takes the next notice of the corpus through the whole
 * workflow with {@link Publisher} (5 to 6 transactions, each with its revision or check, audit
 * event and change-feed row). The primary figure is items per second; the {@code transactions}
 * counter gives workflow transactions per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PublishBenchmarks {
  private static final Corpus CORPUS = Corpus.of(Corpus.DEFAULT_SEED, 1_000_000);

  /** A store, its facade and the next notice to publish. */
  public abstract static class Store {
    Disclosures disclosures;
    Publisher publisher;
    HikariDataSource dataSource;
    final AtomicInteger next = new AtomicInteger();

    void start(HikariDataSource ds) {
      dataSource = ds;
      disclosures = Disclosures.builder().dataSource(ds).build();
      Drafts.setUp(disclosures);
      publisher = new Publisher(disclosures);
    }

    int publish() {
      Notice n = CORPUS.notice(next.getAndIncrement());
      return publisher.publish(n);
    }
  }

  /** H2 in a file. */
  @State(Scope.Benchmark)
  public static class H2 extends Store {
    @Setup(Level.Trial)
    public void open() {
      start(Databases.h2(Corpora.dataFolder().resolve("publish-h2"), 8));
    }

    @TearDown(Level.Trial)
    public void close() {
      dataSource.close();
    }
  }

  /** Embedded PostgreSQL with durable commits. */
  @State(Scope.Benchmark)
  public static class Postgres extends Store {
    EmbeddedPostgres server;

    @Setup(Level.Trial)
    public void open() {
      server = Databases.postgres(Corpora.dataFolder().resolve("publish-pg"));
      start(Databases.pooled(server, 8));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      dataSource.close();
      server.close();
    }
  }

  /** Workflow transactions and items done, per thread; JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Done {
    public long transactions;
  }

  @Benchmark
  @Threads(1)
  public int h2OneThread(H2 store, Done done) {
    int t = store.publish();
    done.transactions += t;
    return t;
  }

  @Benchmark
  @Threads(4)
  public int h2FourThreads(H2 store, Done done) {
    int t = store.publish();
    done.transactions += t;
    return t;
  }

  @Benchmark
  @Threads(1)
  public int postgresOneThread(Postgres store, Done done) {
    int t = store.publish();
    done.transactions += t;
    return t;
  }

  @Benchmark
  @Threads(4)
  public int postgresFourThreads(Postgres store, Done done) {
    int t = store.publish();
    done.transactions += t;
    return t;
  }
}
