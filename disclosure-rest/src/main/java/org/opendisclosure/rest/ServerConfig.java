package org.opendisclosure.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

/**
 * The server's settings. Each has an environment variable ({@code OD_DB_URL}) and a property of
 * the same name in lower case with dots ({@code od.db.url}) for a properties file; the
 * environment wins over the file, a command-line flag over both. The table in the module README
 * lists every setting with its default. Immutable and thread-safe.
 *
 * @param dataDir where the embedded database, the search index and the token pepper live
 * @param dbUrl JDBC URL; null means an H2 file database in {@code dataDir}
 * @param dbUser database user, or null
 * @param dbPassword database password, or null
 * @param indexDir the search index folder; null means {@code dataDir/index}
 * @param host the address to listen on
 * @param port the HTTP port; 0 picks a free one (tests)
 * @param corsOrigins origins allowed to call the API from a browser; {@code *} for any
 * @param maxRequestBytes the largest request body accepted (413 above it)
 * @param tokenPepper secret mixed into API-token hashes; null means a random one kept in {@code
 *     dataDir/token-pepper}
 * @param dbPoolSize the most database connections
 * @param schedulerPeriod how often due publications are published and windows closed
 * @param ocdsPrefix the OCDS ocid prefix of procurement releases
 * @param logOrigin the transparency log's origin line and key name (a schema-less URL); the
 *     signing key is kept in {@code dataDir/log-key}
 */
