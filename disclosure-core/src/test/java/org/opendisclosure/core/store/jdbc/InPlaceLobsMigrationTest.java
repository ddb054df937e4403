package org.opendisclosure.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.core.testing.TestDatabase;

/**
 * V5 ({@link InPlaceLobs}: on H2, CLOB values up to 64 KiB kept in the row) on a database that
 * V1–V4 made and filled through the store's own write path: every row reads back intact
 * afterwards, short, medium (in large-object storage at V4, in the row when written at V5) and
 * far past the new limit; rows written at V5 read back after the database is opened again. On
 * PostgreSQL V5 is recorded and changes nothing. H2 runs on a file, closed and reopened between
 * steps.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class InPlaceLobsMigrationTest {
  static final String MIGRATIONS = "classpath:org/opendisclosure/core/store/jdbc/migration";
  static final Actor EDITOR = Actor.of("editor-1", "王编辑");
  static final String COUNTY = "11350100MB0000001X";
  private static final Instant AT = Instant.parse("2024-03-15T02:00:00Z");

  @Parameter
  TestDatabase database;

  @TempDir
  Path folder;

  DataSource dataSource;

  @BeforeEach
  void setUp() {
    if (database == TestDatabase.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:file:" + folder.resolve("od").toAbsolutePath());
      dataSource = h2;
    } else {
      dataSource = database.newDataSource();
    }
  }

  @Test
  void rowsWrittenAtV4ReadBackIntactAtV5() throws SQLException {
    JdbcStore.Dialect dialect = database == TestDatabase.H2 ? JdbcStore.Dialect.H2 : JdbcStore.Dialect.POSTGRESQL;
    migrateToV4(dataSource, dialect);
    if (dialect == JdbcStore.Dialect.H2) {
      assertThat(inPlaceLimit(dataSource)).isEqualTo(256);
    }
    Map<ItemId, List<Revision>> written = new LinkedHashMap<>();
    String longText = text(1_200_000);
    inTransaction(dataSource, tx -> {
      tx.insertOrgan(new Organ(COUNTY, "某县人民政府", OrganLevel.COUNTY, null));
      written.put(item(tx, 1, "<p>短</p>", "短"), null);
      written.put(item(tx, 2, "<p>" + text(3_000) + "</p>", text(3_000)), null);
      written.put(item(tx, 3, "<p>" + longText + "</p>", longText), null);
      ItemId redacted = item(tx, 4, "<p>" + text(500) + "</p>", text(500));
      tx.redactRevision(redacted, 1, new Revision.Redaction(EDITOR, AT, "含个人信息"));
      written.put(redacted, null);
      written.replaceAll((id, none) -> tx.revisions(id));
    });
    List<ItemId> ids = List.copyOf(written.keySet());
    assertThat(written.get(ids.get(2)).get(0).bodyText()).isEqualTo(longText);

    Disclosures disclosures = Disclosures.builder().dataSource(dataSource).build();

    assertThat(appliedVersions(dataSource)).containsExactly("1", "2", "3", "4", "5");
    if (dialect == JdbcStore.Dialect.H2) {
      assertThat(inPlaceLimit(dataSource)).isEqualTo(InPlaceLobs.LIMIT_BYTES);
    }
    for (Map.Entry<ItemId, List<Revision>> e : written.entrySet()) {
      assertThat(disclosures.history(e.getKey())).isEqualTo(e.getValue());
    }
    Map<ItemId, ItemView> published = disclosures.publishedContent(ids);
    assertThat(published).containsOnlyKeys(ids.subList(0, 3));
    published.forEach((id, view) -> assertThat(view.revision()).isEqualTo(written.get(id).get(0)));

    // Written at V5 (in the row, and past the limit) and read back after the database was opened again.
    Map<ItemId, String> later = new LinkedHashMap<>();
    inTransaction(dataSource, tx -> {
      later.put(item(tx, 5, "<p>" + text(3_000) + "</p>", text(3_000)), text(3_000));
      later.put(item(tx, 6, "<p>" + longText + "</p>", longText), longText);
    });
    Disclosures reopened = Disclosures.builder().dataSource(dataSource).build();
    later.forEach((id, text) -> assertThat(reopened.history(id)).singleElement()
        .satisfies(r -> assertThat(r.bodyText()).isEqualTo(text))
        .satisfies(r -> assertThat(r.bodyHtml()).isEqualTo("<p>" + text + "</p>")));
    for (ItemId id : ids) {
      assertThat(reopened.history(id)).isEqualTo(written.get(id));
    }
    assertThat(appliedVersions(dataSource)).containsExactly("1", "2", "3", "4", "5");
  }

  /** Migrates an empty database to V4 as the store of that version did. */
  static void migrateToV4(DataSource dataSource, JdbcStore.Dialect dialect) {
    Flyway.configure(JdbcStore.class.getClassLoader())
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .table("od_schema_history")
        .placeholders(Map.of("text", dialect.textType()))
        .target("4")
        .load()
        .migrate();
  }

  /** A published item of the county with one revision; returns its id. */
  static ItemId item(JdbcTransaction tx, int n, String html, String text) {
    Instant at = AT.plus(n, ChronoUnit.MINUTES);
    ItemId id = ItemId.generate(at);
    tx.insertItem(new Item(id, COUNTY, "regulations", COUNTY + "/2024-0000" + n, Status.PUBLISHED, 1, 1, at, at, null,
        at, null, null));
    Document payload = new Document("某政〔2024〕" + n + "号", "某县人民政府", LocalDate.of(2024, 3, 14), null,
        Document.Validity.VALID);
    tx.insertRevision(new Revision(id, 1, "通知" + n, LocalDate.of(2024, 3, 14), payload, html, text, EDITOR, at,
        "归档导入", "0".repeat(63) + n));
    return id;
  }

  /** {@code n} characters of running text, no two lines alike. */
  static String text(int n) {
    StringBuilder out = new StringBuilder(n + 40);
    for (int line = 0; out.length() < n; line++) {
      out.append("第").append(line).append("条　城乡居民最低生活保障资金按月足额发放，").append(line % 7 == 0 ? "\n" : "");
    }
    return out.substring(0, n);
  }

  interface Work {
    void run(JdbcTransaction tx) throws SQLException;
  }

  /** Runs {@code work} on the store's write path without opening the store, which would migrate. */
  static void inTransaction(DataSource dataSource, Work work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      work.run(new JdbcTransaction(c));
      c.commit();
    }
  }

  /** H2's MAX_LENGTH_INPLACE_LOB. */
  static int inPlaceLimit(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return InPlaceLobs.current(c);
    }
  }

  static List<String> appliedVersions(DataSource dataSource) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT \"version\" FROM \"od_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
