package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.ScopeFilter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The queries of a scan or a look-up. With keyset paging (H2) they are a sequence of pages: each
 * page is one query for at most {@code pageSize} rows after the last row of the page before, in
 * the order of a primary key, so that the database reads a page by walking that index from where
 * the previous page ended (cost in proportion to the page, whatever the number of records) and
 * never sorts. Without (PostgreSQL) there is one query, the first page's without its limit, which
 * the driver fetches {@code pageSize} rows at a time through a cursor. One instance serves one
 * stream; not thread-safe.
 *
 * <p>Both orders are primary-key orders spelled out in full, because H2 uses an index for ORDER BY
 * only when the ORDER BY lists the index's columns from the first one on ({@code ORDER BY r.id}
 * alone makes H2 read and sort every record of the kind, even under {@code r.kind = ?}):
 *
 * <ul>
 *   <li>a scan reads {@code ws_record} by {@code (kind, id)}: {@code r.id > ?} after the first page;
 *   <li>a look-up reads {@code ws_index} by {@code (kind, idx_name, idx_key, id)}. Several records
 *       may share a value, so the page after {@code (key, id)} is first the rest of that value
 *       ({@code i.idx_key = ? AND i.id > ?}) and, once that is exhausted, the values after it
 *       ({@code i.idx_key >= ?} with the least key above the last one, see {@link #successor}).
 *       A single condition {@code (idx_key, id) > (?, ?)} would be simpler, but H2 bounds its
 *       index walk by {@code idx_key} alone and so would step again over every earlier record of
 *       a shared value on each page.
 * </ul>
 */
abstract class PageQuery {
  /** One query: its SQL and its parameters ({@code String}, {@code Integer} or {@code byte[]}), in order. */
  record Page(String sql, List<Object> parameters) {
    Page {
      parameters = List.copyOf(parameters);
    }

    /** Sets the parameters on a statement prepared from {@link #sql()}. */
    void bind(PreparedStatement statement) throws SQLException {
      for (int i = 0; i < parameters.size(); i++) {
        Object parameter = parameters.get(i);
        if (parameter instanceof byte[] bytes) {
          statement.setBytes(i + 1, bytes);
        } else if (parameter instanceof Integer number) {
          statement.setInt(i + 1, number);
        } else {
          statement.setString(i + 1, (String) parameter);
        }
      }
    }
  }

  private static final String CURRENT_VERSION =
      " JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version";

  /** Rows per page, and rows per round trip. */
  final int pageSize;
  /** Whether there are pages after the first; without, the first query reads everything. */
  final boolean keyset;
  final String limit;

  private PageQuery(int pageSize, boolean keyset) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be positive");
    }
    this.pageSize = pageSize;
    this.keyset = keyset;
    this.limit = keyset ? " FETCH FIRST " + pageSize + " ROWS ONLY" : "";
  }

  /**
   * Returns the queries of a scan: the current version of each record of {@code kind} in scope,
   * by id. Rows have the columns of {@link JdbcRecordStore#COLUMNS}.
   *
   * @param keyset whether to read in keyset pages rather than with one query
   */
  static PageQuery scan(String kind, ScopeFilter scope, int pageSize, boolean keyset) {
    return new Scan(kind, scope, pageSize, keyset);
  }

  /**
   * Returns the queries of a look-up: the current version of each record with a matching index
   * entry, by value then id. Rows have the columns of {@link JdbcRecordStore#COLUMNS} and then
   * {@code i.idx_key}.
   *
   * @param keyset whether to read in keyset pages rather than with one query
   */
  static PageQuery find(IndexQuery query, ScopeFilter scope, int pageSize, boolean keyset) {
    String select = "SELECT " + JdbcRecordStore.COLUMNS + ", i.idx_key FROM ws_index i"
        + " JOIN ws_record r ON r.kind = i.kind AND r.id = i.id" + CURRENT_VERSION;
    return new Find(select, 10, query, scope, pageSize, keyset);
  }

  /**
   * Returns the queries of an index-only look-up: what {@link #find} pages through, as the
   * record's id ({@code i.id}), the matching value ({@code i.idx_value}) and {@code i.idx_key},
   * without the version rows and bodies; {@code ws_record} is joined only when the scope filter
   * needs its scope column.
   *
   * @param keyset whether to read in keyset pages rather than with one query
   */
  static PageQuery findMatches(IndexQuery query, ScopeFilter scope, int pageSize, boolean keyset) {
    String select = "SELECT i.id, i.idx_value, i.idx_key FROM ws_index i"
        + (scope.isAll() ? "" : " JOIN ws_record r ON r.kind = i.kind AND r.id = i.id");
    return new Find(select, 3, query, scope, pageSize, keyset);
  }

  /** Returns the first page. */
  abstract Page first();

  /** Remembers the position of a row just read, the last one so far. */
  abstract void saw(ResultSet row) throws SQLException;

  /**
   * Returns the page after the previous one, or null when the stream is complete.
   *
   * @param rows the number of rows the previous page returned
   */
  abstract @Nullable Page next(int rows);

  /**
   * Returns the one query counting what {@link #find} pages through: the matching index rows joined
   * to {@code ws_record} for the scope only, neither the version rows nor the bodies read.
   */
  static Page count(IndexQuery query, ScopeFilter scope) {
    List<Object> parameters = new ArrayList<>(List.of(query.kind(), query.index()));
    String sql = "SELECT COUNT(*) FROM ws_index i JOIN ws_record r ON r.kind = i.kind AND r.id = i.id"
        + " WHERE i.kind = ? AND i.idx_name = ?" + scopeCondition("r.scope", scope, parameters);
    parameters.add(Columns.sortKey(query.from()));
    if (query.isExact()) {
      return new Page(sql + " AND i.idx_key = ?", parameters);
    }
    parameters.add(Columns.sortKey(query.to().orElseThrow()));
    return new Page(sql + Find.RANGE, parameters);
  }

  /**
   * Appends the scope prefixes as {@code LEFT(scope, n) = prefix} conditions. Not {@code LIKE ?}: H2
   * plans a statement with a {@code LIKE} parameter anew at every execution (the pattern might
   * allow an index range), which cost more than the rest of a small look-up (27 µs against 3 µs of
   * CPU per query, measured on the district benchmark's store). Scopes are ASCII tokens ({@link
   * ScopeFilter}), so counting characters is exact on both databases.
   */
  static String scopeCondition(String column, ScopeFilter scope, List<Object> parameters) {
    if (scope.isAll()) {
      return "";
    }
    StringBuilder condition = new StringBuilder(" AND (");
    boolean first = true;
    for (String prefix : scope.prefixes()) {
      if (!first) {
        condition.append(" OR ");
      }
      first = false;
      condition.append("LEFT(").append(column).append(", ?) = ?");
      parameters.add(prefix.length());
      parameters.add(prefix);
    }
    return condition.append(')').toString();
  }

  /**
   * Returns the least key above {@code key}: {@code key} and a zero byte (a key between the two
   * would start with {@code key} and be longer, so not below the zero byte). {@code idx_key >=
   * successor} and {@code idx_key > key} select the same rows, but only the first lets the
   * database start its index walk after the rows of {@code key}: H2 starts a {@code >} walk at the
   * first row of {@code key} and steps over all of them, because the index goes on with {@code id}.
   */
  static byte[] successor(byte[] key) {
    return Arrays.copyOf(key, key.length + 1);
  }

  private static List<Object> plus(List<Object> parameters, Object... more) {
    List<Object> all = new ArrayList<>(parameters);
    all.addAll(List.of(more));
    return all;
  }

  /** The pages of a scan, walking {@code ws_record}'s primary key. */
  private static final class Scan extends PageQuery {
    private final String where;
    private final List<Object> parameters = new ArrayList<>();
    private final String order;
    private @Nullable String lastId;

    Scan(String kind, ScopeFilter scope, int pageSize, boolean keyset) {
      super(pageSize, keyset);
      parameters.add(kind);
      where = "SELECT " + JdbcRecordStore.COLUMNS + " FROM ws_record r" + CURRENT_VERSION
          + " WHERE r.kind = ?" + scopeCondition("r.scope", scope, parameters);
      order = " ORDER BY r.kind, r.id" + limit;
    }

    @Override
    Page first() {
      return new Page(where + order, parameters);
    }

    @Override
    void saw(ResultSet row) throws SQLException {
      lastId = row.getString(1);
    }

    @Override
    @Nullable Page next(int rows) {
      if (!keyset || rows < pageSize || lastId == null) {
        return null;
      }
      return new Page(where + " AND r.id > ?" + order, plus(parameters, lastId));
    }
  }

  /** The pages of a look-up, walking {@code ws_index}'s primary key. */
  private static final class Find extends PageQuery {
    private static final String RANGE = " AND i.idx_key >= ? AND i.idx_key < ?";

    private final String where;
    private final List<Object> parameters = new ArrayList<>();
    private final String order;
    /** The column of {@code i.idx_key} in the rows (the id is always the first). */
    private final int keyColumn;
    private final byte[] from;
    private final byte @Nullable [] to;
    private byte @Nullable [] lastKey;
    private @Nullable String lastId;
    /** Whether the previous page read the rest of {@code lastKey}'s value (rather than a range). */
    private boolean withinValue;

    Find(String select, int keyColumn, IndexQuery query, ScopeFilter scope, int pageSize, boolean keyset) {
      super(pageSize, keyset);
      this.keyColumn = keyColumn;
      parameters.add(query.kind());
      parameters.add(query.index());
      where = select + " WHERE i.kind = ? AND i.idx_name = ?" + scopeCondition("r.scope", scope, parameters);
      order = " ORDER BY i.kind, i.idx_name, i.idx_key, i.id" + limit;
      from = Columns.sortKey(query.from());
      to = query.isExact() ? null : Columns.sortKey(query.to().orElseThrow());
    }

    @Override
    Page first() {
      withinValue = to == null;
      return to == null
          ? new Page(where + " AND i.idx_key = ?" + order, plus(parameters, from))
          : new Page(where + RANGE + order, plus(parameters, from, to));
    }

    @Override
    void saw(ResultSet row) throws SQLException {
      lastId = row.getString(1);
      lastKey = row.getBytes(keyColumn);
    }

    @Override
    @Nullable Page next(int rows) {
      if (!keyset || lastKey == null || lastId == null) {
        return null; // one query only, or nothing matched at all
      }
      if (rows == pageSize) { // the value may go on: read on within it
        withinValue = true;
        return new Page(where + " AND i.idx_key = ? AND i.id > ?" + order, plus(parameters, lastKey, lastId));
      }
      if (!withinValue || to == null) {
        return null; // a range page came back short, or an exact look-up's only value is done
      }
      withinValue = false; // the value is done: the values after it
      return new Page(where + RANGE + order, plus(parameters, successor(lastKey), to));
    }
  }
}
