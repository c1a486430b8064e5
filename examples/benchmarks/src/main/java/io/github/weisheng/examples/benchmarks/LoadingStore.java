package io.github.weisheng.examples.benchmarks;

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
 * The embedded H2 file store opened for the district's bulk load: the same database file as {@link
 * JdbcRecordStore#openH2File(Path)} ({@code <folder>/weisheng.mv.db}, the same schema), through
 * {@link JdbcRecordStore#open(javax.sql.DataSource)} on H2's own connection pool, but with H2's
 * default write delay instead of writing each commit to the file before it returns, and {@code
 * SHUTDOWN COMPACT} when it closes. A generated district can be generated again, so the load trades
 * the durability of the last half second's commits for a file bounded on disk: with {@code
 * WRITE_DELAY=0} the file grew about 100 KB a resident while open (200,000 residents: 24.3 GiB).
 * The measured runs reopen the file with {@code openH2File}, as a host would.
 *
 * <p>The twin of examples/quickstart's {@code LoadingStore} (that module is an application, package-private
 * and not a dependency of the benchmarks); keep the two alike.
 */
final class LoadingStore implements AutoCloseable {
  private final JdbcConnectionPool pool;
  private final JdbcRecordStore records;

  private LoadingStore(JdbcConnectionPool pool, JdbcRecordStore records) {
    this.pool = pool;
    this.records = records;
  }

  /** Opens (creating it if needed) the store in {@code folder} for loading. */
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

  /** The store to load into. */
  JdbcRecordStore records() {
    return records;
  }

  /**
   * Closes the store and compacts the file ({@code SHUTDOWN COMPACT}): without a write on every
   * commit, H2 leaves superseded chunks behind until then.
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
