package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.store.jdbc.H2FileOptions;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Companion to the benchmarks (issue 3): how large the embedded store's file grows while the store
 * is open. Opens archives through {@code archives().open} (one commit each, as {@link
 * WeishengBenchmark#openArchive} does) into a fresh {@link JdbcRecordStore#openH2File} store, and
 * prints after every {@code step} openings the file's size, the largest size seen so far (sampled
 * after every opening) and the wall and process CPU time per opening; then the size after close.
 * The store's compaction follows {@link Bench#COMPACTION_PROPERTY} ({@code
 * -Dweisheng.bench.compaction=off} for the behaviour before issue 3).
 *
 * <pre>{@code java [-Dweisheng.bench.compaction=off|<commits>] \
 *     -cp examples/benchmarks/target/weisheng-benchmarks.jar \
 *     io.github.weisheng.examples.benchmarks.StoreFileSize [openings [step]]}</pre>
 */
public final class StoreFileSize {
  private StoreFileSize() {}

  /**
   * The file sizes of one run.
   *
   * @param largestBytes the largest size of the file while the store was open
   * @param closedBytes the size after the store closed
   */
  record Result(long largestBytes, long closedBytes) {}

  /**
   * Runs and prints.
   *
   * @param args optionally the number of openings (default 6,000) and the printing step (default 1,000)
   */
  public static void main(String[] args) {
    int openings = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
    int step = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    measure(System.out, Bench.h2FileOptions(), openings, step);
  }

  /**
   * Opens {@code openings} archives into a fresh store opened with {@code options}, printing to
   * {@code out} every {@code step} openings.
   *
   * @param out where to print
   * @param options the store's options
   * @param openings the number of archives to open
   * @param step print after this many openings
   * @return the file sizes
   */
  static Result measure(PrintStream out, H2FileOptions options, int openings, int step) {
    out.printf("StoreFileSize: %,d openings through archives().open, %s, load %s%n", openings, options,
        Bench.loadAverage());
    out.printf("%10s %14s %14s %14s %14s%n", "openings", "file MB", "largest MB", "wall µs/op", "CPU µs/op");
    Path folder = Bench.temporaryFolder("weisheng-bench-filesize-");
    Path file = folder.resolve("weisheng.mv.db");
    long largest = 0;
    long person = 0;
    try {
      JdbcRecordStore store = JdbcRecordStore.openH2File(folder, options);
      try {
        HealthSession doctor = CommunityHealth.builder()
            .store(store)
            .accessPolicy(DefaultAccessPolicy.defaults())
            .build()
            .as(Synthetic.DOCTOR);
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        for (int n = 1; n <= openings; n++) {
          doctor.archives().open(Synthetic.newArchive(Synthetic.person(person++)));
          largest = Math.max(largest, size(file));
          if (n % step == 0 || n == openings) {
            long wallNow = System.nanoTime();
            long cpuNow = processCpuNanos();
            int ops = n % step == 0 ? step : n % step;
            out.printf("%,10d %14.1f %14.1f %,14.0f %,14.0f%n", n, size(file) / 1e6, largest / 1e6,
                (wallNow - wall) / 1e3 / ops, (cpuNow - cpu) / 1e3 / ops);
            wall = System.nanoTime();
            cpu = processCpuNanos();
          }
        }
      } finally {
        long closing = System.nanoTime();
        store.close();
        out.printf("closed in %.1f s: file %.1f MB; largest while open %.1f MB; load %s%n",
            (System.nanoTime() - closing) / 1e9, size(file) / 1e6, largest / 1e6, Bench.loadAverage());
      }
      return new Result(largest, size(file));
    } finally {
      Bench.delete(folder);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
