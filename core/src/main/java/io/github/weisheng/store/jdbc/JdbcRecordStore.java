package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexMatch;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.spi.storage.StoredRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC record store (JDBC 记录存储): Weisheng's built-in {@link RecordStore} on H2 2.x, the
 * embedded default ({@link #openH2File(Path)}), and on PostgreSQL for production, through
 * {@code java.sql} alone (the host chooses and supplies the driver).
 *
 * <p><b>Connections.</b> Every operation borrows a connection from the {@link DataSource} and gives
 * it back; a stream holds its connection until its last record is read or it is closed, whichever
 * comes first. Pass a pooled data source (HikariCP, the application server's pool, …): the store
 * keeps no pool of its own (only {@link #openH2File} pools the connections it opens). It sets auto-commit as it needs and restores it; it raises a
 * connection below READ COMMITTED to READ COMMITTED, and on H2 a streaming connection to
 * SNAPSHOT, restoring the level afterwards; any stronger isolation the host configured is kept.
 *
 * <p><b>Schema.</b> Four tables: {@code ws_record} (current version per record), {@code
 * ws_record_version} (every version), {@code ws_index} (current index entries) and {@code
 * ws_schema} (applied schema versions). Opening an empty database applies {@link
 * JdbcDialect#schemaScripts()}; opening an older store applies the missing scripts in order;
 * opening a store that a newer library wrote fails with a {@link StoreException}. A host that
 * manages DDL itself runs the same scripts beforehand.
 *
 * <p><b>Commits</b> run in one transaction: the rows of {@code ws_record} are updated with {@code
 * WHERE kind = ? AND id = ? AND version = ?} (creates insert, and a duplicate key means another
 * writer came first), in key order so that concurrent multi-record commits cannot deadlock; then
 * the version rows are inserted and the index rows brought in line with the new entries: an
 * updated record's rows are read, those the new version drops are deleted, and only entries it
 * adds are inserted (an amendment that keeps its entries writes no index row). Any failure rolls everything back. A conflict the
 * database reports (deadlock, serialization failure) is retried a few times when no version
 * actually changed; a changed version is a {@link StaleVersionException} naming the current one.
 * When the connection breaks during {@code COMMIT} itself, no JDBC client can know whether the
 * database applied it; the {@link StoreException} then says so, and the caller re-reads.
 *
 * <p><b>H2</b>: commits to one H2 database are serialised inside the JVM (readers are not). Under
 * contention, H2 2.x's row locking can let a writer update a row from a stale copy, and the
 * rollback of that writer then restores the stale copy over a newer committed one; with one writer
 * at a time this cannot happen. Several processes writing one H2 database (server mode) are
 * therefore not supported: use PostgreSQL there.
 *
 * <p><b>Scans and look-ups</b> are streams that read as they are consumed:
 *
 * <ul>
 *   <li><i>H2</i> reads in pages of {@value #FETCH_SIZE} records, one query per page, each page
 *       starting after the last record of the one before (keyset pagination) and walking a
 *       primary key: that of {@code ws_record} ({@code kind, id}) for a scan, that of {@code
 *       ws_index} ({@code kind, idx_name, idx_key, id}) for a look-up. A page costs time in
 *       proportion to the page, not to the kind (nothing is sorted), so the first records of a
 *       scan over millions cost one page, {@code limit(n)} reads {@code n} records rounded up to
 *       pages, and a whole scan costs time in proportion to its records. All pages of a stream
 *       run in one read transaction at SNAPSHOT isolation.
 *   <li><i>PostgreSQL</i> runs one query per stream and the driver fetches it {@value
 *       #FETCH_SIZE} rows per round trip through a cursor, in one read transaction. PostgreSQL
 *       plans that query for its whole result: it may stream it from the primary-key indexes (a
 *       merge join, as on 100,000 analysed records) or hash and sort the kind's records before
 *       the first row (as on 10,000 records, or on any table not yet analysed), spilling to disk
 *       beyond {@code work_mem}. See {@link JdbcDialect} for why pages would be worse there.
 * </ul>
 *
 * <p>On both, memory stays bounded whatever the number of records: the client holds one page (or
 * one fetch) and the record being consumed. Each stream shows the store as it was when its first
 * query ran: never part of a commit, and nothing committed later, however many pages later it is
 * read. The database keeps the old row versions that this snapshot needs until the stream ends
 * (H2 older file chunks, PostgreSQL rows vacuum may not yet remove), so close a stream abandoned
 * early (try-with-resources); a stream read to its end gives its connection back at once. Scope
 * filtering and index ranges run in SQL; a narrow scope filter over a large kind still walks the
 * kind's records to find those in scope. Scans are ordered by id, look-ups by index value then
 * id, both in {@link String#compareTo} order on both databases: ids are ASCII, which H2 compares
 * with {@code String.compareTo} (its default collation, OFF; a host that creates its own H2
 * database must keep it) and PostgreSQL byte by byte ({@code COLLATE "C"}); index values are
 * compared as their big-endian UTF-16 code units, stored in {@code idx_key}.
 *
 * <p><b>Text.</b> Authors, reasons and index values must not contain U+0000 or unpaired surrogates
 * (PostgreSQL cannot store them); such a commit is refused with an {@link
 * IllegalArgumentException}. Commit times are stored as epoch seconds plus nanoseconds, so {@link
 * Instant}s round-trip exactly.
 *
 * <p><b>Privacy.</b> Exception messages name records by kind and id only; the driver's exception
 * is never attached as it is (its message may quote values), only its class, SQLState, vendor code
 * and stack trace.
 *
 * @since 0.1.0
 */
public final class JdbcRecordStore implements RecordStore {
  /**
   * Records per page of a scan or look-up on H2 (one query per page), and per round trip of a
   * stream's cursor on PostgreSQL.
   */
  public static final int FETCH_SIZE = 500;

  /** Attempts of a commit whose transaction the database aborted on a conflict. */
  private static final int MAX_ATTEMPTS = 5;

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9.-]{0,62}");

  /** One commit lock per H2 database (by URL without settings), shared by the stores of a JVM. */
  private static final ConcurrentMap<String, ReentrantLock> H2_COMMIT_LOCKS = new ConcurrentHashMap<>();

  /** The columns of a stored version, as {@link #toRecord} reads them. */
  static final String COLUMNS =
      "v.id, v.version, v.scope, v.body, v.idx_entries, v.author, v.reason, v.at_epoch_second,"
          + " v.at_nano";
  private static final String CURRENT =
      " FROM ws_record r JOIN ws_record_version v"
          + " ON v.kind = r.kind AND v.id = r.id AND v.version = r.version";
  private static final String SELECT_CURRENT =
      "SELECT " + COLUMNS + CURRENT + " WHERE r.kind = ? AND r.id = ?";
  private static final String SELECT_CURRENT_WITH_KIND =
      "SELECT " + COLUMNS + ", v.kind" + CURRENT + " WHERE r.kind = ? AND r.id = ?";
  /** Keys per query of {@link #readAll}. */
  private static final int READ_ALL_CHUNK = 16;
  private static final String SELECT_VERSION =
      "SELECT " + COLUMNS + " FROM ws_record_version v WHERE v.kind = ? AND v.id = ? AND v.version = ?";
  private static final String SELECT_HISTORY =
      "SELECT " + COLUMNS + " FROM ws_record_version v WHERE v.kind = ? AND v.id = ?"
          + " ORDER BY v.version";
  private static final String SELECT_VERSION_NUMBER =
      "SELECT version FROM ws_record WHERE kind = ? AND id = ?";
  private static final String INSERT_RECORD =
      "INSERT INTO ws_record (kind, id, version, scope) VALUES (?, ?, 1, ?)";
  private static final String UPDATE_RECORD =
      "UPDATE ws_record SET version = ?, scope = ? WHERE kind = ? AND id = ? AND version = ?";
  private static final String INSERT_VERSION =
      "INSERT INTO ws_record_version (kind, id, version, scope, body, idx_entries, author, reason,"
          + " at_epoch_second, at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT_INDEX_OF_RECORD =
      "SELECT idx_name, idx_key, idx_value FROM ws_index WHERE kind = ? AND id = ?";
  private static final String DELETE_INDEX_ENTRY =
      "DELETE FROM ws_index WHERE kind = ? AND idx_name = ? AND idx_key = ? AND id = ?";
  private static final String INSERT_INDEX =
      "INSERT INTO ws_index (kind, idx_name, idx_key, id, idx_value) VALUES (?, ?, ?, ?, ?)";

  private final DataSource dataSource;
  private final JdbcDialect dialect;
  private final @Nullable AutoCloseable owned;
  private final @Nullable ReentrantLock commitLock;
  /** Run after each successful commit, inside the commit lock (the embedded store's compaction). */
  private final @Nullable Runnable afterCommit;
  private final int pageSize;
  private final Set<RecordStream<?>> openStreams = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private JdbcRecordStore(DataSource dataSource, JdbcDialect dialect, @Nullable AutoCloseable owned,
      @Nullable ReentrantLock commitLock, @Nullable Runnable afterCommit, int pageSize) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.owned = owned;
    this.commitLock = commitLock;
    this.afterCommit = afterCommit;
    this.pageSize = pageSize;
  }

  /**
   * Opens the store on a database: checks its schema, creating the tables in an empty database and
   * applying missing migrations to an older one.
   *
   * @param dataSource the host's (pooled) data source; the store never closes it
   * @param dialect the database's dialect
   * @return the store
   * @throws StoreException when the database cannot be reached or its schema is newer than this
   *     library
   */
  public static JdbcRecordStore open(DataSource dataSource, JdbcDialect dialect) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    return open(dataSource, dialect, null);
  }

  /**
   * Opens the store on a database, recognising H2 or PostgreSQL from its metadata.
   *
   * @param dataSource the host's (pooled) data source; the store never closes it
   * @return the store
   * @throws StoreException when the database cannot be reached, is not supported or its schema is
   *     newer than this library
   * @see JdbcDialect#detect(DataSource)
   */
  public static JdbcRecordStore open(DataSource dataSource) {
    return open(dataSource, JdbcDialect.detect(dataSource));
  }

  /**
   * Opens the embedded default store (嵌入式默认存储): an H2 database in file mode in {@code
   * directory} (file {@code weisheng.mv.db}, created with the directory when absent). H2 ({@code
   * com.h2database:h2}, an optional dependency) must be on the class path, or on the module path
   * and resolved ({@code --add-modules com.h2database} or a {@code requires} in the host's module).
   *
   * <p>Durability: the database runs with {@code WRITE_DELAY=0}, so each commit is written to the
   * file before {@link #commit} returns and survives a crash or kill of the process. H2 does not
   * force the file to the device on each commit, so after a power loss or operating-system crash
   * the last acknowledged commits may be missing (never half of one); use PostgreSQL where that
   * matters. H2's trace file is off ({@code TRACE_LEVEL_FILE=0}) because its messages may quote
   * values. One process at a time may open the file.
   *
   * <p>File size: the store compacts its file every {@value H2FileOptions#DEFAULT_COMPACTION_INTERVAL}
   * commits while open ({@link H2FileOptions#defaults()}), so the file stays within a small
   * multiple of its data's size however long the store stays open; the commit that completes an
   * interval takes longer (it forces the file to the device, rewrites the live pages of the
   * emptiest parts of the file and moves its tail into the freed space). {@link
   * #openH2File(Path, H2FileOptions)} chooses another interval or none.
   *
   * <p>The store owns the connections it opens here, pools them (at most 64 at once; an operation
   * waits up to 30 s for a free one) and releases them on {@link #close()}. A pooled connection is
   * not rolled back when it is reused (only when it comes back inside a transaction), and H2 keeps
   * the last 64 statements of each connection prepared ({@code QUERY_CACHE_SIZE=64}), so the
   * store's SQL is parsed and planned once per connection.
   *
   * @param directory the directory of the database file
   * @return the store
   * @throws StoreException when H2 is missing, the file is in use by another process or cannot be
   *     opened, or its schema is newer than this library
   */
  public static JdbcRecordStore openH2File(Path directory) {
    return openH2File(directory, H2FileOptions.defaults());
  }

  /**
   * Opens the embedded default store (嵌入式默认存储) as {@link #openH2File(Path)} does, with the
   * given options: how often the open store compacts its file ({@link H2FileOptions}).
   *
   * @param directory the directory of the database file
   * @param options the options, {@link H2FileOptions#defaults()} for {@link #openH2File(Path)}'s
   * @return the store
   * @throws StoreException when H2 is missing, the file is in use by another process or cannot be
   *     opened, or its schema is newer than this library
   */
  public static JdbcRecordStore openH2File(Path directory, H2FileOptions options) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(options, "options");
    try {
      Class.forName("org.h2.Driver", false, JdbcRecordStore.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new StoreException("the embedded store needs H2 (com.h2database:h2 2.x) on the class path"
          + " or module path; add it, or open the store on a DataSource / 嵌入式存储需要 H2 数据库驱动");
    }
    return H2Files.open(directory, options);
  }

  /** Opens over a data source, closing {@code owned} when opening fails or the store closes. */
  static JdbcRecordStore open(DataSource dataSource, JdbcDialect dialect, @Nullable AutoCloseable owned) {
    return open(dataSource, dialect, owned, null, FETCH_SIZE);
  }

  /**
   * Opens over a data source, closing {@code owned} when opening fails or the store closes, and
   * running {@code afterCommit} after each successful commit inside the commit lock.
   */
  static JdbcRecordStore open(DataSource dataSource, JdbcDialect dialect, @Nullable AutoCloseable owned,
      @Nullable Runnable afterCommit) {
    return open(dataSource, dialect, owned, afterCommit, FETCH_SIZE);
  }

  /**
   * Opens over a data source with streams read in pages of {@code pageSize} rows (tests use small
   * pages to cross many page boundaries with few records).
   */
  static JdbcRecordStore open(DataSource dataSource, JdbcDialect dialect, @Nullable AutoCloseable owned,
      int pageSize) {
    return open(dataSource, dialect, owned, null, pageSize);
  }

  private static JdbcRecordStore open(DataSource dataSource, JdbcDialect dialect, @Nullable AutoCloseable owned,
      @Nullable Runnable afterCommit, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be positive");
    }
    String url;
    try {
      url = Schema.ensure(dataSource, dialect);
    } catch (RuntimeException e) {
      closeOwned(owned, e);
      throw e;
    }
    ReentrantLock commitLock = null;
    if (dialect.isH2()) {
      int settings = url.indexOf(';');
      commitLock = H2_COMMIT_LOCKS.computeIfAbsent(
          settings < 0 ? url : url.substring(0, settings), database -> new ReentrantLock(true));
    }
    return new JdbcRecordStore(dataSource, dialect, owned, commitLock, afterCommit, pageSize);
  }

  /**
   * Returns the dialect of the store's database.
   *
   * @return the dialect
   */
  public JdbcDialect dialect() {
    return dialect;
  }

  @Override
  public Optional<StoredRecord> read(RecordKey key) {
    Objects.requireNonNull(key, "key");
    return query("reading " + key, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(SELECT_CURRENT)) {
        statement.setString(1, key.kind());
        statement.setString(2, key.id());
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next() ? Optional.of(toRecord(key.kind(), rows)) : Optional.empty();
        }
      }
    });
  }

  /**
   * Reads several records with one query per {@value #READ_ALL_CHUNK} keys: a {@code UNION ALL} of
   * the primary-key look-ups that {@link #read(RecordKey)} makes, on one borrowed connection.
   */
  @Override
  public Map<RecordKey, StoredRecord> readAll(Collection<RecordKey> keys) {
    Objects.requireNonNull(keys, "keys");
    Set<RecordKey> distinct = new LinkedHashSet<>();
    for (RecordKey key : keys) {
      distinct.add(Objects.requireNonNull(key, "key"));
    }
    ensureOpen();
    if (distinct.isEmpty()) {
      return Map.of();
    }
    List<RecordKey> ordered = List.copyOf(distinct);
    Map<RecordKey, StoredRecord> rows = query("reading " + ordered.size() + " record(s) starting at " + ordered.get(0),
        connection -> {
          Map<RecordKey, StoredRecord> read = new HashMap<>();
          for (int from = 0; from < ordered.size(); from += READ_ALL_CHUNK) {
            List<RecordKey> chunk = ordered.subList(from, Math.min(ordered.size(), from + READ_ALL_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(selectCurrentOf(chunk.size()))) {
              int parameter = 1;
              for (RecordKey key : chunk) {
                statement.setString(parameter++, key.kind());
                statement.setString(parameter++, key.id());
              }
              try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                  StoredRecord record = toRecord(result.getString(10), result);
                  read.put(record.key(), record);
                }
              }
            }
          }
          return read;
        });
    Map<RecordKey, StoredRecord> found = new LinkedHashMap<>();
    for (RecordKey key : ordered) {
      StoredRecord record = rows.get(key);
      if (record != null) {
        found.put(key, record);
      }
    }
    return Collections.unmodifiableMap(found);
  }

  /** The query reading the current versions of {@code n} records, each by its primary key. */
  private static String selectCurrentOf(int n) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sql.append(" UNION ALL ");
      }
      sql.append(SELECT_CURRENT_WITH_KIND);
    }
    return sql.toString();
  }

  @Override
  public Optional<StoredRecord> read(RecordKey key, long version) {
    Objects.requireNonNull(key, "key");
    ensureOpen();
    if (version < 1) {
      return Optional.empty();
    }
    return query("reading " + key + " v" + version, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(SELECT_VERSION)) {
        statement.setString(1, key.kind());
        statement.setString(2, key.id());
        statement.setLong(3, version);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next() ? Optional.of(toRecord(key.kind(), rows)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<StoredRecord> history(RecordKey key) {
    Objects.requireNonNull(key, "key");
    return query("reading the history of " + key, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(SELECT_HISTORY)) {
        statement.setString(1, key.kind());
        statement.setString(2, key.id());
        try (ResultSet rows = statement.executeQuery()) {
          List<StoredRecord> versions = new ArrayList<>();
          while (rows.next()) {
            versions.add(toRecord(key.kind(), rows));
          }
          return List.copyOf(versions);
        }
      }
    });
  }

  @Override
  public void commit(Commit commit) {
    Objects.requireNonNull(commit, "commit");
    ensureOpen();
    Columns.checkStorable(commit.author(), "author");
    Columns.checkStorable(commit.reason(), "reason");
    List<RecordWrite> writes = new ArrayList<>(commit.writes());
    for (RecordWrite write : writes) {
      for (IndexEntry entry : write.index()) {
        Columns.checkStorable(entry.value(), "index.value");
      }
    }
    writes.sort(Comparator.comparing(RecordWrite::key)); // one lock order for every commit
    String what = "commit of " + writes.size() + " write(s) starting at " + writes.get(0).key();
    if (commitLock != null) {
      commitLock.lock();
    }
    try {
      for (int attempt = 1; ; attempt++) {
        if (tryCommit(commit, writes, what)) {
          if (afterCommit != null) {
            afterCommit.run(); // the commit is on disk already; this never fails it
          }
          return;
        }
        if (attempt == MAX_ATTEMPTS) {
          throw new StoreException(what + " failed: the database reported a write conflict "
              + MAX_ATTEMPTS + " times; retry later / 提交多次发生写冲突, 请稍后重试");
        }
      }
    } finally {
      if (commitLock != null) {
        commitLock.unlock();
      }
    }
  }

  /**
   * Runs one attempt of a commit.
   *
   * @return true when committed, false when the database aborted on a conflict that did not leave
   *     any expected version stale (worth retrying)
   * @throws StaleVersionException when a write's expected version is not current
   */
  private boolean tryCommit(Commit commit, List<RecordWrite> writes, String what) {
    Connection connection = borrow(what);
    boolean restoreAutoCommit = false;
    int restoreIsolation = -1;
    try {
      restoreAutoCommit = connection.getAutoCommit();
      if (restoreAutoCommit) {
        connection.setAutoCommit(false);
      }
      restoreIsolation = dialect.atLeastReadCommitted(connection);
      boolean committing = false;
      try {
        @Nullable RecordWrite stale = apply(connection, commit, writes);
        if (stale == null) {
          committing = true;
          connection.commit();
          return true;
        }
        connection.rollback();
        long actual = currentVersion(connection, stale.key());
        if (actual != stale.expectedVersion()) {
          throw new StaleVersionException(stale.key(), stale.expectedVersion(), actual);
        }
        return false; // the expected version was committed meanwhile: try again
      } catch (SQLException e) {
        rollbackQuietly(connection, e);
        if (committing && isConnectionFailure(e)) {
          throw new StoreException(what + " failed: the connection broke during COMMIT, so whether"
              + " the commit was applied is unknown; re-read before retrying: " + JdbcFailures.describe(e)
              + " / 提交时连接中断, 无法确定是否已提交, 请重新读取后再试", JdbcFailures.withheld(e, 0));
        }
        if (!JdbcFailures.isConflict(e)) {
          throw JdbcFailures.failure(what, e);
        }
        for (RecordWrite write : writes) {
          long actual = currentVersion(connection, write.key());
          if (actual != write.expectedVersion()) {
            throw new StaleVersionException(write.key(), write.expectedVersion(), actual);
          }
        }
        return false;
      } catch (RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw JdbcFailures.failure(what, e);
    } finally {
      giveBack(connection, restoreAutoCommit, restoreIsolation);
    }
  }

  /**
   * Writes the commit's rows in the open transaction.
   *
   * @return the first write whose expected version is not current, or null when all were applied
   */
  private static @Nullable RecordWrite apply(Connection connection, Commit commit, List<RecordWrite> writes)
      throws SQLException {
    try (PreparedStatement insertRecord = connection.prepareStatement(INSERT_RECORD);
        PreparedStatement updateRecord = connection.prepareStatement(UPDATE_RECORD)) {
      for (RecordWrite write : writes) {
        RecordKey key = write.key();
        if (write.expectedVersion() == 0) {
          insertRecord.setString(1, key.kind());
          insertRecord.setString(2, key.id());
          insertRecord.setString(3, write.scope());
          insertRecord.executeUpdate(); // a duplicate key (23505) is a conflict: re-read, then stale
        } else {
          updateRecord.setLong(1, write.expectedVersion() + 1);
          updateRecord.setString(2, write.scope());
          updateRecord.setString(3, key.kind());
          updateRecord.setString(4, key.id());
          updateRecord.setLong(5, write.expectedVersion());
          if (updateRecord.executeUpdate() != 1) {
            return write;
          }
        }
      }
    }
    // Index rows change only where the entries changed: an update reads the record's current rows
    // and deletes those the new version drops; only new entries are inserted below.
    List<Set<IndexEntry>> added = new ArrayList<>(writes.size());
    boolean anyRemoved = false;
    try (PreparedStatement selectIndex = connection.prepareStatement(SELECT_INDEX_OF_RECORD);
        PreparedStatement deleteIndex = connection.prepareStatement(DELETE_INDEX_ENTRY)) {
      for (RecordWrite write : writes) {
        if (write.expectedVersion() == 0) {
          added.add(write.index());
          continue;
        }
        Set<IndexEntry> toAdd = new HashSet<>(write.index());
        selectIndex.setString(1, write.key().kind());
        selectIndex.setString(2, write.key().id());
        try (ResultSet rows = selectIndex.executeQuery()) {
          while (rows.next()) {
            String name = rows.getString(1);
            byte[] sortKey = rows.getBytes(2);
            String value = rows.getString(3);
            if (!toAdd.remove(IndexEntry.of(name, value))) {
              deleteIndex.setString(1, write.key().kind());
              deleteIndex.setString(2, name);
              deleteIndex.setBytes(3, sortKey);
              deleteIndex.setString(4, write.key().id());
              deleteIndex.addBatch();
              anyRemoved = true;
            }
          }
        }
        added.add(toAdd);
      }
      if (anyRemoved) {
        deleteIndex.executeBatch();
      }
    }
    try (PreparedStatement insertVersion = connection.prepareStatement(INSERT_VERSION)) {
      Instant at = commit.at();
      for (RecordWrite write : writes) {
        insertVersion.setString(1, write.key().kind());
        insertVersion.setString(2, write.key().id());
        insertVersion.setLong(3, write.expectedVersion() + 1);
        insertVersion.setString(4, write.scope());
        insertVersion.setBytes(5, write.body());
        insertVersion.setString(6, Columns.encodeEntries(write.index()));
        insertVersion.setString(7, commit.author());
        insertVersion.setString(8, commit.reason());
        insertVersion.setLong(9, at.getEpochSecond());
        insertVersion.setInt(10, at.getNano());
        insertVersion.addBatch();
      }
      insertVersion.executeBatch();
    }
    boolean anyEntry = false;
    try (PreparedStatement insertIndex = connection.prepareStatement(INSERT_INDEX)) {
      for (int i = 0; i < writes.size(); i++) {
        RecordWrite write = writes.get(i);
        for (IndexEntry entry : added.get(i)) {
          insertIndex.setString(1, write.key().kind());
          insertIndex.setString(2, entry.name());
          insertIndex.setBytes(3, Columns.sortKey(entry.value()));
          insertIndex.setString(4, write.key().id());
          insertIndex.setString(5, entry.value());
          insertIndex.addBatch();
          anyEntry = true;
        }
      }
      if (anyEntry) {
        insertIndex.executeBatch();
      }
    }
    return null;
  }

  /** Tells whether the exception is a lost connection (SQLState class 08). */
  private static boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("08");
  }

  /** Reads the current version number (0 when absent) in a short transaction of its own. */
  private static long currentVersion(Connection connection, RecordKey key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SELECT_VERSION_NUMBER)) {
      statement.setString(1, key.kind());
      statement.setString(2, key.id());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    } finally {
      connection.rollback();
    }
  }

  @Override
  public Stream<StoredRecord> scan(String kind, ScopeFilter scope) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scope, "scope");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("kind must match [a-z][a-z0-9.-]{0,62} / kind 须为小写字母开头的短名称");
    }
    ensureOpen();
    if (matchesNothing(scope)) {
      return Stream.empty();
    }
    PageQuery pages = PageQuery.scan(kind, scope, pageSize, dialect.keysetPages());
    return stream(pages, row -> toRecord(kind, row), "scanning kind " + kind);
  }

  @Override
  public Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(scope, "scope");
    ensureOpen();
    if (matchesNothing(scope)) {
      return Stream.empty();
    }
    PageQuery pages = PageQuery.find(query, scope, pageSize, dialect.keysetPages());
    return stream(pages, row -> toRecord(query.kind(), row), "looking up " + query);
  }

  /**
   * Streams the matches from {@code ws_index} alone: neither the version rows nor the bodies are
   * read, and {@code ws_record} only for its scope when the filter is not {@link ScopeFilter#all()}.
   */
  @Override
  public Stream<IndexMatch> findMatches(IndexQuery query, ScopeFilter scope) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(scope, "scope");
    ensureOpen();
    if (matchesNothing(scope)) {
      return Stream.empty();
    }
    PageQuery pages = PageQuery.findMatches(query, scope, pageSize, dialect.keysetPages());
    String kind = query.kind();
    return stream(pages, row -> new IndexMatch(RecordKey.of(kind, row.getString(1)), row.getString(2)),
        "looking up the index of " + query);
  }

  /** A filter with no prefixes matches no record: no query is needed. */
  private static boolean matchesNothing(ScopeFilter scope) {
    return !scope.isAll() && scope.prefixes().isEmpty();
  }

  /** Counts in one query: the index rows and the records' scopes, no version rows or bodies. */
  @Override
  public long count(IndexQuery query, ScopeFilter scope) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(scope, "scope");
    if (matchesNothing(scope)) {
      ensureOpen();
      return 0;
    }
    PageQuery.Page page = PageQuery.count(query, scope);
    return query("counting " + query, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(page.sql())) {
        page.bind(statement);
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }

  /**
   * Opens a stream: borrows a connection, begins a read transaction (at the dialect's snapshot
   * isolation when there will be several pages) and runs the first query.
   */
  private <T> Stream<T> stream(PageQuery pages, RecordStream.RowReader<T> reader, String what) {
    Connection connection = borrow(what);
    boolean restoreAutoCommit = false;
    int restoreIsolation = -1;
    RecordStream<T> records = null;
    try {
      restoreAutoCommit = connection.getAutoCommit();
      restoreIsolation = dialect.snapshotIsolation(connection);
      if (restoreAutoCommit) {
        // one transaction: every page reads one snapshot; PostgreSQL fetches by cursor only in one
        connection.setAutoCommit(false);
      }
      records = new RecordStream<>(this, connection, restoreAutoCommit, restoreIsolation, pages, reader, what);
      openStreams.add(records);
      if (closed) { // the store closed meanwhile: do not leak the connection
        records.close();
        throw closedException();
      }
      records.start();
      return records.stream();
    } catch (SQLException e) {
      if (records != null) {
        records.close();
      } else {
        rollbackQuietly(connection, e);
        giveBack(connection, restoreAutoCommit, restoreIsolation);
      }
      throw readFailure(what, e);
    }
  }

  /** Builds a record from the current row ({@link #COLUMNS} order). */
  static StoredRecord toRecord(String kind, ResultSet row) throws SQLException {
    RecordKey key = RecordKey.of(kind, row.getString(1));
    Set<IndexEntry> index;
    try {
      index = Columns.decodeEntries(row.getString(5));
    } catch (IllegalArgumentException e) {
      throw new StoreException("the stored index entries of " + key + " are corrupt / 索引数据已损坏");
    }
    return new StoredRecord(
        key,
        row.getLong(2),
        row.getString(3),
        row.getBytes(4),
        index,
        Instant.ofEpochSecond(row.getLong(8), row.getInt(9)),
        row.getString(6),
        row.getString(7));
  }

  StoreException readFailure(String what, SQLException e) {
    return closed ? closedException() : JdbcFailures.failure(what, e);
  }

  void forget(RecordStream<?> stream) {
    openStreams.remove(stream);
  }

  /**
   * Closes the store: open streams are closed, and the connections the store owns (those of
   * {@link #openH2File}) are released; a host's data source is left open. Later calls fail with
   * {@link StoreException}. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (RecordStream<?> stream : List.copyOf(openStreams)) {
      stream.close();
    }
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw JdbcFailures.failure("closing the embedded database", e);
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcRecordStore[" + dialect.id() + (closed ? ", closed]" : "]");
  }

  // ---------------------------------------------------------------------------------------------

  /** Work on a borrowed connection. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs single-statement reads in auto-commit mode (no extra round trips to end a transaction). */
  private <T> T query(String what, SqlWork<T> work) {
    ensureOpen();
    Connection connection = borrow(what);
    boolean restoreManual = false;
    int restoreIsolation = -1;
    try {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
        restoreManual = true;
      }
      restoreIsolation = dialect.atLeastReadCommitted(connection);
      return work.run(connection);
    } catch (SQLException e) {
      throw readFailure(what, e);
    } finally {
      try {
        if (restoreIsolation >= 0) {
          connection.setTransactionIsolation(restoreIsolation);
        }
        if (restoreManual) {
          connection.setAutoCommit(false);
        }
      } catch (SQLException ignored) {
        // the connection is closed below; a pool discards a broken one
      }
      closeQuietly(connection);
    }
  }

  private Connection borrow(String what) {
    ensureOpen();
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw readFailure("connecting for " + what, e);
    }
  }

  private static void giveBack(Connection connection, boolean restoreAutoCommit, int restoreIsolation) {
    try {
      if (restoreIsolation >= 0) {
        connection.setTransactionIsolation(restoreIsolation);
      }
      if (restoreAutoCommit) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // closing below still returns or discards the connection
    }
    closeQuietly(connection);
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(JdbcFailures.withheld(e, 0));
    }
  }

  private static void closeQuietly(@Nullable AutoCloseable resource) {
    if (resource != null) {
      try {
        resource.close();
      } catch (Exception ignored) {
        // nothing more to release
      }
    }
  }

  private static void closeOwned(@Nullable AutoCloseable owned, Throwable failure) {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        failure.addSuppressed(JdbcFailures.withheld(e, 0));
      }
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw closedException();
    }
  }

  private static StoreException closedException() {
    return new StoreException("the record store is closed / 记录存储已关闭");
  }
}
