package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.examples.benchmarks.VendorRows.ArchiveRow;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Runs each bare-JDBC benchmark body once against a temporary database. */
class BareJdbcBenchmarkTest {
  private static final int POOL = 10;
  private final BareJdbcBenchmark benchmark = new BareJdbcBenchmark();

  @Test
  void opensAndAmendsWithPlainRows() throws SQLException {
    BareJdbcBenchmark.Database db = new BareJdbcBenchmark.Database();
    db.open(POOL);
    try {
      assertThat(count(db, "SELECT COUNT(*) FROM health_archive")).isEqualTo(POOL);

      ArchiveRow opened = benchmark.openArchive(db);
      assertThat(opened.number()).hasSize(17).startsWith(opened.committee());
      assertThat(count(db, "SELECT COUNT(*) FROM resident")).isEqualTo(POOL + 1);
      assertThat(count(db, "SELECT COUNT(*) FROM health_archive")).isEqualTo(POOL + 1);

      assertThat(benchmark.amendForm(db)).isEqualTo(2);
      assertThat(count(db, "SELECT COUNT(*) FROM health_archive WHERE version = 2")).isEqualTo(1);
    } finally {
      db.close();
    }
    assertThat(Files.exists(db.folder)).isFalse();
  }

  private static long count(BareJdbcBenchmark.Database db, String sql) throws SQLException {
    try (Statement statement = db.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
