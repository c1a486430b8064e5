package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interleaved companion runs every benchmark body and reports a cost for each. */
class OperationCostTest {
  @Test
  void measuresEveryBenchmark() throws Exception {
    List<OperationCost.Cost> costs = OperationCost.measure(5, 1, 2, 3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OperationCost.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), costs);
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(costs).extracting(OperationCost.Cost::benchmark).containsExactly(
        "BareJdbcBenchmark.amendForm", "BareJdbcBenchmark.openArchive",
        "BareJdbcTrailBenchmark.amendForm", "BareJdbcTrailBenchmark.openArchive",
        "RecordStoreBenchmark.amendForm", "RecordStoreBenchmark.openArchive",
        "ServiceWritesBenchmark.amendForm", "ServiceWritesBenchmark.openArchive",
        "WeishengBenchmark.amendForm", "WeishengBenchmark.openArchive");
    assertThat(costs).allSatisfy(c -> assertThat(c.wallMicros()).isPositive());
    assertThat(printed).contains("WeishengBenchmark.openArchive", "× bare", "× trail");
    if (Files.isReadable(Path.of("/proc/self/io"))) {
      assertThat(costs).allSatisfy(c -> assertThat(c.bytes()).isPositive());
    } else {
      assertThat(costs).allSatisfy(c -> assertThat(c.bytes()).isEqualTo(-1));
      assertThat(printed).contains("n/a");
    }
  }
}
