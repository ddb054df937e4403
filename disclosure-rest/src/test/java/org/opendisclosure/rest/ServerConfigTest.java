package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.ValidationException;

/** Settings: environment over properties file over defaults; bad values name the variable. */
class ServerConfigTest {

  @Test
  void defaultsAreTheEmbeddedSetup() {
    ServerConfig c = ServerConfig.from(Map.of(), null);
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(c.jdbcUrl()).startsWith("jdbc:h2:file:").contains("data").endsWith(";DB_CLOSE_ON_EXIT=FALSE");
    assertThat(c.searchIndexDir()).isEqualTo(Path.of("./data/index"));
    assertThat(c.corsOrigins()).containsExactly("*");
    assertThat(c.maxRequestBytes()).isEqualTo(1_048_576);
    assertThat(c.tokenPepper()).isNull();
    assertThat(ServerConfig.DEFAULTS).containsKeys("OD_DB_URL", "OD_INDEX_DIR", "OD_PORT", "OD_CORS_ORIGINS",
        "OD_MAX_REQUEST_BYTES", "OD_TOKEN_PEPPER");
  }

  @Test
  void theEnvironmentWinsOverTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("server.properties");
    Files.writeString(file, "od.port=9000\nod.db.url=jdbc:postgresql://db/od\nod.cors.origins=https://a.example, https://b.example\n");
    ServerConfig c = ServerConfig.from(Map.of("OD_CONFIG", file.toString(), "OD_PORT", "9100"), null);
    assertThat(c.port()).isEqualTo(9100);
    assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db/od");
    assertThat(c.corsOrigins()).containsExactly("https://a.example", "https://b.example");
  }

  @Test
  void badValuesNameTheirVariable() {
    assertThatThrownBy(() -> ServerConfig.from(Map.of("OD_PORT", "eighty"), null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("OD_PORT");
    assertThatThrownBy(() -> ServerConfig.from(Map.of("OD_PORT", "70000"), null)).hasMessageContaining("OD_PORT");
    assertThatThrownBy(() -> ServerConfig.from(Map.of("OD_TOKEN_PEPPER", "short"), null))
        .hasMessageContaining("OD_TOKEN_PEPPER");
    assertThatThrownBy(() -> ServerConfig.from(Map.of("OD_CONFIG", "/nonexistent/od.properties"), null))
        .hasMessageContaining("OD_CONFIG");
  }
}
