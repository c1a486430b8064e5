package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.ARCHIVE;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.chronic.AppliedRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorStatusTest {
  @Test
  void neverMetWhenNotCountedAndRoundTrips() {
    IndicatorStatus s = IndicatorStatus.of(ARCHIVE, PopulationIndicator.ELDERLY_MANAGEMENT, 2026, false, true,
        List.of(AppliedRule.of("elderly.notInAgeRange", 65)));
    assertThat(s.met()).isFalse();
    assertThat(roundTrip(s, IndicatorStatus.class)).isEqualTo(s);
    for (PopulationIndicator i : PopulationIndicator.values()) {
      assertThat(i.chineseName()).endsWith("率");
      assertThat(i.group().chineseName()).isNotBlank();
    }
  }
}
