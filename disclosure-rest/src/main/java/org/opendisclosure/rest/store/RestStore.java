package org.opendisclosure.rest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.opendisclosure.core.StoreException;

/**
 * The REST server's own tables (accounts, token hashes, loaded holiday files, settings), beside
 * the core's in the same database with their own Flyway history ({@code od_rest_schema_history}).
 * Thread-safe: every call takes its own connection.
 */
public final class RestStore {
  private static final String MIGRATIONS = "classpath:org/opendisclosure/rest/migration";

  private final DataSource dataSource;

  private RestStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens the store, migrating the REST tables; run after the core has migrated its own. */
  public static RestStore open(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    String text;
    try (Connection c = dataSource.getConnection()) {
      text = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
          ? "TEXT" : "CLOB";
    } catch (SQLException e) {
      throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
    }
    try {
      // The schema already holds the core's tables: baseline at 0 so that V1 still runs.
      Flyway.configure(RestStore.class.getClassLoader())
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .table("od_rest_schema_history")
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .placeholders(Map.of("text", text))
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the REST schema: " + e.getMessage(), e);
    }
    return new RestStore(dataSource);
  }

  // --- accounts and tokens --------------------------------------------------------------------

  /** An account (an actor of the core). */
  public record Account(String id, String name, Instant createdAt) {}

  /** A token's metadata; the token itself is never stored. */
  public record Token(String id, String accountId, String label, Instant createdAt, Instant revokedAt) {}

  public boolean insertAccount(Account a) {
    if (findAccount(a.id()).isPresent()) {
      return false;
    }
    update("INSERT INTO od_rest_account (id, name, created_at) VALUES (?, ?, ?)", a.id(), a.name(),
        a.createdAt());
    return true;
  }

  public Optional<Account> findAccount(String id) {
    return query("SELECT id, name, created_at FROM od_rest_account WHERE id = ?",
        rs -> new Account(rs.getString(1), rs.getString(2), instant(rs, 3)), id).stream().findFirst();
  }

  public List<Account> accounts() {
    return query("SELECT id, name, created_at FROM od_rest_account ORDER BY id",
        rs -> new Account(rs.getString(1), rs.getString(2), instant(rs, 3)));
  }

  public void insertToken(Token t, String hash) {
    update("INSERT INTO od_rest_token (id, account_id, token_hash, label, created_at) VALUES (?, ?, ?, ?, ?)",
        t.id(), t.accountId(), hash, t.label(), t.createdAt());
  }

  /** The live (not revoked) token with this hash and its account. */
  public Optional<Account> accountByTokenHash(String hash) {
    return query("SELECT a.id, a.name, a.created_at FROM od_rest_token t JOIN od_rest_account a ON a.id = t.account_id"
        + " WHERE t.token_hash = ? AND t.revoked_at IS NULL",
        rs -> new Account(rs.getString(1), rs.getString(2), instant(rs, 3)), hash).stream().findFirst();
  }

  public List<Token> tokens(String accountId) {
    return query("SELECT id, account_id, label, created_at, revoked_at FROM od_rest_token WHERE account_id = ?"
        + " ORDER BY created_at, id", RestStore::token, accountId);
  }

  public Optional<Token> findToken(String id) {
    return query("SELECT id, account_id, label, created_at, revoked_at FROM od_rest_token WHERE id = ?",
        RestStore::token, id).stream().findFirst();
  }

  /** Revokes a token; false when it does not exist or was revoked already. */
  public boolean revokeToken(String id, Instant at) {
    return update("UPDATE od_rest_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        at, id) == 1;
  }

  private static Token token(ResultSet rs) throws SQLException {
    return new Token(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5));
  }

  // --- holiday files and settings -------------------------------------------------------------

  /** A holiday file as loaded, to be replayed into the calendar on start. */
  public record CalendarFile(long id, Instant loadedAt, String sourceName, String content) {}

  public void insertCalendarFile(String sourceName, String content, Instant at) {
    update("INSERT INTO od_rest_calendar_file (loaded_at, source_name, content) VALUES (?, ?, ?)",
        at, sourceName, content);
  }

  public List<CalendarFile> calendarFiles() {
    return query("SELECT id, loaded_at, source_name, content FROM od_rest_calendar_file ORDER BY id",
        rs -> new CalendarFile(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4)));
  }

  public Optional<String> setting(String name) {
    return query("SELECT setting_value FROM od_rest_setting WHERE name = ?", rs -> rs.getString(1), name)
        .stream().findFirst();
  }

  /** Sets {@code name} unless it is set already; true when this call set it. */
  public boolean setIfAbsent(String name, String value) {
    if (setting(name).isPresent()) {
      return false;
    }
    try {
      update("INSERT INTO od_rest_setting (name, setting_value) VALUES (?, ?)", name, value);
      return true;
    } catch (StoreException e) {
      if (setting(name).isPresent()) {
        return false; // another process set it first
      }
      throw e;
    }
  }

  /** Whether the database answers. */
  public boolean ping() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  // --- JDBC helpers ---------------------------------------------------------------------------

  @FunctionalInterface
  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  private <T> List<T> query(String sql, Row<T> row, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i] instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : args[i]);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
