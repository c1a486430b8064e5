package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.examples.benchmarks.VendorRows.ArchiveRow;
import io.github.weisheng.examples.benchmarks.VendorRows.FormRow;
import io.github.weisheng.examples.benchmarks.VendorRows.ResidentRow;
import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
 * Baseline 2, the storage contract alone: the same rows as {@link BareJdbcBenchmark} (same JSON
 * bodies) committed straight to {@link JdbcRecordStore#openH2File} through {@link
 * io.github.weisheng.spi.storage.RecordStore#commit}, with the index entries Weisheng gives them.
 * The difference to the bare baseline is what the store's contract costs: a version row kept for
 * every change (留痕), the current-version row, the index rows, a pooled connection per commit.
 * No service: no validation, no access check, no audit, no reads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class RecordStoreBenchmark {
  /** A fresh embedded store per trial, with {@link Synthetic#AMEND_POOL} archives to amend. */
  @State(Scope.Benchmark)
  public static class Store {
    Path folder;
    JdbcRecordStore store;
    final Bench.Serials serials = new Bench.Serials();
    long nextPerson;
    long amendments;
    ArchiveRow[] pool;
    long[] poolVersions;

    /** Opens the store and the pool of archives. */
    @Setup(Level.Trial)
    public void open() {
      open(Synthetic.AMEND_POOL);
    }

    /** Opens with {@code poolSize} archives to amend (the smoke tests use few). */
    void open(int poolSize) {
      folder = Bench.temporaryFolder("weisheng-bench-store-");
      store = Bench.openH2File(folder);
      pool = new ArchiveRow[poolSize];
      poolVersions = new long[poolSize];
      for (int i = 0; i < pool.length; i++) {
        pool[i] = commitNewArchive(this);
        poolVersions[i] = 1;
      }
    }

    /** Closes the store and deletes it. */
    @TearDown(Level.Trial)
    public void close() {
      store.close();
      Bench.delete(folder);
    }
  }

  /**
   * Opens an archive for a new resident: one commit creating the resident and the archive record.
   *
   * @param s the store
   * @return the archive row written
   */
  @Benchmark
  public ArchiveRow openArchive(Store s) {
    return commitNewArchive(s);
  }

  private static ArchiveRow commitNewArchive(Store s) {
    Synthetic.Person p = Synthetic.person(s.nextPerson++);
    ArchiveRow archive = ArchiveRow.opened(s.serials.nextNumber(p.committee()), p);
    s.store.commit(Commit.of(Synthetic.DOCTOR.id(), "archive.open", Instant.now(), List.of(
        RecordWrite.create(RecordKey.of("resident", p.id()), p.committee(), VendorRows.json(ResidentRow.of(p)),
            VendorRows.residentIndex(p)),
        RecordWrite.create(RecordKey.of("archive", archive.number()), p.committee(), VendorRows.json(archive),
            archive.index()))));
    return archive;
  }

  /**
   * Amends the form of one of the pool's archives: one commit of a new archive version.
   *
   * @param s the store
   * @return the new version
   */
  @Benchmark
  public long amendForm(Store s) {
    long n = s.amendments++;
    int i = (int) (n % s.pool.length);
    ArchiveRow next = s.pool[i].withForm(FormRow.of(n));
    long version = s.poolVersions[i];
    s.store.commit(Commit.of(Synthetic.DOCTOR.id(), Synthetic.AMEND_REASON, Instant.now(), List.of(
        RecordWrite.update(RecordKey.of("archive", next.number()), version, next.committee(), VendorRows.json(next),
            next.index()))));
    s.pool[i] = next;
    s.poolVersions[i] = version + 1;
    return version + 1;
  }
}
