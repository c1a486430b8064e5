package io.github.weisheng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPoolTest {
  @TempDir Path temp;
  private final AtomicInteger rollbacks = new AtomicInteger();
  private EmbeddedPool pool;

  /** H2 connections whose rollbacks are counted. */
  private EmbeddedPool.Opener counting() {
    String url = H2Files.url(temp);
    return () -> {
          Connection physical = DriverManager.getConnection(url, "sa", "");
          return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
              (p, m, a) -> {
                if (m.getName().equals("rollback")) {
                  rollbacks.incrementAndGet();
                }
                if (m.getName().equals("unwrap")) {
                  return physical.unwrap((Class<?>) a[0]);
                }
                return invoke(physical, m, a);
              });
    };
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @BeforeEach
  void open() throws SQLException {
    pool = new EmbeddedPool(counting(), 2, Duration.ofMillis(200));
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (k INTEGER PRIMARY KEY)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    pool.close();
  }

  private static int rows(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void aConnectionGivenBackIsReusedWithoutARollbackSoH2KeepsItsPreparedStatements() throws SQLException {
    JdbcConnection first;
    try (Connection c = pool.getConnection()) {
      first = c.unwrap(JdbcConnection.class);
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (1)");
      }
      c.commit();
      c.setAutoCommit(true);
    }
    int before = rollbacks.get();
    for (int i = 0; i < 3; i++) {
      try (Connection c = pool.getConnection()) {
        assertThat(c.unwrap(JdbcConnection.class)).isSameAs(first);
        assertThat(rows(c)).isEqualTo(1);
      }
    }
    assertThat(rollbacks.get()).isEqualTo(before);
    assertThat(pool.openConnections()).isEqualTo(1);
  }

  @Test
  void aConnectionGivenBackInATransactionIsRolledBackAndReset() throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t VALUES (2)");
      }
    }
    assertThat(rollbacks.get()).isEqualTo(1);
    try (Connection c = pool.getConnection()) {
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(rows(c)).isZero();
    }
  }

  @Test
  void aReturnedHandleCannotBeUsedAndClosingItAgainDoesNothing() throws SQLException {
    Connection c = pool.getConnection();
    c.close();
    c.close();
    assertThat(c.isClosed()).isTrue();
    assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class);
    try (Connection again = pool.getConnection()) {
      assertThat(again.isClosed()).isFalse();
    }
  }

  @Test
  void borrowersBeyondTheLimitWaitThenFail() throws SQLException {
    try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) {
      assertThat(a.unwrap(JdbcConnection.class)).isNotSameAs(b.unwrap(JdbcConnection.class));
      assertThatThrownBy(pool::getConnection).isInstanceOfSatisfying(SQLException.class,
          e -> assertThat(e.getSQLState()).isEqualTo("08001"));
    }
    try (Connection c = pool.getConnection()) {
      assertThat(c.isValid(1)).isTrue();
    }
  }

  @Test
  void closingThePoolClosesIdleConnectionsAndThoseGivenBackLater() throws SQLException {
    Connection borrowed = pool.getConnection();
    JdbcConnection physical = borrowed.unwrap(JdbcConnection.class);
    try (Connection other = pool.getConnection()) {
      assertThat(other.isValid(1)).isTrue();
    }
    assertThat(pool.openConnections()).isEqualTo(2);

    pool.close();
    assertThat(pool.openConnections()).isEqualTo(1);
    assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
    borrowed.close();
    assertThat(physical.isClosed()).isTrue();
    assertThat(pool.openConnections()).isZero();
    pool.close();
  }
}
