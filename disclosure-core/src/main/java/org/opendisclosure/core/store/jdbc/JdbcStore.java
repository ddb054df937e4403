package org.opendisclosure.core.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.opendisclosure.core.DisclosureException;
import org.opendisclosure.core.StoreException;
import org.opendisclosure.core.store.Store;
import org.opendisclosure.core.store.StoreTransaction;

/**
 * The JDBC store, on H2 (the embedded default) and PostgreSQL. The schema is created and upgraded
 * by Flyway migrations when the store is opened: SQL files V1–V4, then {@code InPlaceLobs} (V5, a
 * setting of H2's). Thread-safe: each transaction takes its own connection from the {@link
 * DataSource}.
 */
public final class JdbcStore implements Store {
  private static final String MIGRATIONS = "classpath:org/opendisclosure/core/store/jdbc/migration";
  private static final System.Logger LOG = System.getLogger(JdbcStore.class.getName());
  /** On PostgreSQL, analyse the item table once this many items have been bulk-inserted (then at 2×, 4×…). */
  static final long ANALYZE_FIRST_AFTER = 1_000;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final AtomicLong bulkInserted = new AtomicLong();
  private final AtomicLong analyzedAt = new AtomicLong();
  private final AtomicInteger analyses = new AtomicInteger();

  private JdbcStore(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** Opens the store on {@code dataSource}, migrating its schema to the newest version. */
  public static JdbcStore open(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Dialect dialect;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.of(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
    }
    try {
      Flyway.configure(JdbcStore.class.getClassLoader())
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .table("od_schema_history")
          .placeholders(Map.of("text", dialect.textType()))
          .javaMigrations(new InPlaceLobs(dialect))
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the database schema: " + e.getMessage(), e);
    }
    return new JdbcStore(dataSource, dialect);
  }

  @Override
  public <T> T inTransaction(Function<StoreTransaction, T> work) {
    Objects.requireNonNull(work, "work");
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        if (dialect == Dialect.H2) {
          // H2 gives up on a row lock after 1 s by default; writers to one item queue instead.
          try (Statement s = c.createStatement()) {
            s.execute("SET LOCK_TIMEOUT 10000");
          }
        }
        T result = work.apply(new JdbcTransaction(c));
        c.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  /**
   * On PostgreSQL, runs {@code ANALYZE od_item} each time the items bulk-inserted through this
   * store since it opened reach 1,000, 2,000, 4,000… (so about log₂ n times in an import of n
   * items; ANALYZE reads a sample of at most 30,000 rows). Autovacuum analyses a table at most
   * once a minute, so during an import into a young store the planner thinks {@code od_item} is
   * small and looks a list of items up by scanning it whole: the index follower's lookup of 100
   * items then costs time in proportion to the table (measured: 9 ms at 20,000 items, against
   * 1.2 ms by the primary key once analysed). The statistics are an optimisation: a failure is
   * logged and the import stands.
   */
  @Override
  public void bulkInserted(int items) {
    if (dialect != Dialect.POSTGRESQL || items <= 0) {
      return;
    }
    long total = bulkInserted.addAndGet(items);
    long last = analyzedAt.get();
    if (total - last < Math.max(ANALYZE_FIRST_AFTER, last) || !analyzedAt.compareAndSet(last, total)) {
      return;
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE od_item");
      if (!c.getAutoCommit()) {
        c.commit();
      }
      analyses.incrementAndGet();
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.WARNING, "could not analyse the item table after a bulk insert: {0}", e.getMessage());
    }
  }

  /** How often {@link #bulkInserted} has analysed the item table (for tests). */
  int analyses() {
    return analyses.get();
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** The databases the store knows. */
  public enum Dialect {
    H2("CLOB"),
    POSTGRESQL("TEXT");

    private final String textType;

    Dialect(String textType) {
      this.textType = textType;
    }

    String textType() {
      return textType;
    }

    static Dialect of(String productName) {
      if (productName.equalsIgnoreCase("H2")) {
        return H2;
      }
      if (productName.equalsIgnoreCase("PostgreSQL")) {
        return POSTGRESQL;
      }
      throw new DisclosureException("unsupported database " + productName + "; use H2 or PostgreSQL");
    }
  }
}
