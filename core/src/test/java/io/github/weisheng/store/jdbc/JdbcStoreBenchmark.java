package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints how long 10,000 single-record commits, a scan and an index range over them, and the first
 * 10 records of each take on H2 (file) and on PostgreSQL (zonky, local socket); a figure to report,
 * not a test. Each store runs two rounds
 * (the first warms the JVM up). Run from {@code core/} with the test class path, for example
 * {@code java -cp target/test-classes:target/classes:<deps> io.github.weisheng.store.jdbc.JdbcStoreBenchmark}.
 */
public final class JdbcStoreBenchmark {
  private static final int RECORDS = 10_000;

  private JdbcStoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path directory = Files.createTempDirectory("weisheng-bench");
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(directory)) {
      run("H2 file (WRITE_DELAY=0)", store);
    }
    // for comparison only: H2's default WRITE_DELAY (acknowledged commits may be lost on a kill)
    Path delayed = Files.createTempDirectory("weisheng-bench");
    try (TestPool pool = new TestPool("jdbc:h2:file:" + delayed.resolve("weisheng") + ";TRACE_LEVEL_FILE=0", "sa", "");
        JdbcRecordStore store = JdbcRecordStore.open(pool, JdbcDialect.h2())) {
      run("H2 file (default WRITE_DELAY, not crash-safe)", store);
    }
    // zonky turns fsync and synchronous_commit off; measure PostgreSQL as production runs it
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
        TestPool pool = JdbcRecordStorePostgresTest.newSchema(postgres, "bench", 1);
        JdbcRecordStore store = JdbcRecordStore.open(pool, JdbcDialect.postgresql())) {
      try (java.sql.Connection connection = pool.getConnection();
          java.sql.Statement statement = connection.createStatement();
          java.sql.ResultSet rows = statement.executeQuery(
              "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
        rows.next();
        System.out.println("PostgreSQL fsync=" + rows.getString(1) + ", synchronous_commit=" + rows.getString(2));
      }
      run("PostgreSQL 17 (zonky, pooled connections)", store);
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        TestPool pool = JdbcRecordStorePostgresTest.newSchema(postgres, "bench", 2);
        JdbcRecordStore store = JdbcRecordStore.open(pool, JdbcDialect.postgresql())) {
      run("PostgreSQL 17 (zonky defaults: fsync off, not crash-safe)", store);
    }
  }

  private static void run(String name, RecordStore store) {
    for (int round = 1; round <= 2; round++) {
      String kind = "bench" + round;
      byte[] body = ("{\"name\":\"" + "x".repeat(200) + "\"}").getBytes(StandardCharsets.UTF_8);
      long start = System.nanoTime();
      for (int i = 0; i < RECORDS; i++) {
        String n = String.format("%06d", i);
        store.commit(Commit.of("staff-1", "bench.create", Instant.now(), List.of(RecordWrite.create(
            RecordKey.of(kind, "r" + n), "110101001001", body, Set.of(IndexEntry.of("seq", n))))));
      }
      long committed = System.nanoTime();
      long scanned;
      try (Stream<StoredRecord> records = store.scan(kind, ScopeFilter.all())) {
        scanned = records.count();
      }
      long scanEnd = System.nanoTime();
      long found;
      try (Stream<StoredRecord> records = store.find(IndexQuery.range(kind, "seq", "", "999999"), ScopeFilter.all())) {
        found = records.count();
      }
      long findEnd = System.nanoTime();
      try (Stream<StoredRecord> records = store.scan(kind, ScopeFilter.all())) {
        records.limit(10).forEach(record -> { });
      }
      long firstScanned = System.nanoTime();
      try (Stream<StoredRecord> records = store.find(IndexQuery.range(kind, "seq", "", "999999"), ScopeFilter.all())) {
        records.limit(10).forEach(record -> { });
      }
      long firstFound = System.nanoTime();
      System.out.printf(Locale.ROOT,
          "%s, round %d: %d single-record commits %.2f s (%.0f commits/s); scan of %d %.3f s;"
              + " index range of %d %.3f s; first 10 of a scan %.1f ms, of the range %.1f ms%n",
          name, round, RECORDS, seconds(committed - start), RECORDS / seconds(committed - start),
          scanned, seconds(scanEnd - committed), found, seconds(findEnd - scanEnd),
          (firstScanned - findEnd) / 1e6, (firstFound - firstScanned) / 1e6);
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
