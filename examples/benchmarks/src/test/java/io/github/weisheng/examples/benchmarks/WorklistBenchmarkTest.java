package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Builds a small centre, runs both worklist bodies once and checks they list the same rows. */
class WorklistBenchmarkTest {
  private static final int ARCHIVES = 450;

  @Test
  void weishengAndTheHandWrittenQueryListTheSameRows() throws Exception {
    Path folder = Bench.temporaryFolder("weisheng-bench-worklist-");
    WorklistBenchmark benchmark = new WorklistBenchmark();
    WorklistBenchmark.Centre c = new WorklistBenchmark.Centre();
    c.archives = ARCHIVES;
    c.centre = WorklistCentre.open(folder, ARCHIVES);
    try {
      assertThat(c.centre.enrolments).isEqualTo(90 + 30);
      assertThat(c.centre.visits).isGreaterThan(400);
      List<String> weisheng = benchmark.weisheng(c);
      List<String> sql = benchmark.sql(c);
      assertThat(sql).containsExactlyInAnyOrderElementsOf(weisheng);
      assertThat(weisheng.stream().map(r -> r.substring(r.indexOf(' ') + 1)).collect(Collectors.toSet()))
          .contains("DUE", "OVERDUE", "HEALTH_CHECK_DUE");
    } finally {
      c.close();
    }
    assertThat(Files.exists(folder.resolve("built-" + ARCHIVES))).isTrue();
    // reopening finds the built centre and builds nothing
    try (WorklistCentre again = WorklistCentre.open(folder, ARCHIVES)) {
      assertThat(again.enrolments).isZero();
      assertThat(again.sql()).hasSameSizeAs(again.weisheng());
    } finally {
      Bench.delete(folder);
    }
  }
}
