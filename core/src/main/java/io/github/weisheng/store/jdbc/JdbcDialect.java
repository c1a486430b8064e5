package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The database a {@link JdbcRecordStore} runs on (数据库方言): H2 2.x or PostgreSQL, with the
 * versioned DDL scripts of each.
 *
 * <p>The store issues the same SQL on both; the dialect holds what differs: the DDL (column types,
 * collations), how a migration is serialised against concurrent openers, whether a connection may
 * run below READ COMMITTED, and how scans and look-ups stream: in keyset pages under one snapshot
 * (H2) or as one query, the first page's without its limit, through a cursor (PostgreSQL).
 *
 * @since 0.1.0
 */
public final class JdbcDialect {
  /** Script file names per dialect, in version order ({@code V<version>__<description>.sql}). */
  private static final List<String> SCRIPT_FILES = List.of("V1__records.sql");

  /** The advisory-lock key PostgreSQL openers take while checking or migrating the schema. */
  private static final long MIGRATION_LOCK_KEY = 0x5765697368656e67L; // "Weisheng"

  /**
   * H2's JDBC level SNAPSHOT ({@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}), between
   * REPEATABLE READ (4) and SERIALIZABLE (8).
   */
  static final int H2_SNAPSHOT = 6;

  private static final JdbcDialect H2 = new JdbcDialect("h2", loadScripts("h2"));
  private static final JdbcDialect POSTGRESQL = new JdbcDialect("postgresql", loadScripts("postgresql"));

  private final String id;
  private final List<SchemaScript> scripts;

