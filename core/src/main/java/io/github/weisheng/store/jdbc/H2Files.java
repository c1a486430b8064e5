package io.github.weisheng.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
   *       brings the file back to its data's size (8 MB in that measurement). While the store is
   *       open, {@link Compaction} keeps the file bounded (see {@link H2FileOptions}).
   * </ul>
   */
  static final String SETTINGS =
      ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64;MAX_COMPACT_TIME=10000";

  /** Connections the store may hold at once (each open stream holds one). */
  private static final int MAX_CONNECTIONS = 64;

  /** How long an operation waits for a free connection when all are in use. */
  private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

  /**
   * The chunk fill rate (percent of live data) under which a compaction round rewrites chunks: the
   * emptiest chunks first, each holding at most half live data.
   */
  static final int COMPACTION_FILL_RATE = 50;

  /**
   * The most live data a compaction round rewrites, per commit of the interval, in bytes (40 KB:
   * 4 MB for the default 100 commits).
   */
  static final int COMPACTION_WRITE_PER_COMMIT = 40 << 10;

  /**
   * The most chunk data a compaction round moves towards the start of the file, per commit of the
   * interval, in bytes (640 KB: about 64 MB for the default 100 commits). Measured: an archive
   * opening appends a chunk of about 130 KB; with 16 MB per 100 commits, or 64 MB per 1,000, the
   * moves did not keep up and the file kept growing.
   */
  static final long COMPACTION_MOVE_PER_COMMIT = 640L << 10;

  private static final Logger LOG = LoggerFactory.getLogger(H2Files.class);

  private H2Files() {}

  /** Returns the JDBC URL of the store in {@code directory}, with H2's default page cache. */
  static String url(Path directory) {
    return url(directory, H2FileOptions.defaults());
  }

  /** Returns the JDBC URL of the store in {@code directory} with the options' page cache. */
  static String url(Path directory, H2FileOptions options) {
    String path = directory.toAbsolutePath().normalize().resolve(DATABASE_NAME).toString();
    if (path.indexOf(';') >= 0) {
      throw new IllegalArgumentException("directory must not contain ';' / 目录路径不能包含分号");
    }
    String settings = options.bulkLoad() ? SETTINGS.replace(";WRITE_DELAY=0", "") : SETTINGS;
    return "jdbc:h2:file:" + path + settings + ";CACHE_SIZE=" + options.pageCacheMb() * 1024;
  }

  static JdbcRecordStore open(Path directory, H2FileOptions options) {
    String url = url(directory, options);
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
    Compaction compaction = options.compactsWhileOpen() ? new Compaction(pool, options) : null;
    AutoCloseable owned;
    if (options.bulkLoad()) {
      owned = () -> {
        // Without a write at every commit H2 leaves superseded chunks behind: compact them all.
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN COMPACT");
        } finally {
          pool.close();
        }
      };
    } else if (compaction != null) {
      owned = () -> {
        try {
          compaction.beforeClose();
        } finally {
          pool.close();
        }
      };
    } else {
      owned = pool;
    }
    JdbcRecordStore store = JdbcRecordStore.open(pool, JdbcDialect.h2(), owned, compaction);
    if (compaction != null) {
      try {
        compaction.prepare();
      } catch (RuntimeException e) {
        store.close();
        throw e;
      }
    }
    return store;
  }

  /**
   * Checks the file of the open store every {@code interval} commits and compacts it when too little
   * of it is live ({@link H2FileOptions}).
   * Run by {@link JdbcRecordStore#commit} after each successful commit, inside the store's commit
   * lock, so rounds never overlap and no commit of the store runs during one.
   *
   * <p>Why it is needed: with {@code WRITE_DELAY=0} H2 writes each commit as a new chunk of the
   * B-tree pages it copied (copy on write) and runs no background writer, which is the only thing
   * that rewrites the few live pages left in old chunks ({@code MVStore#compact}). A chunk is freed
   * only when none of its pages is live and it is older than H2's {@code RETENTION_TIME} (45 s);
   * with random keys every chunk keeps a page or two alive, so none is ever freed: measured, 4,000
   * commits left 4,000 chunks at a 5% fill rate. {@code RETENTION_TIME=0} alone changed nothing
   * (no chunk becomes empty), nor did {@code MVStore#compact} alone (it rewrites only chunks older
   * than the retention time).
   *
   * <p>Why new chunks go to the end of the file ({@code setReuseSpace(false)}) between rounds: H2
   * finds the newest chunk after a crash from the store header, which it rewrites only now and
   * then, from the chain of predicted next positions, and from the end of the file. Measured: when
   * commits reused freed space in the middle of the file, a {@code kill -9} lost the acknowledged
   * commits since the last compaction round (3 failures of the crash test in 4 runs); with every
   * chunk appended the newest one is always at the end, as before this compaction existed.
   *
   * <p>One round, on H2's own MVStore API (H2 has no SQL statement that compacts an open database):
   * <ol>
   *   <li>{@code sync()}: force the file to the device, so that every chunk written so far, and
   *       with it every commit acknowledged so far, is there even after a power loss;
   *   <li>for the round, retention time 0 (H2's 45 s is how long it assumes the operating system
   *       takes to write a chunk out; the sync has just done that) and space reuse on;
   *   <li>free every chunk without live data (each was superseded by chunks the sync wrote);
   *   <li>rewrite the live pages of the emptiest chunks ({@value #COMPACTION_FILL_RATE}% fill rate
   *       or less, at most {@code COMPACTION_WRITE_PER_COMMIT} bytes per commit of the interval)
   *       and commit them, then sync again;
   *   <li>move chunks from the end of the file into the free space before them (at most {@code
   *       COMPACTION_MOVE_PER_COMMIT} bytes per commit of the interval) and truncate the file:
   *       H2's own {@code compactMoveChunks},
   *       the step it runs when a database closes, which writes the store header and syncs before
   *       and after moving so that the newest chunk can always be found;
   *   <li>space reuse off and the retention time back to 45 s.
   * </ol>
   *
   * <p>A round that fails is logged without the exception's message (it may quote a path), and the
   * next round tries again; a failure of H2 itself fails the store's next commit too. If the H2 on
   * the class path lacks this API (another version than the one this library was built against),
   * compaction is switched off for the store and the file grows until it closes, as before.
   */
  static final class Compaction implements Runnable {
    private final DataSource pool;
    private final int interval;
    private final int fillRate;
    private final long slackBytes;
    private long commits;
    private volatile boolean unavailable;

    Compaction(DataSource pool, H2FileOptions options) {
      if (!options.compactsWhileOpen()) {
        throw new IllegalArgumentException("the options do not compact while open");
      }
      this.pool = pool;
      this.interval = options.compactionInterval();
      this.fillRate = options.compactionFillRate();
      this.slackBytes = (long) options.compactionSlackMb() << 20;
    }

    /**
     * Counts a commit and, when the interval is complete, checks the file (H2's bookkeeping, no I/O)
     * and compacts it when less than {@code fillRate} percent of its chunks' bytes, and at least
     * {@code slackBytes} of it, are no longer live.
     */
    @Override
    public void run() {
      if (unavailable || ++commits % interval != 0) {
        return;
      }
      try (Connection connection = pool.getConnection()) {
        MVStore store = mvStore(connection);
        int chunksFillRate = store.getFileStore().getChunksFillRate();
        long notLive = store.getFileStore().size() / 100 * (100 - chunksFillRate);
        if (chunksFillRate < fillRate && notLive >= slackBytes) {
          compact(store, interval);
        }
      } catch (LinkageError | ClassCastException e) {
        unavailable = true;
        LOG.warn("the H2 on the class path does not offer the API the embedded store compacts with ({});"
            + " the file will grow until the store closes", e.getClass().getName());
      } catch (SQLException | RuntimeException e) {
        LOG.warn("compacting the embedded store's file failed ({}); trying again after {} commits",
            e.getClass().getName(), interval);
      }
    }

    private static MVStore mvStore(Connection connection) throws SQLException {
      SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
      return session.getDatabase().getStore().getMvStore();
    }

    /** Makes new chunks go to the end of the file between rounds (see the class comment). */
    void prepare() {
      try (Connection connection = pool.getConnection()) {
        mvStore(connection).setReuseSpace(false);
      } catch (LinkageError | ClassCastException e) {
        unavailable = true;
        LOG.warn("the H2 on the class path does not offer the API the embedded store compacts with ({});"
            + " the file will grow until the store closes", e.getClass().getName());
      } catch (SQLException e) {
        throw JdbcFailures.failure("preparing the embedded database", e);
      }
    }

    /**
     * Turns space reuse back on before the database closes: H2's compaction on close ({@code
     * MAX_COMPACT_TIME}) rewrites and moves nothing without it.
     */
    void beforeClose() {
      if (unavailable) {
        return;
      }
      try (Connection connection = pool.getConnection()) {
        mvStore(connection).setReuseSpace(true);
      } catch (SQLException | RuntimeException | LinkageError e) {
        LOG.warn("preparing the embedded store's file for compaction on close failed ({})", e.getClass().getName());
      }
    }

    private static void compact(MVStore store, int interval) {
      store.sync();
      int retention = store.getRetentionTime();
      store.setRetentionTime(0);
      store.setReuseSpace(true);
      try {
        store.executeFilestoreOperation(store.getFileStore()::dropUnusedChunks);
        int writeLimit = (int) Math.min(Integer.MAX_VALUE, (long) interval * COMPACTION_WRITE_PER_COMMIT);
        if (store.compact(COMPACTION_FILL_RATE, writeLimit)) {
          store.commit();
        }
        store.sync();
        ((RandomAccessStore) store.getFileStore()).compactMoveChunks(101, interval * COMPACTION_MOVE_PER_COMMIT, store);
      } finally {
        store.setReuseSpace(false);
        store.setRetentionTime(retention);
      }
    }
  }
}
