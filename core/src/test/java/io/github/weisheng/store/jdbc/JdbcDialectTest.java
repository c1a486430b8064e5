package io.github.weisheng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.spi.storage.StoreException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcDialectTest {

  private static DatabaseMetaData product(String name) {
    return (DatabaseMetaData) Proxy.newProxyInstance(
        JdbcDialectTest.class.getClassLoader(),
        new Class<?>[] {DatabaseMetaData.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getDatabaseProductName")) {
            if (name == null) {
              throw new SQLException("no metadata for '" + FailingDataSource.SECRET + "'", "08003");
            }
            return name;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  @DisplayName("h2() and postgresql() are the two dialects, recognised by product name")
  void dialectsByProductName() {
    assertThat(JdbcDialect.h2().id()).isEqualTo("h2");
    assertThat(JdbcDialect.postgresql().id()).isEqualTo("postgresql");
    assertThat(JdbcDialect.detect(product("H2"))).isSameAs(JdbcDialect.h2());
    assertThat(JdbcDialect.detect(product("PostgreSQL"))).isSameAs(JdbcDialect.postgresql());
    assertThat(JdbcDialect.h2()).hasToString("JdbcDialect[h2, schema v1]");
  }

  @Test
  @DisplayName("Another database is refused by name; a metadata failure keeps the driver's message out")
  void otherDatabasesAreRefused() {
    assertThatThrownBy(() -> JdbcDialect.detect(product("MySQL")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("MySQL")
        .hasMessageContaining("H2 or PostgreSQL");
    assertThatThrownBy(() -> JdbcDialect.detect(product(null)))
        .isInstanceOf(StoreException.class)
        .satisfies(JdbcRecordStoreCases::assertNoSecret);
  }

  @Test
  @DisplayName("Each dialect ships V1__records.sql creating the four tables and recording version 1")
  void schemaScripts() {
    for (JdbcDialect dialect : List.of(JdbcDialect.h2(), JdbcDialect.postgresql())) {
      assertThat(dialect.schemaVersion()).isEqualTo(1);
      SchemaScript v1 = dialect.schemaScripts().get(0);
      assertThat(v1.version()).isEqualTo(1);
      assertThat(v1.description()).isEqualTo("records");
      List<String> statements = v1.statements();
      assertThat(statements).hasSize(6);
      assertThat(statements.subList(0, 4)).map(s -> s.split("\\s+")[2])
          .containsExactly("ws_schema", "ws_record", "ws_record_version", "ws_index");
      assertThat(statements.get(5))
          .isEqualTo("INSERT INTO ws_schema (schema_version, description) VALUES (1, 'records')");
      // H2 reserved words never appear as column names
      assertThat(String.join("\n", statements).toUpperCase())
          .doesNotContainPattern("\\b(KEY|VALUE|USER|DAY|MONTH|YEAR)\\s+(CHARACTER|VARCHAR|BIGINT|INTEGER|BYTEA|BINARY|TEXT)");
    }
    assertThat(JdbcDialect.postgresql().schemaScripts().get(0).sql()).contains("COLLATE \"C\"", "BYTEA");
    assertThat(JdbcDialect.h2().schemaScripts().get(0).sql()).doesNotContain("LARGE OBJECT");
  }

  @Test
  @DisplayName("Scripts must be numbered 1, 2, 3, ... in order")
  void scriptsMustBeNumberedInOrder() {
    SchemaScript v1 = JdbcDialect.h2().schemaScripts().get(0);
    SchemaScript v3 = SchemaScript.of(3, "skip", "SELECT 1;");
    assertThatThrownBy(() -> JdbcDialect.h2().withScripts(List.of(v1, v3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(JdbcDialect.h2().withScripts(List.of(v1, SchemaScript.of(2, "next", "SELECT 1;"))).schemaVersion())
        .isEqualTo(2);
  }

  /** A connection at {@code isolation} that records isolation changes and refuses anything else. */
  private static Connection connectionAt(int isolation, List<Integer> changes) {
    return (Connection) Proxy.newProxyInstance(
        JdbcDialectTest.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "getTransactionIsolation":
              return changes.isEmpty() ? isolation : changes.get(changes.size() - 1);
            case "setTransactionIsolation":
              changes.add((Integer) args[0]);
              return null;
            default:
              throw new UnsupportedOperationException(method.getName());
          }
        });
  }

  @Test
  @DisplayName("H2 streams in keyset pages at SNAPSHOT (raised from below, SERIALIZABLE kept); PostgreSQL in one query, isolation untouched")
  void streamingIsolation() throws SQLException {
    assertThat(JdbcDialect.h2().keysetPages()).isTrue();
    assertThat(JdbcDialect.postgresql().keysetPages()).isFalse();

    List<Integer> changes = new ArrayList<>();
    assertThat(JdbcDialect.h2().snapshotIsolation(connectionAt(Connection.TRANSACTION_READ_COMMITTED, changes)))
        .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    assertThat(changes).containsExactly(JdbcDialect.H2_SNAPSHOT);
    changes.clear();
    assertThat(JdbcDialect.h2().snapshotIsolation(connectionAt(Connection.TRANSACTION_REPEATABLE_READ, changes)))
        .isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(changes).containsExactly(JdbcDialect.H2_SNAPSHOT);
    changes.clear();
    assertThat(JdbcDialect.h2().snapshotIsolation(connectionAt(JdbcDialect.H2_SNAPSHOT, changes))).isEqualTo(-1);
    assertThat(JdbcDialect.h2().snapshotIsolation(connectionAt(Connection.TRANSACTION_SERIALIZABLE, changes)))
        .isEqualTo(-1);
    assertThat(JdbcDialect.postgresql().snapshotIsolation(connectionAt(Connection.TRANSACTION_READ_COMMITTED, changes)))
        .isEqualTo(-1);
    assertThat(changes).isEmpty();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(JdbcDialect.class);
  }
}
