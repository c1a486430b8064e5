package io.github.weisheng.examples.quickstart;

import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 file store opened for the quickstart's bulk load: the same database file as
 * {@link JdbcRecordStore#openH2File(Path)} ({@code <folder>/weisheng.mv.db}, the same schema),
 * through {@link JdbcRecordStore#open(javax.sql.DataSource)} on H2's own connection pool, but with
 * H2's default write delay instead of writing each commit to the file before it returns. A
 * generated community can be generated again, so the load trades the durability of the last half
 * second's commits for speed; everything is on disk, compacted, when the store closes. A host recording real
 * data keeps {@code openH2File}, as {@code weisheng summary} and {@code weisheng import} do.
 */
final class LoadingStore implements AutoCloseable {
  private final JdbcConnectionPool pool;
  private final JdbcRecordStore records;

  private LoadingStore(JdbcConnectionPool pool, JdbcRecordStore records) {
    this.pool = pool;
    this.records = records;
  }

  static LoadingStore open(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String path = folder.toAbsolutePath().normalize().resolve("weisheng").toString();
    if (path.indexOf(';') >= 0) {
      throw new IllegalArgumentException("the data folder must not contain ';' / 数据目录路径不能包含分号");
    }
    // TRACE_LEVEL_FILE=0: no trace file, whose messages may quote values (as openH2File)
    JdbcConnectionPool pool = JdbcConnectionPool.create(
        "jdbc:h2:file:" + path + ";LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64", "sa", "");
    pool.setMaxConnections(16);
    try {
      return new LoadingStore(pool, JdbcRecordStore.open(pool));
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  JdbcRecordStore records() {
    return records;
  }

  /**
   * Closes the store and compacts the file ({@code SHUTDOWN COMPACT}): without a write on every
   * commit, H2 leaves superseded chunks behind (20,000 residents: 2.9 GB before, 0.27 GB after, in
   * about 9 s).
   */
  @Override
  public void close() {
    try {
      records.close();
      try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN COMPACT");
      } catch (SQLException e) {
        throw new UncheckedIOException(new IOException("compacting the store failed", e));
      }
    } finally {
      pool.dispose();
    }
  }
}
