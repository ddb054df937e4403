package org.opendisclosure.core.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
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

  private final DataSource dataSource;
  private final Dialect dialect;

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
