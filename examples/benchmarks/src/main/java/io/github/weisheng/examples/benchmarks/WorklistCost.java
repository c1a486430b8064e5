package io.github.weisheng.examples.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Companion to {@link WorklistBenchmark} for a shared machine: opens (building if needed) the
 * centre, checks that Weisheng and the hand-written SQL list the same rows, then runs the two
 * worklists alternately, round after round (the first of each round alternating), and prints per
 * worklist the mean and spread of the wall time and the CPU time of the whole process.
 *
 * <pre>{@code java -cp examples/benchmarks/target/weisheng-benchmarks.jar \
 *     io.github.weisheng.examples.benchmarks.WorklistCost [archives [rounds]]}</pre>
 */
public final class WorklistCost {
  private WorklistCost() {}

  /**
   * Builds or opens the centre, measures and prints.
   *
   * @param args optionally the archives (default 30000) and the measured rounds (default 10)
   */
  public static void main(String[] args) {
    int archives = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long opening = System.nanoTime();
    try (WorklistCentre centre = WorklistCentre.open(WorklistBenchmark.folder(), archives)) {
      System.out.printf("centre of %d archives in %s: %s in %.0f s (%d enrolments, %d follow-ups recorded)%n",
          archives, centre.folder, centre.enrolments > 0 ? "built" : "reopened",
          (System.nanoTime() - opening) / 1e9, centre.enrolments, centre.visits);
      List<String> weisheng = centre.weisheng();
      List<String> sql = centre.sql();
      List<String> a = new ArrayList<>(weisheng);
      List<String> b = new ArrayList<>(sql);
      Collections.sort(a);
      Collections.sort(b);
      if (!a.equals(b)) {
        throw new IllegalStateException("Weisheng and the SQL query disagree: " + a.size() + " against " + b.size()
            + " rows");
      }
      Map<String, Integer> byReason = new TreeMap<>();
      for (String row : weisheng) {
        byReason.merge(row.substring(row.indexOf(' ') + 1), 1, Integer::sum);
      }
      System.out.printf("both list the same %d rows: %s%n", weisheng.size(), byReason);
      measure(centre, 2, false);
      measure(centre, rounds, true);
    }
  }

  private static void measure(WorklistCentre centre, int rounds, boolean print) {
    List<String> names = List.of("weisheng", "sql");
    List<Supplier<List<String>>> bodies = List.of(centre::weisheng, centre::sql);
    double[][] wall = new double[2][rounds];
    double[][] cpu = new double[2][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < 2; k++) {
        int i = (round + k) % 2;
        long cpuBefore = processCpuNanos();
        long before = System.nanoTime();
        bodies.get(i).get();
        wall[i][round] = (System.nanoTime() - before) / 1e6;
        cpu[i][round] = (processCpuNanos() - cpuBefore) / 1e6;
      }
    }
    if (print) {
      System.out.printf("%-10s %14s %12s %14s%n", "worklist", "wall ms", "± sd", "CPU ms");
      for (int i = 0; i < 2; i++) {
        System.out.printf("%-10s %14.0f %12.0f %14.0f%n", names.get(i), mean(wall[i]), sd(wall[i]), mean(cpu[i]));
      }
      System.out.printf("Weisheng / SQL: %.1f× wall, %.1f× CPU (%d rounds)%n",
          mean(wall[0]) / mean(wall[1]), mean(cpu[0]) / mean(cpu[1]), rounds);
    }
  }

  private static double mean(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s / xs.length;
  }

  private static double sd(double[] xs) {
    double m = mean(xs);
    double s = 0;
    for (double x : xs) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / Math.max(1, xs.length - 1));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
