package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Weisheng as a host gets it by default: {@link CommunityHealth} on {@link
 * JdbcRecordStore#openH2File}, {@link DefaultAccessPolicy#defaults()}, the default audit sink
 * (events committed to the same store) and the default clock, acting as a family doctor. Opening
 * maps the host's person to a {@code Resident} (validated), checks access, validates the request,
 * reads the committee's serial counter, the two uniqueness claims and the resident (one query),
 * commits five records (counter, claims, resident, archive) with their versions and index entries
 * and the audit event in one commit. Amending checks access, re-reads the archive, checks its version and status,
 * and commits the new version with its audit event.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class WeishengBenchmark {
  /** A fresh embedded store per trial, with {@link Synthetic#AMEND_POOL} archives to amend. */
  @State(Scope.Benchmark)
  public static class Centre {
    Path folder;
    JdbcRecordStore store;
    HealthSession doctor;
    long nextPerson;
    long amendments;
    final List<Recorded<HealthArchive>> pool = new ArrayList<>();

    /** Opens the store, wires Weisheng and opens the pool of archives. */
    @Setup(Level.Trial)
    public void open() {
      open(Synthetic.AMEND_POOL);
    }

    /** Opens with {@code poolSize} archives to amend (the smoke tests use few). */
    void open(int poolSize) {
      folder = Bench.temporaryFolder("weisheng-bench-weisheng-");
      store = Bench.openH2File(folder);
      CommunityHealth health = CommunityHealth.builder()
          .store(store)
          .accessPolicy(DefaultAccessPolicy.defaults())
          .build();
      doctor = health.as(Synthetic.DOCTOR);
      for (int i = 0; i < poolSize; i++) {
        pool.add(doctor.archives().open(Synthetic.newArchive(Synthetic.person(nextPerson++))));
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
   * Opens an archive for a new resident through {@code archives().open}.
   *
   * @param c the centre
   * @return the archive recorded
   */
  @Benchmark
  public Recorded<HealthArchive> openArchive(Centre c) {
    return c.doctor.archives().open(Synthetic.newArchive(Synthetic.person(c.nextPerson++)));
  }

  /**
   * Amends the form of one of the pool's archives through {@code archives().amendForm}.
   *
   * @param c the centre
   * @return the new version
   */
  @Benchmark
  public Recorded<HealthArchive> amendForm(Centre c) {
    long n = c.amendments++;
    int i = (int) (n % c.pool.size());
    Recorded<HealthArchive> current = c.pool.get(i);
    Recorded<HealthArchive> next = c.doctor.archives().amendForm(
        current.value().number(), current.version(), Synthetic.form(n), Synthetic.AMEND_REASON);
    c.pool.set(i, next);
    return next;
  }
}
