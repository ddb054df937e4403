package org.opendisclosure.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.testing.TestDatabase;

/**
 * After bulk inserts the PostgreSQL store brings the planner's statistics of the item table up to
 * date on a doubling schedule (autovacuum would analyse them only at its next round, a minute
 * later, and until then the planner looks items up by scanning the table); H2 needs nothing.
 */
class BulkInsertStatisticsTest {

  @Test
  void postgresqlAnalysesTheItemTableAtOneTwoAndFourThousandItems() throws SQLException {
    DataSource ds = TestDatabase.POSTGRESQL.newDataSource();
    JdbcStore store = JdbcStore.open(ds);
    assertThat(reltuples(ds, "od_item")).as("never analysed").isEqualTo(-1);

    store.bulkInserted(999);
    assertThat(store.analyses()).isZero();
    assertThat(reltuples(ds, "od_item")).isEqualTo(-1);
    store.bulkInserted(1);
    assertThat(store.analyses()).isEqualTo(1);
    assertThat(reltuples(ds, "od_item")).as("analysed (an empty table)").isZero();

    store.bulkInserted(999);
    assertThat(store.analyses()).isEqualTo(1);
    store.bulkInserted(1);
    assertThat(store.analyses()).isEqualTo(2);
    store.bulkInserted(1_999);
    assertThat(store.analyses()).isEqualTo(2);
    store.bulkInserted(1);
    assertThat(store.analyses()).isEqualTo(3);
    store.bulkInserted(0);
    store.bulkInserted(-5);
    assertThat(store.analyses()).isEqualTo(3);
  }

  @Test
  void h2IsNeverAnalysed() {
    JdbcStore store = JdbcStore.open(TestDatabase.H2.newDataSource());
    store.bulkInserted(5_000);
    store.bulkInserted(50_000);
    assertThat(store.analyses()).isZero();
  }

  private static double reltuples(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT reltuples FROM pg_class WHERE relname = '" + table + "'")) {
      assertThat(rs.next()).isTrue();
      return rs.getDouble(1);
    }
  }
}
