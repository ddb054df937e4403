package org.opendisclosure.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases every store test runs on: H2 in memory and a real PostgreSQL started from the
 * embedded binaries (one server per test JVM, a fresh database per call of {@link #newDataSource}).
 */
public enum TestDatabase {
  H2 {
    @Override
    public DataSource newDataSource() {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:od" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
      return ds;
    }
  },
  POSTGRESQL {
    @Override
    public DataSource newDataSource() {
      String name = "od" + COUNTER.incrementAndGet();
      EmbeddedPostgres pg = Postgres.SERVER;
      try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return pg.getDatabase("postgres", name);
    }
  };

  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** A data source on a new, empty database. */
  public abstract DataSource newDataSource();

  /** Holder idiom: the server starts on first use and stops when the JVM exits. */
  private static final class Postgres {
    static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException ignored) {
            // The JVM is exiting; the temporary cluster is removed by the library.
          }
        }));
        return pg;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }
  }
}