  private JdbcDialect(String id, List<SchemaScript> scripts) {
    this.id = id;
    this.scripts = List.copyOf(scripts);
    for (int i = 0; i < this.scripts.size(); i++) {
      if (this.scripts.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "schema scripts must be numbered 1, 2, 3, ... in order / 结构脚本须按 1、2、3…顺序编号");
      }
    }
  }

  /**
   * Returns the dialect of H2 2.x (embedded or server mode).
   *
   * <p>A host that opens its own H2 file database should use the settings of {@link
   * JdbcRecordStore#openH2File}: {@code WRITE_DELAY=0} (otherwise commits reach the file up to
   * 500 ms after they were acknowledged), a {@code LOCK_TIMEOUT} of several seconds (H2's default
   * of 1 s fails writers to busy records) and {@code TRACE_LEVEL_FILE=0} (trace messages may quote
   * values).
   *
   * @return the H2 dialect
   */
  public static JdbcDialect h2() {
    return H2;
  }

  /**
   * Returns the dialect of PostgreSQL (12 or later).
   *
   * @return the PostgreSQL dialect
   */
  public static JdbcDialect postgresql() {
    return POSTGRESQL;
  }

  /**
   * Recognises the database from its JDBC metadata (product name {@code H2} or {@code PostgreSQL}).
   *
   * @param metaData the metadata of a connection to the database
   * @return the dialect
   * @throws StoreException when the database is neither H2 nor PostgreSQL, or the metadata cannot
   *     be read
   */
  public static JdbcDialect detect(DatabaseMetaData metaData) {
    Objects.requireNonNull(metaData, "metaData");
    String product;
    try {
      product = metaData.getDatabaseProductName();
    } catch (SQLException e) {
      throw JdbcFailures.failure("reading the database product name", e);
    }
    String name = product == null ? "" : product.strip().toLowerCase(Locale.ROOT);
    if (name.equals("h2")) {
      return H2;
    }
    if (name.equals("postgresql")) {
      return POSTGRESQL;
    }
    throw new StoreException("unsupported database '" + product
        + "': the JDBC record store runs on H2 or PostgreSQL / 不支持该数据库, 仅支持 H2 或 PostgreSQL");
  }

  /**
   * Recognises the database behind a data source (opens and closes one connection).
   *
   * @param dataSource the data source
   * @return the dialect
   * @throws StoreException when no connection can be made or the database is not supported
   */
  public static JdbcDialect detect(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      return detect(connection.getMetaData());
    } catch (SQLException e) {
      throw JdbcFailures.failure("connecting to detect the database", e);
    }
  }

  /**
   * Returns the dialect's id: {@code h2} or {@code postgresql}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the DDL scripts that build the store's tables, oldest first; script {@code n} brings
   * the schema to version {@code n} and records it in {@code ws_schema}. A host that manages its
   * own DDL runs them (each in a transaction) before opening the store; otherwise the store applies
   * the missing ones when it opens.
   *
   * @return the scripts
   */
  public List<SchemaScript> schemaScripts() {
    return scripts;
  }

  /**
   * Returns the newest schema version this library knows; a store whose {@code ws_schema} records
   * a newer one is refused.
   *
   * @return the schema version
   */
  public int schemaVersion() {
    return scripts.size();
  }

  /** Returns a copy with other scripts (for migration tests). */
  JdbcDialect withScripts(List<SchemaScript> otherScripts) {
    return new JdbcDialect(id, otherScripts);
  }

  boolean isH2() {
    return id.equals("h2");
  }

  /**
   * Serialises schema checks and migrations of concurrent openers (several application nodes
   * starting at once); holds until the connection's transaction ends.
   */
  void lockForMigration(Connection connection) throws SQLException {
    if (!isH2()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK_KEY + ")");
      }
    }
  }

  /**
   * Raises a connection to READ COMMITTED when it runs below (only H2 honours READ UNCOMMITTED;
   * PostgreSQL runs it as READ COMMITTED, so it is not asked, which saves a round trip).
   *
   * @return the isolation to restore afterwards, or -1 when unchanged
   */
  int atLeastReadCommitted(Connection connection) throws SQLException {
    if (isH2()) {
      int isolation = connection.getTransactionIsolation();
      if (isolation < Connection.TRANSACTION_READ_COMMITTED) {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return isolation;
      }
    }
    return -1;
  }

  /**
   * Tells whether scans and look-ups read in keyset pages, one query per page ({@link PageQuery}),
   * rather than with one query fetched through a cursor.
   *
   * <ul>
   *   <li>H2: pages. H2 computes a query's whole result before returning its first row (only
   *       {@code LAZY_QUERY_EXECUTION}, a session setting with restrictions of its own, streams),
   *       so one query over a kind would read the whole kind first; a page query that walks a
   *       primary key reads one page ({@code EXPLAIN}: "index sorted", at most a page and one row
   *       more scanned).
   *   <li>PostgreSQL: one query, which the driver fetches through a portal inside the read
   *       transaction. PostgreSQL plans it for its whole result: a merge join of the two
   *       primary-key index scans, which streams, or a hash join and a sort, which reads the kind
   *       before the first row (to disk beyond {@code work_mem}); either way it reads the kind
   *       once. Pages can be worse there: on a table not yet analysed (bulk-loaded
   *       moments ago) PostgreSQL sorts what is left of the kind for every page, so a whole scan
   *       takes time quadratic in its records, and even with statistics a page joins its versions
   *       by merging from the start of the kind unless the join is forced into a nested loop.
   * </ul>
   */
  boolean keysetPages() {
    return isH2();
  }

  /**
   * Raises a connection, before its read transaction begins, to an isolation level at which the
   * pages of one scan or look-up show one consistent state of the whole store.
   *
   * <ul>
   *   <li>H2 2.x: SNAPSHOT. The first statement of a transaction at this level takes a snapshot
   *       of every table of the database, which every later statement of the transaction reads
   *       (H2's {@code SessionLocal.startStatementWithinTransaction}). H2 documents its REPEATABLE
   *       READ as allowing phantom reads ({@code org.h2.engine.IsolationLevel}): it fixes each
   *       table's snapshot only when a statement of the transaction first reads that table. At
   *       READ COMMITTED each page would see the commits made since the page before.
   *       SERIALIZABLE also reads one snapshot and is kept.
   *   <li>PostgreSQL: unchanged. A stream is one query, and one statement reads one snapshot even
   *       at READ COMMITTED ({@link #keysetPages()}).
   * </ul>
   *
   * @return the isolation to restore afterwards, or -1 when unchanged
   */
  int snapshotIsolation(Connection connection) throws SQLException {
    if (!keysetPages()) {
      return -1;
    }
    int isolation = connection.getTransactionIsolation();
    if (isolation < H2_SNAPSHOT) {
      connection.setTransactionIsolation(H2_SNAPSHOT);
      return isolation;
    }
    return -1;
  }

  private static List<SchemaScript> loadScripts(String directory) {
    List<SchemaScript> scripts = new ArrayList<>();
    for (String file : SCRIPT_FILES) {
      String resource = "schema/" + directory + "/" + file;
      try (InputStream in = JdbcDialect.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        int version = Integer.parseInt(file.substring(1, file.indexOf("__")));
        String description = file.substring(file.indexOf("__") + 2, file.length() - ".sql".length());
        scripts.add(SchemaScript.of(version, description,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return scripts;
  }

  @Override
  public String toString() {
    return "JdbcDialect[" + id + ", schema v" + schemaVersion() + "]";
  }
}
