package io.github.weisheng.examples.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the district benchmark: opens (generating it first if needed) a {@link District} of the
 * given size, then runs the paths round after round, the first path rotating — Weisheng's work
 * summary with the default audit sink ({@code weisheng}), the same with audit events not stored
 * ({@code weisheng-unaudited}), only the figures the SQL computes, through the public API
 * ({@code weisheng-figures}), the hand-written SQL ({@code sql}); {@code -Dweisheng.district.paths}
 * picks some — checks in every round that all give identical figures, and prints per path and
 * round the wall time, the CPU time of the whole process and the peak heap used (the sum of the
 * heap pools' peaks, reset before each path), then the means. Arguments: residents (default 100,000), measured rounds (default 3), seed
 * (default 20261129). The folder is {@code -Dweisheng.district.folder} (default {@code
 * java.io.tmpdir/weisheng-district-<residents>}). Run it with the heap the question is about, e.g.
 * {@code java -Xmx2g}.
 */
public final class DistrictSummaryCost {
  private DistrictSummaryCost() {}

  /**
   * Runs it.
   *
   * @param args residents, rounds, seed
   */
  public static void main(String[] args) {
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261129L;
    Path folder = Path.of(System.getProperty("weisheng.district.folder",
        Path.of(System.getProperty("java.io.tmpdir"), "weisheng-district-" + residents).toString()));
    System.out.printf("district: %,d residents, seed %d, folder %s, max heap %,d MiB, %s %s%n", residents, seed, folder,
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    long started = System.nanoTime();
    System.out.println("start " + Instant.now() + " load " + Bench.loadAverage());
    try (DistrictSummary district = DistrictSummary.open(folder, residents, seed,
        line -> System.out.printf("  generated %s in %,d s (load %s)%n", line, (System.nanoTime() - started) / 1_000_000_000L,
            Bench.loadAverage()))) {
      if (district.load != null) {
        System.out.printf("generated in %,d s: %,d records (%,d enrolments, %,d follow-ups, %,d vaccinations)%n",
            (System.nanoTime() - started) / 1_000_000_000L, district.load.records, district.load.enrolments,
            district.load.visits, district.load.vaccinations);
        System.out.printf("H2 file: %,d MiB when the load's last commit returned, %,d MiB after SHUTDOWN COMPACT (%,d s)%n",
            district.load.bytesOpen >> 20, district.load.bytesClosed >> 20, district.load.compactNanos / 1_000_000_000L);
      }
      System.out.printf("population supplied: %,d; H2 file: %,d MiB%n", district.populationTotal(),
          Bench.size(folder) >> 20);
      Map<String, Supplier<Map<String, Long>>> all = new LinkedHashMap<>();
      all.put("weisheng", district::weisheng);
      all.put("weisheng-unaudited", district::weishengUnaudited);
      all.put("weisheng-figures", district::weishengFigures);
      all.put("sql", district::sql);
      List<String> paths = List.of(System.getProperty("weisheng.district.paths", String.join(",", all.keySet()))
          .split(","));
      Map<String, List<long[]>> runs = new LinkedHashMap<>();
      paths.forEach(p -> runs.put(p, new ArrayList<>()));
      for (int r = 0; r < rounds; r++) {
        Map<String, Long> first = null;
        for (int k = 0; k < paths.size(); k++) {
          String path = paths.get((k + r) % paths.size());
          AtomicReference<Map<String, Long>> figures = new AtomicReference<>();
          long[] m = measure(() -> figures.set(all.get(path).get()));
          runs.get(path).add(m);
          System.out.printf("  round %d %-18s %,9d ms wall, %,9d ms CPU, peak heap %,5d MiB (load %s, %s)%n", r + 1,
              path, m[0], m[1], m[2] >> 20, Bench.loadAverage(), Instant.now());
          if (first == null) {
            first = figures.get();
            System.out.println("  figures: " + DistrictSummary.describe(first));
          } else if (!first.equals(figures.get())) {
            throw new IllegalStateException("the paths disagree: " + DistrictSummary.describe(figures.get()));
          }
        }
        System.out.println("  round " + (r + 1) + ": every path gave identical figures");
      }
      for (Map.Entry<String, List<long[]>> e : runs.entrySet()) {
        List<long[]> m = e.getValue();
        if (m.isEmpty()) {
          continue; // 0 rounds: only generate (or open) the district
        }
        System.out.printf("%-18s mean %,9d ms wall (min %,d), %,9d ms CPU, peak heap %,5d MiB%n", e.getKey(),
            m.stream().mapToLong(x -> x[0]).sum() / m.size(), m.stream().mapToLong(x -> x[0]).min().orElse(0),
            m.stream().mapToLong(x -> x[1]).sum() / m.size(), m.stream().mapToLong(x -> x[2]).max().orElse(0) >> 20);
      }
      System.out.println("end " + Instant.now() + " load " + Bench.loadAverage());
    }
  }

  /** Runs one path: wall ms, process CPU ms, peak heap bytes. */
  private static long[] measure(Runnable path) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long t = System.nanoTime();
    path.run();
    long wall = (System.nanoTime() - t) / 1_000_000;
    long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new long[] {wall, cpuMs, peak};
  }
}
