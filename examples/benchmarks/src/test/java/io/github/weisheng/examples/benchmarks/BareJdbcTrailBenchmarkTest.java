package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.examples.benchmarks.VendorRows.ArchiveRow;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Runs each body of the bare-JDBC baseline with history and audit once against a temporary database. */
class BareJdbcTrailBenchmarkTest {
  private static final int POOL = 10;
  private final BareJdbcTrailBenchmark benchmark = new BareJdbcTrailBenchmark();

  @Test
  void opensAndAmendsKeepingAHistoryRowPerChangeAndAnAuditRowPerRequest() throws SQLException {
    BareJdbcTrailBenchmark.Database db = new BareJdbcTrailBenchmark.Database();
    db.open(POOL);
    try {
      assertThat(count(db, "SELECT COUNT(*) FROM health_archive")).isEqualTo(POOL);

      ArchiveRow opened = benchmark.openArchive(db);
      assertThat(opened.number()).hasSize(17).startsWith(opened.committee());
      assertThat(count(db, "SELECT COUNT(*) FROM resident")).isEqualTo(POOL + 1);
      assertThat(count(db, "SELECT COUNT(*) FROM resident_history")).isEqualTo(POOL + 1);
      assertThat(count(db, "SELECT COUNT(*) FROM health_archive")).isEqualTo(POOL + 1);
      assertThat(count(db, "SELECT COUNT(*) FROM health_archive_history")).isEqualTo(POOL + 1);
      assertThat(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'CREATE'")).isEqualTo(POOL + 1);

      assertThat(benchmark.amendForm(db)).isEqualTo(2);
      assertThat(count(db, "SELECT COUNT(*) FROM health_archive WHERE version = 2")).isEqualTo(1);
      assertThat(count(db, "SELECT COUNT(*) FROM health_archive_history WHERE version = 2"
          + " AND reason = '" + Synthetic.AMEND_REASON + "'")).isEqualTo(1);
      assertThat(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'AMEND'")).isEqualTo(1);
    } finally {
      db.close();
    }
    assertThat(Files.exists(db.folder)).isFalse();
  }

  private static long count(BareJdbcTrailBenchmark.Database db, String sql) throws SQLException {
    try (Statement statement = db.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
