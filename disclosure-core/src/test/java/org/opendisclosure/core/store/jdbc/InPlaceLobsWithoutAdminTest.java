package org.opendisclosure.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;

/**
 * An embedding application that opens the store on H2 as a user without admin rights: V5 cannot
 * change H2's in-place limit, so it is recorded without it (a warning is logged) and the store
 * works as before.
 */
class InPlaceLobsWithoutAdminTest {
  @TempDir
  Path folder;

  @Test
  void aUserWithoutAdminRightsOpensTheStoreAndTheLimitStays() throws SQLException {
    DataSource admin = h2("sa", "sa");
    InPlaceLobsMigrationTest.migrateToV4(admin, JdbcStore.Dialect.H2);
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE USER clerk PASSWORD 'clerk'");
      s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO clerk");
    }
    DataSource clerk = h2("clerk", "clerk");

    Disclosures disclosures = Disclosures.builder().dataSource(clerk).build();

    assertThat(InPlaceLobsMigrationTest.appliedVersions(admin)).containsExactly("1", "2", "3", "4", "5");
    assertThat(InPlaceLobsMigrationTest.inPlaceLimit(admin)).isEqualTo(256);
    String text = InPlaceLobsMigrationTest.text(3_000);
    ItemId[] id = new ItemId[1];
    InPlaceLobsMigrationTest.inTransaction(clerk, tx -> {
      tx.insertOrgan(new Organ(InPlaceLobsMigrationTest.COUNTY, "某县人民政府", OrganLevel.COUNTY, null));
      id[0] = InPlaceLobsMigrationTest.item(tx, 1, "<p>" + text + "</p>", text);
    });
    assertThat(disclosures.history(id[0])).singleElement().satisfies(r -> assertThat(r.bodyText()).isEqualTo(text));
  }

  private DataSource h2(String user, String password) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + folder.resolve("od").toAbsolutePath());
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }
}
