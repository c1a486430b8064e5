package io.github.weisheng.examples.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the district benchmark: opens (generating it first if needed) a {@link District} of the
 * given size, checks that Weisheng's work summary and the hand-written SQL give identical figures,
 * then times the two paths alternately and prints, per path, the wall time of each round, the mean,
 * the CPU time of the whole process and the peak heap used (the sum of the heap pools' peaks, reset
 * before each path). Arguments: residents (default 100,000), measured rounds (default 3), seed
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
      }
      System.out.printf("population supplied: %,d; H2 file: %,d MiB%n", district.populationTotal(),
          Bench.size(folder) >> 20);
      Map<String, Long> weisheng = district.weisheng();
      Map<String, Long> sql = district.sql();
      System.out.println("weisheng: " + DistrictSummary.describe(weisheng));
      System.out.println("sql:      " + DistrictSummary.describe(sql));
      if (!weisheng.equals(sql)) {
        throw new IllegalStateException("the two paths disagree");
      }
      System.out.println("identical: yes");
      List<Long> wWall = new ArrayList<>();
      List<Long> sWall = new ArrayList<>();
      long[] cpu = new long[2];
      long[] peak = new long[2];
      for (int r = 0; r < rounds; r++) {
        boolean weishengFirst = r % 2 == 0;
        for (int k = 0; k < 2; k++) {
          boolean w = weishengFirst == (k == 0);
          long[] m = measure(w ? district::weisheng : district::sql);
          (w ? wWall : sWall).add(m[0]);
          cpu[w ? 0 : 1] += m[1];
          peak[w ? 0 : 1] = Math.max(peak[w ? 0 : 1], m[2]);
          System.out.printf("  round %d %-8s %,8d ms wall, %,8d ms CPU, peak heap %,d MiB (load %s)%n", r + 1,
              w ? "weisheng" : "sql", m[0], m[1], m[2] >> 20, Bench.loadAverage());
        }
      }
      System.out.printf("weisheng: mean %,d ms wall, %,d ms CPU, peak heap %,d MiB%n", mean(wWall), cpu[0] / rounds,
          peak[0] >> 20);
      System.out.printf("sql:      mean %,d ms wall, %,d ms CPU, peak heap %,d MiB%n", mean(sWall), cpu[1] / rounds,
          peak[1] >> 20);
      System.out.printf("weisheng / sql: %.2f× wall%n", mean(wWall) / (double) mean(sWall));
      System.out.println("end " + Instant.now() + " load " + Bench.loadAverage());
    }
  }

  private static long mean(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum() / Math.max(1, values.size());
  }

  /** Runs one path: wall ms, process CPU ms, peak heap bytes. */
  private static long[] measure(Supplier<Map<String, Long>> path) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long t = System.nanoTime();
    path.get();
    long wall = (System.nanoTime() - t) / 1_000_000;
    long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new long[] {wall, cpuMs, peak};
  }
}
