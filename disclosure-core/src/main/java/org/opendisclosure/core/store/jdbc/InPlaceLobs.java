package org.opendisclosure.core.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V5: on H2, CLOB values of up to {@value #LIMIT_BYTES} bytes (UTF-8) are kept in their
 * row. H2 writes a longer value to its separate large-object storage, by default every value above
 * 256 bytes: nearly every revision's payload, body HTML and body text, a quarter of the CPU of an
 * archive import, and a read from there each time a revision is loaded. H2's {@code
 * MAX_LENGTH_INPLACE_LOB} is a setting of the whole database, kept in it; so this applies to every
 * CLOB and BLOB column of the database written from now on (values already stored stay where they
 * are and read as before), and is never lowered when already higher. It needs admin rights: a
 * store opened by a user without them logs a warning and leaves the setting as it is (everything
 * works, only slower). Nothing happens on PostgreSQL, which has no such setting.
 */
final class InPlaceLobs implements JavaMigration {
  /** Longer than nearly every notice's body HTML; a pasted document of hundreds of KB stays out. */
  static final int LIMIT_BYTES = 65_536;
  /** H2's limit while the database has no setting of its own. */
  private static final int H2_DEFAULT = 256;
  private static final int ADMIN_RIGHTS_REQUIRED = 90040;

  private final JdbcStore.Dialect dialect;

  InPlaceLobs(JdbcStore.Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5");
  }

  @Override
  public String getDescription() {
    return "h2 in place lobs";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    if (dialect != JdbcStore.Dialect.H2) {
      return;
    }
    Connection c = context.getConnection();
    if (current(c) >= LIMIT_BYTES) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("SET MAX_LENGTH_INPLACE_LOB " + LIMIT_BYTES);
    } catch (SQLException e) {
      if (e.getErrorCode() != ADMIN_RIGHTS_REQUIRED) {
        throw e;
      }
      System.getLogger(InPlaceLobs.class.getName()).log(System.Logger.Level.WARNING,
          "the H2 user opening the store has no admin rights, so revision texts stay in H2's separate large-object "
              + "storage (slower imports); an admin can run SET MAX_LENGTH_INPLACE_LOB " + LIMIT_BYTES);
    }
  }

  /** The database's in-place limit now (H2 lists the setting only once it was set). */
  static int current(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Integer.parseInt(rs.getString(1).strip()) : H2_DEFAULT;
    }
  }
}
