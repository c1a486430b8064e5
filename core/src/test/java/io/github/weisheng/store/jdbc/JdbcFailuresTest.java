package io.github.weisheng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.spi.storage.StoreException;
import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcFailuresTest {
  private static final String SECRET = FailingDataSource.SECRET;

  @Test
  @DisplayName("The cause chain keeps class, SQLState, vendor code and stack trace, not the message")
  void causesAreWithheld() {
    SQLException driver = new BatchUpdateException("Duplicate value '" + SECRET + "'", "23505", 23505, new int[0],
        new IOException("file " + SECRET));
    driver.setNextException(new SQLException("next " + SECRET, "23505"));
    StoreException failure = JdbcFailures.failure("commit of archive/1", driver);

    assertThat(failure).hasMessageStartingWith("commit of archive/1 failed: java.sql.BatchUpdateException"
        + " (SQLState 23505, vendor code 23505)");
    JdbcRecordStoreCases.assertNoSecret(failure);
    Throwable cause = failure.getCause();
    assertThat(cause).isInstanceOf(SQLException.class);
    assertThat(((SQLException) cause).getSQLState()).isEqualTo("23505");
    assertThat(((SQLException) cause).getErrorCode()).isEqualTo(23505);
    assertThat(cause.getStackTrace()).isEqualTo(driver.getStackTrace());
    assertThat(cause.getCause()).hasMessageStartingWith("java.io.IOException");
  }

  @Test
  @DisplayName("Conflicts: unique violation, serialization failure, deadlock, H2 concurrent update")
  void conflicts() {
    for (String state : new String[] {"23505", "40001", "40P01", "90131"}) {
      assertThat(JdbcFailures.isConflict(new SQLException("x", state))).as(state).isTrue();
    }
    assertThat(JdbcFailures.isConflict(new SQLException("x", "23514"))).isFalse();
    assertThat(JdbcFailures.isConflict(new SQLException("x", (String) null))).isFalse();
    assertThat(JdbcFailures.isConflict(new SQLException("outer", "XX000", new SQLException("inner", "40P01"))))
        .isTrue();
  }
}
