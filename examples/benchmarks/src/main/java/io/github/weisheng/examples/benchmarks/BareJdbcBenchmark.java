package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.examples.benchmarks.VendorRows.ArchiveRow;
import io.github.weisheng.examples.benchmarks.VendorRows.FormRow;
import io.github.weisheng.examples.benchmarks.VendorRows.ResidentRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Baseline 1, what a vendor would hand-write: the same logical rows in two tables of its own, in an
 * H2 file database opened with the store's durability settings, on one JDBC connection with
 * prepared statements. Opening an archive is one INSERT of the resident and one of the archive in
 * one transaction; amending is one optimistic UPDATE ({@code WHERE version = ?}). No history, no
 * audit, no access check, no validation beyond the tables' keys.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class BareJdbcBenchmark {
  private static final String[] SCHEMA = {
    "CREATE TABLE resident ("
        + " id CHARACTER VARYING(64) NOT NULL PRIMARY KEY,"
        + " committee CHARACTER(12) NOT NULL,"
        + " body BINARY VARYING NOT NULL)",
    "CREATE TABLE health_archive ("
        + " archive_no CHARACTER(17) NOT NULL PRIMARY KEY,"
        + " resident_id CHARACTER VARYING(64) NOT NULL UNIQUE REFERENCES resident (id),"
        + " committee CHARACTER(12) NOT NULL,"
        + " status CHARACTER VARYING(24) NOT NULL,"
        + " version BIGINT NOT NULL,"
        + " body BINARY VARYING NOT NULL)"
  };

  /** A fresh H2 file database per trial, with {@link Synthetic#AMEND_POOL} archives to amend. */
  @State(Scope.Benchmark)
  public static class Database {
    Path folder;
    Connection connection;
    PreparedStatement insertResident;
    PreparedStatement insertArchive;
    PreparedStatement updateArchive;
    final Bench.Serials serials = new Bench.Serials();
    long nextPerson;
    long amendments;
    ArchiveRow[] pool;
    long[] poolVersions;

    /**
     * Creates the database and opens the pool of archives.
     *
     * @throws SQLException when H2 fails
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
      open(Synthetic.AMEND_POOL);
    }

    /** Opens with {@code poolSize} archives to amend (the smoke tests use few). */
    void open(int poolSize) throws SQLException {
      folder = Bench.temporaryFolder("weisheng-bench-bare-");
      connection = DriverManager.getConnection(
          "jdbc:h2:file:" + folder.resolve("bare").toAbsolutePath() + Bench.H2_SETTINGS, "sa", "");
      try (Statement ddl = connection.createStatement()) {
        for (String statement : SCHEMA) {
          ddl.execute(statement);
        }
      }
      connection.setAutoCommit(false);
      insertResident = connection.prepareStatement("INSERT INTO resident (id, committee, body) VALUES (?, ?, ?)");
      insertArchive = connection.prepareStatement("INSERT INTO health_archive"
          + " (archive_no, resident_id, committee, status, version, body) VALUES (?, ?, ?, ?, 1, ?)");
      updateArchive = connection.prepareStatement(
          "UPDATE health_archive SET body = ?, version = ? WHERE archive_no = ? AND version = ?");
      pool = new ArchiveRow[poolSize];
      poolVersions = new long[poolSize];
      for (int i = 0; i < pool.length; i++) {
        pool[i] = openArchive(this, Synthetic.person(nextPerson++));
        poolVersions[i] = 1;
      }
    }

    /**
     * Closes the connection and deletes the database.
     *
     * @throws SQLException when H2 fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
      Bench.delete(folder);
    }
  }

  /**
   * Opens an archive for a new resident: INSERT resident, INSERT archive, COMMIT.
   *
   * @param db the database
   * @return the archive row written
   * @throws SQLException when H2 fails
   */
  @Benchmark
  public ArchiveRow openArchive(Database db) throws SQLException {
    return openArchive(db, Synthetic.person(db.nextPerson++));
  }

  private static ArchiveRow openArchive(Database db, Synthetic.Person p) throws SQLException {
    ArchiveRow archive = ArchiveRow.opened(db.serials.nextNumber(p.committee()), p);
    try {
      db.insertResident.setString(1, p.id());
      db.insertResident.setString(2, p.committee());
      db.insertResident.setBytes(3, VendorRows.json(ResidentRow.of(p)));
      db.insertResident.executeUpdate();
      db.insertArchive.setString(1, archive.number());
      db.insertArchive.setString(2, p.id());
      db.insertArchive.setString(3, p.committee());
      db.insertArchive.setString(4, archive.status());
      db.insertArchive.setBytes(5, VendorRows.json(archive));
      db.insertArchive.executeUpdate();
      db.connection.commit();
    } catch (SQLException | RuntimeException e) {
      db.connection.rollback();
      throw e;
    }
    return archive;
  }

  /**
   * Amends the form of one of the pool's archives: UPDATE … WHERE version = ?, COMMIT.
   *
   * @param db the database
   * @return the new version
   * @throws SQLException when H2 fails
   */
  @Benchmark
  public long amendForm(Database db) throws SQLException {
    long n = db.amendments++;
    int i = (int) (n % db.pool.length);
    ArchiveRow next = db.pool[i].withForm(FormRow.of(n));
    long version = db.poolVersions[i];
    try {
      db.updateArchive.setBytes(1, VendorRows.json(next));
      db.updateArchive.setLong(2, version + 1);
      db.updateArchive.setString(3, next.number());
      db.updateArchive.setLong(4, version);
      if (db.updateArchive.executeUpdate() != 1) {
        throw new IllegalStateException("archive changed meanwhile: version " + version + " is stale");
      }
      db.connection.commit();
    } catch (SQLException | RuntimeException e) {
      db.connection.rollback();
      throw e;
    }
    db.pool[i] = next;
    db.poolVersions[i] = version + 1;
    return version + 1;
  }
}