public record ServerConfig(
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path indexDir,
    String host,
    int port,
    List<String> corsOrigins,
    long maxRequestBytes,
    String tokenPepper,
    int dbPoolSize,
    Duration schedulerPeriod,
    String ocdsPrefix,
    String logOrigin) {

  /** Every setting with its default ("" means none), in README order. */
  public static final Map<String, String> DEFAULTS = defaults();

  public ServerConfig {
    corsOrigins = List.copyOf(corsOrigins);
    List<FieldError> errors = new ArrayList<>();
    if (dataDir == null) {
      errors.add(new FieldError("OD_DATA_DIR", "is required"));
    }
    if (port < 0 || port > 65535) {
      errors.add(new FieldError("OD_PORT", "must be between 0 and 65535"));
    }
    if (maxRequestBytes < 1024) {
      errors.add(new FieldError("OD_MAX_REQUEST_BYTES", "must be at least 1024"));
    }
    if (dbPoolSize < 1 || dbPoolSize > 200) {
      errors.add(new FieldError("OD_DB_POOL_SIZE", "must be between 1 and 200"));
    }
    if (schedulerPeriod == null || schedulerPeriod.isNegative() || schedulerPeriod.isZero()) {
      errors.add(new FieldError("OD_SCHEDULER_SECONDS", "must be positive"));
    }
    if (tokenPepper != null && tokenPepper.length() < 16) {
      errors.add(new FieldError("OD_TOKEN_PEPPER", "must be at least 16 characters"));
    }
    ValidationException.throwIfAny(errors);
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("OD_CONFIG", "");
    d.put("OD_DATA_DIR", "./data");
    d.put("OD_DB_URL", "");
    d.put("OD_DB_USER", "");
    d.put("OD_DB_PASSWORD", "");
    d.put("OD_DB_POOL_SIZE", "10");
    d.put("OD_INDEX_DIR", "");
    d.put("OD_HOST", "0.0.0.0");
    d.put("OD_PORT", "8080");
    d.put("OD_CORS_ORIGINS", "*");
    d.put("OD_MAX_REQUEST_BYTES", "1048576");
    d.put("OD_TOKEN_PEPPER", "");
    d.put("OD_SCHEDULER_SECONDS", "30");
    d.put("OD_OCDS_PREFIX", "ocds-opendisclosure");
    d.put("OD_LOG_ORIGIN", "opendisclosure.local/log");
    return Map.copyOf(d);
  }

  /** The settings from the environment and, if {@code OD_CONFIG} names one, a properties file. */
  public static ServerConfig fromEnvironment() {
    return from(System.getenv(), null);
  }

  /**
   * The settings from {@code env} over the properties file ({@code configFile}, else the one
   * {@code OD_CONFIG} names, else none) over the defaults.
   */
  public static ServerConfig from(Map<String, String> env, Path configFile) {
    Properties file = new Properties();
    Path path = configFile != null ? configFile : blankToNull(env.get("OD_CONFIG")) == null ? null
        : Path.of(env.get("OD_CONFIG"));
    if (path != null) {
      try (InputStream in = Files.newInputStream(path)) {
        file.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw ValidationException.of("OD_CONFIG", "cannot read " + path + ": " + e.getMessage());
      }
    }
    Map<String, String> v = new LinkedHashMap<>();
    for (String name : DEFAULTS.keySet()) {
      String fromEnv = blankToNull(env.get(name));
      String fromFile = blankToNull(file.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.')));
      v.put(name, fromEnv != null ? fromEnv : fromFile != null ? fromFile : blankToNull(DEFAULTS.get(name)));
    }
    Path data = Path.of(v.get("OD_DATA_DIR"));
    return new ServerConfig(data, v.get("OD_DB_URL"), v.get("OD_DB_USER"), v.get("OD_DB_PASSWORD"),
        v.get("OD_INDEX_DIR") == null ? null : Path.of(v.get("OD_INDEX_DIR")), v.get("OD_HOST"),
        integer(v, "OD_PORT"), origins(v.get("OD_CORS_ORIGINS")), integer(v, "OD_MAX_REQUEST_BYTES"),
        v.get("OD_TOKEN_PEPPER"), integer(v, "OD_DB_POOL_SIZE"),
        Duration.ofSeconds(integer(v, "OD_SCHEDULER_SECONDS")), v.get("OD_OCDS_PREFIX"),
        v.get("OD_LOG_ORIGIN"));
  }

  /** Settings for a test or a demo: H2 in {@code dataDir}, a free port, defaults otherwise. */
  public static ServerConfig forDataDir(Path dataDir) {
    return from(Map.of("OD_DATA_DIR", dataDir.toString(), "OD_PORT", "0"), null);
  }

  /** The JDBC URL in force: the configured one or the H2 file database in the data folder. */
  public String jdbcUrl() {
    return dbUrl != null ? dbUrl
        : "jdbc:h2:file:" + dataDir.resolve("opendisclosure").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** The search index folder in force. */
  public Path searchIndexDir() {
    return indexDir != null ? indexDir : dataDir.resolve("index");
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(dataDir, dbUrl, dbUser, dbPassword, indexDir, host, newPort, corsOrigins, maxRequestBytes,
        tokenPepper, dbPoolSize, schedulerPeriod, ocdsPrefix, logOrigin);
  }

  public ServerConfig withDataDir(Path dir) {
    return new ServerConfig(dir, dbUrl, dbUser, dbPassword, indexDir, host, port, corsOrigins, maxRequestBytes,
        tokenPepper, dbPoolSize, schedulerPeriod, ocdsPrefix, logOrigin);
  }

  public ServerConfig withDatabase(String url, String user, String password) {
    return new ServerConfig(dataDir, url, user, password, indexDir, host, port, corsOrigins, maxRequestBytes,
        tokenPepper, dbPoolSize, schedulerPeriod, ocdsPrefix, logOrigin);
  }

  public ServerConfig withMaxRequestBytes(long max) {
    return new ServerConfig(dataDir, dbUrl, dbUser, dbPassword, indexDir, host, port, corsOrigins, max,
        tokenPepper, dbPoolSize, schedulerPeriod, ocdsPrefix, logOrigin);
  }

  public ServerConfig withCorsOrigins(List<String> origins) {
    return new ServerConfig(dataDir, dbUrl, dbUser, dbPassword, indexDir, host, port, origins, maxRequestBytes,
        tokenPepper, dbPoolSize, schedulerPeriod, ocdsPrefix, logOrigin);
  }

  private static List<String> origins(String value) {
    if (value == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : value.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static int integer(Map<String, String> v, String name) {
    try {
      return Integer.parseInt(v.get(name).strip());
    } catch (NumberFormatException e) {
      throw ValidationException.of(name, "must be a whole number, was " + v.get(name));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
