package io.github.weisheng.examples.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Companion to the JMH benchmarks for a shared machine: runs the same ten benchmark bodies
 * interleaved — round after round, each body {@code block} times per round, the starting body
 * rotating — so that another job's load falls on every tier alike, and reports per operation the
 * wall time, the CPU time of the whole process (H2's background threads, JIT and GC included) and
 * the bytes written to files ({@code /proc/self/io}, Linux only; absent elsewhere). The stores are
 * the benchmarks' own, opened together at the start.
 *
 * <pre>{@code java -cp examples/benchmarks/target/weisheng-benchmarks.jar \
 *     io.github.weisheng.examples.benchmarks.OperationCost [rounds [block]]}</pre>
 */
public final class OperationCost {
  private static final Path PROC_IO = Path.of("/proc/self/io");

  private OperationCost() {}

  /** One benchmark body. */
  @FunctionalInterface
  interface Operation {
    void run() throws Exception;
  }

  /**
   * What one benchmark cost per operation.
   *
   * @param benchmark the benchmark's name
   * @param wallMicros mean wall time, µs
   * @param wallSpread standard deviation of the rounds' mean wall times, µs
   * @param cpuMicros mean CPU time of the process, µs
   * @param bytes mean bytes written, or -1 when the platform does not tell
   */
  record Cost(String benchmark, double wallMicros, double wallSpread, double cpuMicros, double bytes) {}

  /**
   * Measures and prints the cost of every benchmark.
   *
   * @param args optionally the measured rounds (default 20) and the operations per round (default 100)
   * @throws Exception when a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int block = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    System.out.printf("OperationCost: %d warm-up and %d measured rounds of %d operations per benchmark, interleaved%n",
        Math.max(1, rounds / 4), rounds, block);
    print(System.out, measure(Synthetic.AMEND_POOL, Math.max(1, rounds / 4), rounds, block));
  }

  /**
   * Opens the benchmarks' stores, runs the bodies interleaved, and closes the stores.
   *
   * @param poolSize archives each store opens for the amendments
   * @param warmUpRounds rounds run before measuring
   * @param rounds rounds measured
   * @param block operations of each body per round
   * @return the costs, in the benchmarks' alphabetical order
   * @throws Exception when a benchmark fails
   */
  static List<Cost> measure(int poolSize, int warmUpRounds, int rounds, int block) throws Exception {
    BareJdbcBenchmark bare = new BareJdbcBenchmark();
    BareJdbcBenchmark.Database db = new BareJdbcBenchmark.Database();
    BareJdbcTrailBenchmark trail = new BareJdbcTrailBenchmark();
    BareJdbcTrailBenchmark.Database trailDb = new BareJdbcTrailBenchmark.Database();
    RecordStoreBenchmark raw = new RecordStoreBenchmark();
    RecordStoreBenchmark.Store rawStore = new RecordStoreBenchmark.Store();
    ServiceWritesBenchmark writes = new ServiceWritesBenchmark();
    ServiceWritesBenchmark.Store writesStore = new ServiceWritesBenchmark.Store();
    WeishengBenchmark weisheng = new WeishengBenchmark();
    WeishengBenchmark.Centre centre = new WeishengBenchmark.Centre();
    db.open(poolSize);
    try {
      trailDb.open(poolSize);
    } catch (Exception | Error e) {
      db.close();
      throw e;
    }
    try {
      rawStore.open(poolSize);
      try {
        writesStore.open(poolSize);
        try {
          centre.open(poolSize);
          try {
            Map<String, Operation> operations = new LinkedHashMap<>();
            operations.put("BareJdbcBenchmark.amendForm", () -> bare.amendForm(db));
            operations.put("BareJdbcBenchmark.openArchive", () -> bare.openArchive(db));
            operations.put("BareJdbcTrailBenchmark.amendForm", () -> trail.amendForm(trailDb));
            operations.put("BareJdbcTrailBenchmark.openArchive", () -> trail.openArchive(trailDb));
            operations.put("RecordStoreBenchmark.amendForm", () -> raw.amendForm(rawStore));
            operations.put("RecordStoreBenchmark.openArchive", () -> raw.openArchive(rawStore));
            operations.put("ServiceWritesBenchmark.amendForm", () -> writes.amendForm(writesStore));
            operations.put("ServiceWritesBenchmark.openArchive", () -> writes.openArchive(writesStore));
            operations.put("WeishengBenchmark.amendForm", () -> weisheng.amendForm(centre));
            operations.put("WeishengBenchmark.openArchive", () -> weisheng.openArchive(centre));
            return interleave(operations, warmUpRounds, rounds, block);
          } finally {
            centre.close();
          }
        } finally {
          writesStore.close();
        }
      } finally {
        rawStore.close();
      }
    } finally {
      try {
        trailDb.close();
      } finally {
        db.close();
      }
    }
  }

  private static List<Cost> interleave(Map<String, Operation> operations, int warmUpRounds, int rounds, int block)
      throws Exception {
    List<String> names = new ArrayList<>(operations.keySet());
    int n = names.size();
    double[][] wall = new double[n][rounds];
    long[] cpu = new long[n];
    long[] bytes = new long[n];
    for (int round = -warmUpRounds; round < rounds; round++) {
      for (int k = 0; k < n; k++) {
        int i = Math.floorMod(round + k, n); // each round starts with the next body
        Operation operation = operations.get(names.get(i));
        long bytesBefore = writtenBytes().orElse(0);
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        for (int op = 0; op < block; op++) {
          operation.run();
        }
        long wallNanos = System.nanoTime() - wallBefore;
        long cpuNanos = processCpuNanos() - cpuBefore;
        long written = writtenBytes().orElse(0) - bytesBefore;
        if (round >= 0) {
          wall[i][round] = wallNanos / 1e3 / block;
          cpu[i] += cpuNanos;
          bytes[i] += written;
        }
      }
    }
    boolean tellsBytes = writtenBytes().isPresent();
    List<Cost> costs = new ArrayList<>();
    long ops = (long) rounds * block;
    for (int i = 0; i < n; i++) {
      double mean = 0;
      for (double w : wall[i]) {
        mean += w / rounds;
      }
      double variance = 0;
      for (double w : wall[i]) {
        variance += (w - mean) * (w - mean) / Math.max(1, rounds - 1);
      }
      costs.add(new Cost(names.get(i), mean, Math.sqrt(variance), cpu[i] / 1e3 / ops,
          tellsBytes ? bytes[i] / (double) ops : -1));
    }
    return costs;
  }

  /**
   * Prints the costs with their ratios to both baselines of the same operation: the bare statements
   * ({@link BareJdbcBenchmark}) and the bare statements with history and audit rows ({@link
   * BareJdbcTrailBenchmark}).
   */
  static void print(PrintStream out, List<Cost> costs) {
    out.printf("%-36s %16s %7s %7s %10s %7s %7s %10s %7s %7s%n",
        "Benchmark", "wall µs/op", "× bare", "× trail", "CPU µs/op", "× bare", "× trail", "bytes/op", "× bare",
        "× trail");
    for (Cost c : costs) {
      String op = c.benchmark().substring(c.benchmark().indexOf('.'));
      Cost bare = baseline(costs, "BareJdbcBenchmark" + op);
      Cost trail = baseline(costs, "BareJdbcTrailBenchmark" + op);
      out.printf("%-36s %9.0f ± %-4.0f %7.1f %7.1f %10.0f %7.1f %7.1f %10s %7s %7s%n", c.benchmark(),
          c.wallMicros(), c.wallSpread(), c.wallMicros() / bare.wallMicros(), c.wallMicros() / trail.wallMicros(),
          c.cpuMicros(), c.cpuMicros() / bare.cpuMicros(), c.cpuMicros() / trail.cpuMicros(),
          c.bytes() < 0 ? "n/a" : String.format("%,.0f", c.bytes()),
          c.bytes() < 0 ? "" : String.format("%.1f", c.bytes() / bare.bytes()),
          c.bytes() < 0 ? "" : String.format("%.1f", c.bytes() / trail.bytes()));
    }
  }

  private static Cost baseline(List<Cost> costs, String benchmark) {
    return costs.stream().filter(b -> b.benchmark().equals(benchmark)).findFirst().orElseThrow();
  }

  /** The CPU time the whole process has used so far, in nanoseconds. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The bytes this process has passed to write calls so far ({@code wchar}), when the platform tells. */
  static OptionalLong writtenBytes() {
    if (!Files.isReadable(PROC_IO)) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(PROC_IO)) {
        if (line.startsWith("wchar:")) {
          return OptionalLong.of(Long.parseLong(line.substring("wchar:".length()).trim()));
        }
      }
      return OptionalLong.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
