package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of one open query, read row by row from a forward-only result set; closing it closes
 * the result set, the statement and the connection. Not thread-safe, like any stream.
 */
final class RecordStream extends Spliterators.AbstractSpliterator<StoredRecord> {
  private final JdbcRecordStore store;
  private final Connection connection;
  private final boolean restoreAutoCommit;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final String kind;
  private final String what;
  private boolean done;
  private boolean closed;

  RecordStream(JdbcRecordStore store, Connection connection, boolean restoreAutoCommit,
      PreparedStatement statement, ResultSet rows, String kind, String what) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.store = store;
    this.connection = connection;
    this.restoreAutoCommit = restoreAutoCommit;
    this.statement = statement;
    this.rows = rows;
    this.kind = kind;
    this.what = what;
  }

  Stream<StoredRecord> stream() {
    return StreamSupport.stream(this, false).onClose(this::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super StoredRecord> action) {
    if (done) {
      return false;
    }
    StoredRecord record;
    try {
      if (closed || !rows.next()) {
        done = true;
        return false;
      }
      record = JdbcRecordStore.toRecord(kind, rows);
    } catch (SQLException e) {
      done = true;
      throw store.readFailure(what, e);
    }
    action.accept(record);
    return true;
  }

  /** Closes everything; idempotent; failures while closing are ignored (nothing is left to do). */
  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    store.forget(this);
    try {
      rows.close();
    } catch (SQLException ignored) {
      // the statement and connection still get closed
    }
    try {
      statement.close();
    } catch (SQLException ignored) {
      // the connection still gets closed
    }
    try {
      connection.rollback(); // ends the read-only transaction that cursor fetching needs
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
