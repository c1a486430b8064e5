package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorThresholdsTest {
  private static DensityLimit limit(String value) {
    return DensityLimit.of(value, Confirmation.CONFIRMED, "test");
  }

  @Test
  void limitsMustNotDecreaseFromAToC() {
    assertRules(() -> IndicatorThresholds.of(VectorIndicator.RAT_PATH_INDEX, limit("2"), limit("1"), limit("3")),
        "thresholds [densityThresholds.order]");
    assertRules(() -> IndicatorThresholds.of(VectorIndicator.RAT_PATH_INDEX, limit("1"), limit("3"), limit("2")),
        "thresholds [densityThresholds.order]");
    IndicatorThresholds flat = IndicatorThresholds.of(VectorIndicator.RAT_PATH_INDEX, limit("1"), limit("1"), limit("1"));
    assertThat(flat.grade(dec("1")).level()).isEqualTo(DensityLevel.A);
    assertThat(flat.grade(dec("1.001")).level()).isEqualTo(DensityLevel.BELOW_C);
  }

  @Test
  void aGradeKeepsTheValueAndRoundTrips() {
    IndicatorThresholds row = DensityThresholds.defaults().row(VectorIndicator.COCKROACH_INFESTATION);
    IndicatorGrade g = row.grade(dec("4.50"));
    assertThat(g.value()).isEqualTo(dec("4.5"));
    assertThat(g.indicator()).isEqualTo(VectorIndicator.COCKROACH_INFESTATION);
    assertThat(roundTrip(row, IndicatorThresholds.class)).isEqualTo(row);
  }
}
