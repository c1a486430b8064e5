package io.github.weisheng.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool over {@link DriverManager} for the tests (a host passes its own pool):
 * closing a borrowed connection rolls back, resets auto-commit and returns it.
 */
final class TestPool implements DataSource, AutoCloseable {
  private final String url;
  private final String user;
  private final String password;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final List<Connection> all = new ArrayList<>();

  TestPool(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical;
    synchronized (this) {
      physical = idle.pollFirst();
    }
    if (physical == null) {
      physical = DriverManager.getConnection(url, user, password);
      synchronized (this) {
        all.add(physical);
      }
    }
    Connection borrowed = physical;
    boolean[] returned = {false};
    return (Connection) Proxy.newProxyInstance(
        TestPool.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close":
              if (!returned[0]) {
                returned[0] = true;
                giveBack(borrowed);
              }
              return null;
            case "isClosed":
              return returned[0] || borrowed.isClosed();
            case "equals":
              return proxy == args[0];
            case "hashCode":
              return System.identityHashCode(proxy);
            case "toString":
              return "pooled " + borrowed;
            default:
              if (returned[0]) {
                throw new SQLException("connection already returned to the pool", "08003");
              }
              try {
                return method.invoke(borrowed, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
          }
        });
  }

  private void giveBack(Connection physical) throws SQLException {
    if (physical.isClosed()) {
      synchronized (this) {
        all.remove(physical);
      }
      return;
    }
    if (!physical.getAutoCommit()) {
      physical.rollback();
      physical.setAutoCommit(true);
    }
    synchronized (this) {
      idle.addFirst(physical);
    }
  }

  /** Returns the number of connections borrowed and not yet given back. */
  synchronized int borrowed() {
    return all.size() - idle.size();
  }

  /** Closes the idle connections (an H2 file database closes when its last connection does). */
  synchronized void closeIdle() throws SQLException {
    for (Connection connection : idle) {
      connection.close();
      all.remove(connection);
    }
    idle.clear();
  }

  @Override
  public synchronized void close() throws SQLException {
    for (Connection connection : all) {
      connection.close();
    }
    all.clear();
    idle.clear();
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return new PrintWriter(System.err);
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
