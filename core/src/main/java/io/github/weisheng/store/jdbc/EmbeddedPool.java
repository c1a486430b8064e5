package io.github.weisheng.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The connection pool of the embedded store ({@link JdbcRecordStore#openH2File}): at most {@code
 * maxConnections} physical connections from a data source, reused most recently returned first.
 *
 * <p>Why not H2's own {@code JdbcConnectionPool}: it rolls every connection back when it is
 * borrowed, and an H2 rollback empties the session's cache of prepared statements, so every
 * operation parsed and planned its SQL anew. This pool rolls back only a connection returned in
 * the middle of a transaction (auto-commit off); the store returns its connections with
 * auto-commit on, so H2's per-session query cache keeps each statement prepared.
 */
final class EmbeddedPool implements DataSource, AutoCloseable {
  /** Opens a physical connection. */
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  private final Opener physical;
  private final Semaphore permits;
  private final long timeoutNanos;
  private final Deque<Connection> idle = new ArrayDeque<>();
  /** Every physical connection open, borrowed or idle (by identity). */
  private final Set<Connection> open = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean closed;

  /**
   * Creates the pool; opens nothing yet.
   *
   * @param physical opens the physical connections
   * @param maxConnections the most connections borrowed at once
   * @param timeout how long a borrower waits for a free connection
   */
  EmbeddedPool(Opener physical, int maxConnections, Duration timeout) {
    this.physical = Objects.requireNonNull(physical, "physical");
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive");
    }
    this.permits = new Semaphore(maxConnections, true);
    this.timeoutNanos = timeout.toNanos();
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      if (!permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
        throw new SQLException("no connection of the embedded store became free in time", "08001");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", "08001", e);
    }
    try {
      return borrow();
    } catch (SQLException | RuntimeException | Error e) {
      permits.release();
      throw e;
    }
  }

  private Connection borrow() throws SQLException {
    Connection connection;
    synchronized (this) {
      if (closed) {
        throw new SQLException("the embedded store's pool is closed", "08003");
      }
      connection = idle.pollFirst();
    }
    if (connection == null) {
      connection = physical.open();
      synchronized (this) {
        if (closed) {
          connection.close();
          throw new SQLException("the embedded store's pool is closed", "08003");
        }
        open.add(connection);
      }
    }
    return handle(connection);
  }

  /** A handle whose {@code close()} gives the physical connection back instead of closing it. */
  private Connection handle(Connection connection) {
    boolean[] returned = {false};
    return (Connection) Proxy.newProxyInstance(
        EmbeddedPool.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close":
              if (!returned[0]) {
                returned[0] = true;
                giveBack(connection);
              }
              return null;
            case "isClosed":
              return returned[0] || connection.isClosed();
            case "equals":
              return proxy == args[0];
            case "hashCode":
              return System.identityHashCode(proxy);
            case "toString":
              return "EmbeddedPool connection" + (returned[0] ? " (returned)" : "");
            default:
              if (returned[0]) {
                throw new SQLException("connection already returned to the pool", "08003");
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
          }
        });
  }

  private void giveBack(Connection connection) {
    try {
      boolean reusable = !connection.isClosed();
      if (reusable && !connection.getAutoCommit()) {
        connection.rollback(); // only a transaction left open costs the query cache
        connection.setAutoCommit(true);
      }
      synchronized (this) {
        if (reusable && !closed) {
          idle.addFirst(connection);
          return;
        }
        open.remove(connection);
      }
      connection.close();
    } catch (SQLException e) {
      synchronized (this) {
        open.remove(connection);
      }
      try {
        connection.close();
      } catch (SQLException ignored) {
        // a broken connection is dropped either way
      }
    } finally {
      permits.release();
    }
  }

  /** Returns the number of physical connections open (borrowed or idle). */
  synchronized int openConnections() {
    return open.size();
  }

  /**
   * Closes the idle connections and refuses new borrowers; a connection still borrowed is closed
   * when it is given back. Idempotent.
   */
  @Override
  public void close() throws SQLException {
    List<Connection> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(idle);
      toClose.forEach(open::remove);
      idle.clear();
    }
    SQLException failure = null;
    for (Connection connection : toClose) {
      try {
        connection.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the embedded store's pool has one user");
  }

  /** The pool logs nothing. */
  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) {
    // the pool logs nothing
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // connections to the embedded database open at once
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("the embedded store's pool does not log");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
