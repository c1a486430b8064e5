package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.StoreException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Checks and migrates the store's tables when a store opens: applies every script to an empty
 * database, the missing ones (in order) to an older store, and refuses a store that a newer
 * library wrote.
 */
final class Schema {
  private Schema() {}

  /**
   * Brings the schema up to date.
   *
   * @return the database's JDBC URL as its metadata reports it
   */
  static String ensure(DataSource dataSource, JdbcDialect dialect) {
    try (Connection connection = dataSource.getConnection()) {
      boolean restoreAutoCommit = connection.getAutoCommit();
      try {
        if (restoreAutoCommit) {
          connection.setAutoCommit(false);
        }
        dialect.lockForMigration(connection);
        migrate(connection, dialect);
        connection.commit();
        String url = connection.getMetaData().getURL();
        return url == null ? "" : url;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(JdbcFailures.withheld(suppressed, 0));
        }
        throw e;
      } finally {
        if (restoreAutoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw JdbcFailures.failure("checking the record store's schema", e);
    }
  }

  private static void migrate(Connection connection, JdbcDialect dialect) throws SQLException {
    int current;
    if (tableExists(connection, "ws_schema")) {
      current = appliedVersion(connection);
    } else if (tableExists(connection, "ws_record")) {
      throw new StoreException("table ws_record exists without ws_schema: this is not a schema the"
          + " JDBC record store created / 存在 ws_record 表但缺少 ws_schema 表, 无法识别数据库结构");
    } else {
      current = 0;
    }
    if (current > dialect.schemaVersion()) {
      throw new StoreException("the record store's schema is version " + current
          + ", newer than version " + dialect.schemaVersion() + " that this Weisheng library"
          + " supports; upgrade the library / 数据库结构版本 " + current + " 高于本程序库支持的版本 "
          + dialect.schemaVersion() + ", 请升级程序库");
    }
    for (SchemaScript script : dialect.schemaScripts()) {
      if (script.version() > current) {
        try (Statement statement = connection.createStatement()) {
          for (String sql : script.statements()) {
            statement.execute(sql);
          }
        }
        int recorded = appliedVersion(connection);
        if (recorded != script.version()) {
          throw new StoreException("schema script " + script + " did not record version "
              + script.version() + " in ws_schema / 结构脚本未记录其版本号");
        }
      }
    }
  }

  private static int appliedVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(schema_version) FROM ws_schema")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** Looks the table up in the connection's current schema, in the database's identifier case. */
  private static boolean tableExists(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String stored = metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT) : name;
    String escape = metaData.getSearchStringEscape();
    String pattern = escape == null || escape.isEmpty() ? stored : stored.replace("_", escape + "_");
    try (ResultSet tables =
        metaData.getTables(connection.getCatalog(), connection.getSchema(), pattern, null)) {
      while (tables.next()) {
        if (stored.equals(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
      return false;
    }
  }
}
