package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void percentIsRoundedHalfUpToOneDecimal() {
    assertThat(Rate.of(5, 8).percent()).contains(new BigDecimal("62.5"));
    assertThat(Rate.of(1, 3).percent()).contains(new BigDecimal("33.3"));
    assertThat(Rate.of(2, 3).percent()).contains(new BigDecimal("66.7"));
    assertThat(Rate.of(1, 16).percent()).contains(new BigDecimal("6.3")); // 6.25 → 6.3
    assertThat(Rate.of(0, 0).percent()).isEmpty();
    assertThat(Rate.of(5, 8)).hasToString("5 / 8 = 62.5%");
    assertThat(Rate.of(0, 0)).hasToString("0 / 0");
    assertThatThrownBy(() -> Rate.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRoundedPercentIsWithinAHalfTenthOfTheExactRatio() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000)).checkAssert((n, d) -> {
      double exact = 100.0 * n / d;
      double shown = Rate.of(n, d).percent().orElseThrow().doubleValue();
      assertThat(Math.abs(shown - exact)).isLessThanOrEqualTo(0.05 + 1e-9);
    });
  }
}
