package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The growth companion samples every block and prints the ratios to both baselines. */
class StoreGrowthTest {
  @Test
  void samplesEveryBlock() throws Exception {
    List<StoreGrowth.Sample> samples = StoreGrowth.measure(5, 3, 4);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StoreGrowth.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), samples, 2);

    assertThat(samples).extracting(StoreGrowth.Sample::archives).containsExactly(9L, 13L, 17L);
    assertThat(samples).allSatisfy(s -> assertThat(s.bareMicros()).isPositive())
        .allSatisfy(s -> assertThat(s.trailMicros()).isPositive())
        .allSatisfy(s -> assertThat(s.weishengMicros()).isPositive());
    // a header, the second block (every 2nd) and the last
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
  }
}
