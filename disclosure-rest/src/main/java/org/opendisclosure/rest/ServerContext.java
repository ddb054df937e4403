package org.opendisclosure.rest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.StoreException;
import org.opendisclosure.rest.auth.ApiTokens;
import org.opendisclosure.rest.search.SearchService;
import org.opendisclosure.rest.store.RestStore;

/**
 * Everything the server runs on, opened in order: the connection pool, the core (which migrates
 * its schema), the REST tables, holiday files loaded at run time, tokens and metrics. Close it to
 * stop the scheduler and release the pool. Thread-safe once opened.
 */
public final class ServerContext implements AutoCloseable {
  private final ServerConfig config;
  private final Clock clock;
  private final HikariDataSource dataSource;
  private final Disclosures disclosures;
  private final RestStore store;
  private final ApiTokens tokens;
  private final PrometheusMeterRegistry registry;
  private final ChangeMetrics changeMetrics;
  private final List<AutoCloseable> running = new ArrayList<>();
  private SearchService search;

  private ServerContext(ServerConfig config, Clock clock, HikariDataSource dataSource) {
    this.config = config;
    this.clock = clock;
    this.dataSource = dataSource;
    try {
      this.disclosures = Disclosures.builder().dataSource(dataSource).clock(clock).logOrigin(config.logOrigin())
          .logKey(logKey(config)).build();
      this.store = RestStore.open(dataSource);
      for (RestStore.CalendarFile f : store.calendarFiles()) {
        disclosures.calendar().loadJson(new ByteArrayInputStream(f.content().getBytes(StandardCharsets.UTF_8)));
      }
      this.tokens = new ApiTokens(store, pepper(config), clock);
      this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      new JvmMemoryMetrics().bindTo(registry);
      new JvmThreadMetrics().bindTo(registry);
      new ProcessorMetrics().bindTo(registry);
      this.changeMetrics = new ChangeMetrics(disclosures, registry);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** Opens the database the configuration names (an H2 file in the data folder by default). */
  public static ServerContext open(ServerConfig config, Clock clock) {
    HikariConfig hikari = pool(config);
    hikari.setJdbcUrl(config.jdbcUrl());
    if (config.dbUser() != null) {
      hikari.setUsername(config.dbUser());
    }
    if (config.dbPassword() != null) {
      hikari.setPassword(config.dbPassword());
    }
    return new ServerContext(config, clock, connect(hikari));
  }

  /** Opens on a data source the caller made (tests, embedding); the pool sits in front of it. */
  public static ServerContext open(ServerConfig config, Clock clock, DataSource dataSource) {
    HikariConfig hikari = pool(config);
    hikari.setDataSource(dataSource);
    return new ServerContext(config, clock, connect(hikari));
  }

  private static HikariConfig pool(ServerConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("opendisclosure");
    hikari.setMaximumPoolSize(config.dbPoolSize());
    hikari.setMinimumIdle(1);
    return hikari;
  }

  private static HikariDataSource connect(HikariConfig hikari) {
    try {
      return new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the database: " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** The configured pepper, or the one kept in the data folder (made on first start). */
  private static String pepper(ServerConfig config) {
    if (config.tokenPepper() != null) {
      return config.tokenPepper();
    }
    Path file = config.dataDir().resolve("token-pepper");
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      Files.createDirectories(config.dataDir());
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String pepper = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.writeString(file, pepper + "\n", StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the folder's own permissions protect the file.
      }
      return pepper;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }

  /** Starts publishing due items and closing windows every configured period until closed. */
  public void startScheduler() {
    running.add(disclosures.startScheduler(config.schedulerPeriod()));
  }

  /**
   * Opens the search index in the configured folder and starts following the change feed; the
   * application then serves search and suggestions. Call before {@link DisclosureServer#application}.
   */
  public synchronized SearchService openSearch() {
    if (search == null) {
      search = SearchService.open(disclosures, config.searchIndexDir(), p -> { }).start();
      search.bindMetrics(registry);
      running.add(search);
    }
    return search;
  }

  /** The search service, once {@link #openSearch()} opened it. */
  public synchronized Optional<SearchService> search() {
    return Optional.ofNullable(search);
  }

  /** Keeps {@code resource} open until this context closes. */
  public void closeOnExit(AutoCloseable resource) {
    running.add(resource);
  }

  public ServerConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  /** The pooled data source (for health checks and tools that read the REST tables). */
  public DataSource dataSource() {
    return dataSource;
  }

  public Disclosures disclosures() {
    return disclosures;
  }

  public RestStore store() {
    return store;
  }

  public ApiTokens tokens() {
    return tokens;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public ChangeMetrics changeMetrics() {
    return changeMetrics;
  }

  @Override
  public void close() {
    for (int i = running.size() - 1; i >= 0; i--) {
      try {
        running.get(i).close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(ServerContext.class).warn("cannot close {}", running.get(i), e);
      }
    }
    running.clear();
    dataSource.close();
  }

  /** The log's signing key, generated on first start and kept in the data directory. */
  private static java.security.KeyPair logKey(ServerConfig config) {
    try {
      java.nio.file.Files.createDirectories(config.dataDir());
      return org.opendisclosure.core.log.LogKeys.loadOrCreate(config.dataDir().resolve("log-key"));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw new org.opendisclosure.core.DisclosureException("cannot read or create the log key in "
          + config.dataDir() + ": " + e.getMessage(), e);
    }
  }
}
