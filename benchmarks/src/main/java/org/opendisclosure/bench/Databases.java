package org.opendisclosure.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The databases of the suites: an H2 file database and an embedded PostgreSQL 14 (the zonky
 * binaries) with durable commits ({@code fsync} and {@code synchronous_commit} on; the library's
 * default turns the latter off) and a UTF-8 locale, so that pg_trgm sees Han characters as word
 * characters. Both behind a HikariCP pool, as an application would run them.
 */
public final class Databases {
  private Databases() {}

  /** A fresh H2 database in a file under {@code folder}. */
  public static HikariDataSource h2(Path folder, int poolSize) {
    Corpora.deleteTree(folder);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
    config.setMaximumPoolSize(poolSize);
    return new HikariDataSource(config);
  }

  /** Starts PostgreSQL in a fresh data folder under {@code folder}. */
  public static EmbeddedPostgres postgres(Path folder) {
    Corpora.deleteTree(folder);
    try {
      Files.createDirectories(folder);
      return EmbeddedPostgres.builder()
          .setDataDirectory(folder.resolve("data"))
          .setCleanDataDirectory(true)
          .setLocaleConfig("locale", "C.UTF-8")
          .setLocaleConfig("encoding", "UTF8")
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("shared_buffers", "512MB")
          .setServerConfig("work_mem", "64MB")
          .setServerConfig("maintenance_work_mem", "512MB")
          .setServerConfig("max_wal_size", "4GB")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }

  /** A pooled data source on the server's {@code postgres} database. */
  public static HikariDataSource pooled(EmbeddedPostgres pg, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(poolSize);
    return new HikariDataSource(config);
  }

  static void close(DataSource ds) {
    if (ds instanceof HikariDataSource h) {
      h.close();
    }
  }
}
