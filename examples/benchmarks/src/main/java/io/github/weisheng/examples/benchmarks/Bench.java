package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.store.jdbc.H2FileOptions;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Plumbing the benchmarks share: H2 settings, temporary folders, archive serials. */
final class Bench {
  /**
   * The settings Weisheng's embedded store opens H2 with ({@code H2Files.SETTINGS} in core): every
   * commit written to the file before it returns ({@code WRITE_DELAY=0}), no trace file, 64
   * statements kept prepared per connection. The bare-JDBC baselines use the same, so both sides
   * pay the same durability.
   */
  static final String H2_SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64";

  /**
   * The system property choosing how the benchmarks' embedded stores compact their file while
   * open: absent for {@link H2FileOptions#defaults()}, {@code off} for {@link
   * H2FileOptions#notCompactingWhileOpen()} (the behaviour before issue 3), or a number of commits.
   */
  static final String COMPACTION_PROPERTY = "weisheng.bench.compaction";

  /**
   * The system property choosing the chunk fill rate below which a check compacts: a percentage
   * (100: a round at every check, the behaviour before the fill-rate check); unset: the default.
   */
  static final String COMPACTION_FILL_RATE_PROPERTY = "weisheng.bench.compactionFillRate";

  /**
   * The system property choosing how many megabytes of the file must be no longer live before a
   * check compacts (0 with a fill rate of 100: a round at every check); unset: the default.
   */
  static final String COMPACTION_SLACK_PROPERTY = "weisheng.bench.compactionSlackMb";

  private Bench() {}

  /**
   * The H2 file store options chosen by {@link #COMPACTION_PROPERTY}, {@link
   * #COMPACTION_FILL_RATE_PROPERTY} and {@link #COMPACTION_SLACK_PROPERTY}.
   */
  static H2FileOptions h2FileOptions() {
    String value = System.getProperty(COMPACTION_PROPERTY, "").strip();
    if (value.equals("off")) {
      return H2FileOptions.notCompactingWhileOpen();
    }
    H2FileOptions options = value.isEmpty() ? H2FileOptions.defaults() : H2FileOptions.compactingEvery(Integer.parseInt(value));
    String fillRate = System.getProperty(COMPACTION_FILL_RATE_PROPERTY, "").strip();
    if (!fillRate.isEmpty()) {
      options = options.compactingBelowFillRate(Integer.parseInt(fillRate));
    }
    String slack = System.getProperty(COMPACTION_SLACK_PROPERTY, "").strip();
    return slack.isEmpty() ? options : options.withCompactionSlack(Integer.parseInt(slack));
  }

  /** Opens the embedded store in {@code folder} with {@link #h2FileOptions()}. */
  static JdbcRecordStore openH2File(Path folder) {
    return JdbcRecordStore.openH2File(folder, h2FileOptions());
  }

  /** Creates an empty folder under {@code java.io.tmpdir}. */
  static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-minute load average from {@code /proc/loadavg}, or "?" where there is none. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** The bytes of the files under a folder. */
  static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Archive serials for the baselines, kept in memory: the 17-digit number is the 12-digit
   * committee code plus a 5-digit serial, as Weisheng allocates it (Weisheng keeps its counter in
   * the store and commits it with each archive; the baselines do not, which favours them).
   */
  static final class Serials {
    private final Map<String, Integer> last = new HashMap<>();

    /** Returns the next serial in the committee (1 for the first). */
    int next(String committee) {
      return last.merge(committee, 1, Integer::sum);
    }

    /** Returns the next archive number in the committee. */
    String nextNumber(String committee) {
      return committee + String.format("%05d", next(committee));
    }
  }
}
