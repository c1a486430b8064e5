package io.github.weisheng.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one scan or look-up — records, or index matches — read page by page ({@link
 * PageQuery}) on one connection in one read transaction whose isolation gives every page the same
 * snapshot. The connection is given back, as it was found, when the last page is read, when
 * reading fails, or when the stream is closed, whichever comes first. Not thread-safe, like any
 * stream; {@link #close()} may be called from another thread (the store does when it closes).
 */
final class RecordStream<T> extends Spliterators.AbstractSpliterator<T> {
  /** Reads one row of a page into what the stream yields. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private final JdbcRecordStore store;
  private final Connection connection;
  private final boolean restoreAutoCommit;
  private final int restoreIsolation;
  private final PageQuery pages;
  private final RowReader<T> reader;
  private final String what;
  /**
   * The statements of the page shapes used so far, by SQL (at most two), reused page after page;
   * concurrent because {@link #close()} may run on another thread.
   */
  private final Map<String, PreparedStatement> statements = new ConcurrentHashMap<>();
  private @Nullable ResultSet rows;
  private int rowsOfPage;
  private boolean done;
  private volatile boolean closed;

  RecordStream(JdbcRecordStore store, Connection connection, boolean restoreAutoCommit,
      int restoreIsolation, PageQuery pages, RowReader<T> reader, String what) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.store = store;
    this.connection = connection;
    this.restoreAutoCommit = restoreAutoCommit;
    this.restoreIsolation = restoreIsolation;
    this.pages = pages;
    this.reader = reader;
    this.what = what;
  }

  /** Runs the first page's query (so that a failure surfaces where the stream is opened). */
  void start() throws SQLException {
    open(pages.first());
  }

  Stream<T> stream() {
    return StreamSupport.stream(this, false).onClose(this::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (done) {
      return false;
    }
    T record;
    try {
      record = nextRecord();
    } catch (SQLException | RuntimeException e) {
      done = true;
      close();
      throw e instanceof SQLException sql ? store.readFailure(what, sql) : (RuntimeException) e;
    }
    if (record == null) {
      done = true;
      close(); // the last page is read: give the connection back now, not when the caller closes
      return false;
    }
    action.accept(record);
    return true;
  }

  private @Nullable T nextRecord() throws SQLException {
    while (!closed) {
      ResultSet current = rows;
      if (current != null && current.next()) {
        rowsOfPage++;
        pages.saw(current);
        return reader.read(current);
      }
      if (current != null) {
        current.close();
        rows = null;
      }
      PageQuery.Page next = pages.next(rowsOfPage);
      if (next == null) {
        return null;
      }
      open(next);
    }
    return null;
  }

  private void open(PageQuery.Page page) throws SQLException {
    PreparedStatement statement = statements.get(page.sql());
    if (statement == null) {
      statement = connection.prepareStatement(page.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statements.put(page.sql(), statement);
      statement.setFetchSize(pages.pageSize);
    }
    page.bind(statement);
    rowsOfPage = 0;
    rows = statement.executeQuery();
  }

  /**
   * Ends the read transaction and gives the connection back with its auto-commit and isolation
   * restored; idempotent; failures while closing are ignored (nothing is left to do).
   */
  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    store.forget(this);
    ResultSet current = rows;
    if (current != null) {
      try {
        current.close();
      } catch (SQLException ignored) {
        // the statements and connection still get closed
      }
    }
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException ignored) {
        // the connection still gets closed
      }
    }
    try {
      // Ends the read transaction. It wrote nothing, so a commit ends it as a rollback would, but
      // an H2 rollback also empties the session's query cache (EmbeddedPool), and then every
      // look-up on this connection would parse and plan its SQL anew.
      connection.commit();
      if (restoreIsolation >= 0) {
        connection.setTransactionIsolation(restoreIsolation);
      }
      if (restoreAutoCommit) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // a broken connection: closing it below is all that is left
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // nothing more to release
    }
  }
}
