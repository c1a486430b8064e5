package io.github.weisheng.examples.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The follow-up worklist (随访工作清单) of a centre of {@code archives} archives ({@link
 * WorklistCentre}) on 2026-06-30: through Weisheng ({@code followUps().worklist(…)}, index look-ups
 * patient by patient, every row decoded and judged in Java) against hand-written SQL
 * answering the same question on the same H2 database ({@link WorklistSql}). Both list the same
 * rows ({@code WorklistBenchmarkTest}, and {@link WorklistCost} checks it on the full centre).
 *
 * <p>The centre is built once (half an hour or more for 30,000 archives) into {@code
 * -Dweisheng.worklist.folder} (default {@code java.io.tmpdir}/weisheng-worklist-centre) and reused.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class WorklistBenchmark {
  /** The centre, built or reopened for the trial. */
  @State(Scope.Benchmark)
  public static class Centre {
    /** How many archives the centre has. */
    @Param("30000")
    public int archives;

    WorklistCentre centre;

    /** Opens (building if needed) the centre. */
    @Setup(Level.Trial)
    public void open() {
      centre = WorklistCentre.open(folder(), archives);
    }

    /** Closes the store; the centre stays on disk for the next run. */
    @TearDown(Level.Trial)
    public void close() {
      centre.close();
    }
  }

  /** @return the folder of the benchmark centre */
  static Path folder() {
    return Path.of(System.getProperty("weisheng.worklist.folder",
        Path.of(System.getProperty("java.io.tmpdir"), "weisheng-worklist-centre").toString()));
  }

  /**
   * The street's worklist through Weisheng.
   *
   * @param c the centre
   * @return the rows
   */
  @Benchmark
  public List<String> weisheng(Centre c) {
    return c.centre.weisheng();
  }

  /**
   * The street's worklist by the hand-written SQL.
   *
   * @param c the centre
   * @return the rows
   */
  @Benchmark
  public List<String> sql(Centre c) {
    return c.centre.sql();
  }
}
