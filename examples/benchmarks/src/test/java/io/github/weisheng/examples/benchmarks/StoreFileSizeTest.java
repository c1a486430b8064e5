package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.store.jdbc.H2FileOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Smoke test of the file-size companion: a few openings, printed every few. */
class StoreFileSizeTest {
  @Test
  void printsEveryStepAndTheClosedSize() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // a round at every check of 5 commits (the defaults would wait for 64 MB of slack), so the file is
    // compacted while open as it is at close
    StoreFileSize.Result result = StoreFileSize.measure(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        H2FileOptions.compactingEvery(5).compactingBelowFillRate(100).withCompactionSlack(0), 30, 10);

    assertThat(result.closedBytes()).isPositive();
    assertThat(result.largestBytes()).isGreaterThanOrEqualTo(result.closedBytes());
    // a title, a header, three steps and the closing line
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).hasSize(6);
  }
}
