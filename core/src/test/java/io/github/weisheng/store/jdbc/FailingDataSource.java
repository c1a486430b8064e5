package io.github.weisheng.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a data source and, once armed, makes the n-th statement execution (or the commit) fail
 * with an exception whose message quotes {@link #SECRET}, as drivers quote values.
 */
final class FailingDataSource implements DataSource {
  /** Stands for personal data that a driver's message quotes. */
  static final String SECRET = "张三-110101199003074518";

  private final DataSource delegate;
  private final AtomicInteger executions = new AtomicInteger();
  private volatile int failAt = -1;
  private volatile boolean failCommit;

  FailingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Fails the n-th statement execution from now (1 for the next). */
  void failExecution(int n) {
    executions.set(0);
    failCommit = false;
    failAt = n;
  }

  /** Fails the next {@link Connection#commit()}. */
  void failCommit() {
    failAt = -1;
    failCommit = true;
  }

  void disarm() {
    failAt = -1;
    failCommit = false;
  }

  /** Returns the statement executions since the last arming. */
  int executions() {
    return executions.get();
  }

  private SQLException injected() {
    return new SQLException("injected failure near value '" + SECRET + "'", "08006", 4242);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = delegate.getConnection();
    return (Connection) Proxy.newProxyInstance(
        FailingDataSource.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("commit") && failCommit) {
            failCommit = false;
            throw injected();
          }
          Object result;
          try {
            result = method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof PreparedStatement statement) {
            return wrap(statement, PreparedStatement.class);
          }
          if (result instanceof Statement statement) {
            return wrap(statement, Statement.class);
          }
          return result;
        });
  }

  private <S extends Statement> Object wrap(S statement, Class<S> type) {
    return Proxy.newProxyInstance(
        FailingDataSource.class.getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getName().startsWith("execute")) {
            int n = executions.incrementAndGet();
            if (n == failAt) {
              throw injected();
            }
          }
          try {
            return method.invoke(statement, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
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
