package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.examples.benchmarks.VendorRows.ArchiveRow;
import io.github.weisheng.examples.benchmarks.VendorRows.FormRow;
import io.github.weisheng.examples.benchmarks.VendorRows.ResidentRow;
import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * Between the baselines and Weisheng: the commits Weisheng's service makes for each operation,
 * replayed straight on the raw store, without its reads, access check, validation or mapping.
 * Opening: one commit of five records (the committee's archive-serial counter, the two uniqueness
 * claims on the resident and on the citizen ID number, the resident, the archive) and the audit
 * event; amending: one commit of the archive's new version and the audit event (the default store
 * sink puts a write's event in the write's own commit). Record kinds, key shapes, bodies and index
 * entries mirror what Weisheng writes (the claim id is a 64-hex-digit pseudonym, the audit id a time
 * stamp plus a UUID). The difference to
 * {@link RecordStoreBenchmark} is the storage cost of the service's design (serials, claims, audit
 * trail); the difference to {@link WeishengBenchmark} is its CPU and read cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ServiceWritesBenchmark {
  private static final DateTimeFormatter AUDIT_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSSSSS").withZone(ZoneOffset.UTC);

  /** An audit event as Weisheng's default sink stores it. */
  record AuditRow(String at, String principalId, String action, String kind, String recordId, String scope,
      String outcome, String detail) {}

  /** A serial counter record. */
  record CounterRow(int last) {}

  /** A uniqueness claim record. */
  record ClaimRow(String holder, boolean released) {}

  /** A fresh embedded store per trial, with {@link Synthetic#AMEND_POOL} archives to amend. */
  @State(Scope.Benchmark)
  public static class Store {
    Path folder;
    JdbcRecordStore store;
    final Bench.Serials serials = new Bench.Serials();
    final Map<String, Long> counterVersions = new HashMap<>();
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
      folder = Bench.temporaryFolder("weisheng-bench-writes-");
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
   * Opens an archive for a new resident: the service's five-record commit with its audit event.
   *
   * @param s the store
   * @return the archive row written
   */
  @Benchmark
  public ArchiveRow openArchive(Store s) {
    return commitNewArchive(s);
  }

  private static ArchiveRow commitNewArchive(Store s) {
    long n = s.nextPerson++;
    Synthetic.Person p = Synthetic.person(n);
    String committee = p.committee();
    int serial = s.serials.next(committee);
    ArchiveRow archive = ArchiveRow.opened(committee + String.format("%05d", serial), p);
    byte[] claim = VendorRows.json(new ClaimRow(archive.number(), false));
    RecordKey counterKey = RecordKey.of("archive.serial", committee);
    long counterVersion = s.counterVersions.getOrDefault(committee, 0L);
    Instant at = Instant.now();
    s.store.commit(Commit.of(Synthetic.DOCTOR.id(), "archive.open", at, List.of(
        audit(at, "CREATE", "", committee, "role.family-doctor.create"),
        new RecordWrite(counterKey, counterVersion, committee, VendorRows.json(new CounterRow(serial)), Set.of()),
        RecordWrite.create(RecordKey.of("claim.resident-archive", p.id()), committee, claim, Set.of()),
        RecordWrite.create(RecordKey.of("claim.citizen-id", pseudonym(n)), committee, claim, Set.of()),
        RecordWrite.create(RecordKey.of("resident", p.id()), committee, VendorRows.json(ResidentRow.of(p)),
            VendorRows.residentIndex(p)),
        RecordWrite.create(RecordKey.of("archive", archive.number()), committee, VendorRows.json(archive),
            archive.index()))));
    s.counterVersions.put(committee, counterVersion + 1);
    return archive;
  }

  /**
   * Amends the form of one of the pool's archives: the new version's commit with its audit event.
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
    Instant at = Instant.now();
    s.store.commit(Commit.of(Synthetic.DOCTOR.id(), Synthetic.AMEND_REASON, at, List.of(
        audit(at, "AMEND", next.number(), next.committee(), "role.family-doctor.amend"),
        RecordWrite.update(RecordKey.of("archive", next.number()), version, next.committee(), VendorRows.json(next),
            next.index()))));
    s.pool[i] = next;
    s.poolVersions[i] = version + 1;
    return version + 1;
  }

  /** The write of one audit event the way Weisheng's default sink makes it. */
  private static RecordWrite audit(Instant at, String action, String recordId, String scope, String detail) {
    String principal = Synthetic.DOCTOR.id();
    Set<IndexEntry> index = recordId.isEmpty()
        ? Set.of(IndexEntry.of("principal", principal))
        : Set.of(IndexEntry.of("principal", principal), IndexEntry.of("record", "archive/" + recordId));
    byte[] body = VendorRows.json(new AuditRow(at.toString(), principal, action, "archive", recordId, scope,
        "SUCCEEDED", detail));
    return RecordWrite.create(
        RecordKey.of("audit", AUDIT_ID_TIME.format(at) + "-" + UUID.randomUUID()), scope, body, index);
  }

  /** A 64-hex-digit id that looks random, standing in for the HMAC of the citizen ID number. */
  static String pseudonym(long n) {
    StringBuilder hex = new StringBuilder(64);
    long x = n;
    for (int i = 0; i < 4; i++) {
      x += 0x9E37_79B9_7F4A_7C15L; // SplitMix64
      long z = x;
      z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
      z ^= z >>> 31;
      hex.append(String.format("%016x", z));
    }
    return hex.toString();
  }
}
