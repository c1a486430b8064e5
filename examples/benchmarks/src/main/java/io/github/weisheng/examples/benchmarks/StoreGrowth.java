package io.github.weisheng.examples.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Companion to the benchmarks: does the cost per operation grow as the store fills? Opens archives
 * through the two bare-JDBC baselines (without and with history and audit rows) and through
 * Weisheng in alternating blocks, each into its own store that keeps growing, and prints the wall time per operation of each block. The JMH trials
 * and {@link OperationCost} see stores of a few thousand to a few tens of thousands of archives;
 * a centre's store holds more.
 *
 * <pre>{@code java -cp examples/benchmarks/target/weisheng-benchmarks.jar \
 *     io.github.weisheng.examples.benchmarks.StoreGrowth [blocks [block]]}</pre>
 */
public final class StoreGrowth {
  private StoreGrowth() {}

  /**
   * The wall time per operation after a number of archives.
   *
   * @param archives archives opened in each store so far (the pool included)
   * @param bareMicros the bare baseline's last block, µs/op
   * @param trailMicros the baseline with history and audit rows, its last block, µs/op
   * @param weishengMicros Weisheng's last block, µs/op
   */
  record Sample(long archives, double bareMicros, double trailMicros, double weishengMicros) {}

  /**
   * Runs and prints every tenth block.
   *
   * @param args optionally the number of blocks (default 200) and the openings per block (default 200)
   * @throws Exception when a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int block = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    List<Sample> samples = measure(Synthetic.AMEND_POOL, blocks, block);
    print(System.out, samples, Math.max(1, blocks / 20));
  }

  /**
   * Opens {@code blocks × block} archives in each of three fresh stores, alternating.
   *
   * @param poolSize archives each store opens first
   * @param blocks the number of blocks
   * @param block openings per block
   * @return one sample per block
   * @throws Exception when a benchmark fails
   */
  static List<Sample> measure(int poolSize, int blocks, int block) throws Exception {
    BareJdbcBenchmark bare = new BareJdbcBenchmark();
    BareJdbcBenchmark.Database db = new BareJdbcBenchmark.Database();
    BareJdbcTrailBenchmark trail = new BareJdbcTrailBenchmark();
    BareJdbcTrailBenchmark.Database trailDb = new BareJdbcTrailBenchmark.Database();
    WeishengBenchmark weisheng = new WeishengBenchmark();
    WeishengBenchmark.Centre centre = new WeishengBenchmark.Centre();
    List<Sample> samples = new ArrayList<>();
    db.open(poolSize);
    try {
      trailDb.open(poolSize);
      try {
        centre.open(poolSize);
        try {
          for (int b = 1; b <= blocks; b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < block; i++) {
              bare.openArchive(db);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < block; i++) {
              trail.openArchive(trailDb);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < block; i++) {
              weisheng.openArchive(centre);
            }
            long t3 = System.nanoTime();
            samples.add(new Sample(poolSize + (long) b * block, (t1 - t0) / 1e3 / block, (t2 - t1) / 1e3 / block,
                (t3 - t2) / 1e3 / block));
          }
        } finally {
          centre.close();
        }
      } finally {
        trailDb.close();
      }
    } finally {
      db.close();
    }
    return samples;
  }

  /** Prints every {@code every}-th sample (and the last) with Weisheng's ratios to both baselines. */
  static void print(PrintStream out, List<Sample> samples, int every) {
    out.printf("%10s %12s %12s %16s %8s %8s%n", "archives", "bare µs/op", "trail µs/op", "Weisheng µs/op",
        "× bare", "× trail");
    for (int i = 0; i < samples.size(); i++) {
      if ((i + 1) % every == 0 || i == samples.size() - 1) {
        Sample s = samples.get(i);
        out.printf("%,10d %12.0f %12.0f %16.0f %7.1f× %7.1f×%n", s.archives(), s.bareMicros(), s.trailMicros(),
            s.weishengMicros(), s.weishengMicros() / s.bareMicros(), s.weishengMicros() / s.trailMicros());
      }
    }
  }
}
