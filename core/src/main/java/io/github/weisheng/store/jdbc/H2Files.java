package io.github.weisheng.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The embedded H2 file database behind {@link JdbcRecordStore#openH2File(Path)}, pooled by {@link
 * EmbeddedPool}. This is the only class that names H2's types; it is loaded only after {@link
 * JdbcRecordStore#openH2File} has checked that H2 is present, so the rest of the store runs without
 * H2.
 */
final class H2Files {
  /** The database name: H2 keeps it in {@code <directory>/weisheng.mv.db}. */
  static final String DATABASE_NAME = "weisheng";

  /**
   * The connection settings.
   *
   * <ul>
   *   <li>{@code WRITE_DELAY=0}: H2 2.x otherwise writes committed changes to the file from a
   *       background thread up to 500 ms later, so a process killed in that window would lose
   *       acknowledged commits; with 0, each commit writes its chunk to the file before returning.
   *   <li>{@code LOCK_TIMEOUT=10000}: writers to one record wait for each other up to 10 s (H2's
   *       default is 1 s) before failing.
   *   <li>{@code TRACE_LEVEL_FILE=0}: no {@code .trace.db} file, whose messages may quote values.
   *   <li>{@code QUERY_CACHE_SIZE=64}: each connection keeps its 64 most recent statements parsed
   *       and planned (H2's default, 8, is fewer than the store's statement shapes: its reads,
   *       commits, scans and look-ups together), so SQL is prepared once per connection.
   *   <li>{@code MAX_COMPACT_TIME=10000}: with {@code WRITE_DELAY=0} H2 runs no background writer,
   *       which is also what compacts the file, so every commit's chunk stays on disk until the
   *       pages in it are overwritten (H2 keeps old chunks 45 s, its default {@code RETENTION_TIME},
   *       left as it is for safety on power loss); measured, 5,000 small commits left a 176 MB file
   *       for 8 MB of data. Up to 10 s of compaction when the store closes (H2's default: 0.2 s)
   *       brings the file back to its data's size (8 MB in that measurement).
   * </ul>
   */
  static final String SETTINGS =
      ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64;MAX_COMPACT_TIME=10000";

  /** Connections the store may hold at once (each open stream holds one). */
  private static final int MAX_CONNECTIONS = 64;

  /** How long an operation waits for a free connection when all are in use. */
  private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

  private H2Files() {}

  /** Returns the JDBC URL of the store in {@code directory}. */
  static String url(Path directory) {
    String path = directory.toAbsolutePath().normalize().resolve(DATABASE_NAME).toString();
    if (path.indexOf(';') >= 0) {
      throw new IllegalArgumentException("directory must not contain ';' / 目录路径不能包含分号");
    }
    return "jdbc:h2:file:" + path + SETTINGS;
  }

  static JdbcRecordStore open(Path directory) {
    String url = url(directory);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw JdbcFailures.failure("creating the embedded database directory", e);
    }
    org.h2.Driver driver = new org.h2.Driver();
    Properties user = new Properties();
    user.setProperty("user", "sa");
    user.setProperty("password", "");
    EmbeddedPool pool = new EmbeddedPool(() -> driver.connect(url, user), MAX_CONNECTIONS, BORROW_TIMEOUT);
    return JdbcRecordStore.open(pool, JdbcDialect.h2(), pool);
  }
}
