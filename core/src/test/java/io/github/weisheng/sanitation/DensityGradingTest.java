package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DensityGradingTest {

  @Test
  void perPestAndOverallLevelsAreTheWorstAndTheConfirmationTheWeakest() {
    DensityGrading g = DensityGrading.of(List.of(
        IndicatorGrade.of(VectorIndicator.RAT_PATH_INDEX, dec("0.39"), DensityLevel.A, Confirmation.UNCONFIRMED),
        IndicatorGrade.of(VectorIndicator.RAT_INDOOR_SIGNS, dec("2.2"), DensityLevel.B, Confirmation.UNCONFIRMED),
        IndicatorGrade.of(VectorIndicator.FLY_INDOOR_ROOMS, dec("17.6"), DensityLevel.BELOW_C, Confirmation.CONFIRMED)));
    assertThat(g.byPest()).isEqualTo(Map.of(Pest.RAT, DensityLevel.B, Pest.FLY, DensityLevel.BELOW_C));
    assertThat(g.overall()).isEqualTo(DensityLevel.BELOW_C);
    assertThat(g.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(roundTrip(g, DensityGrading.class)).isEqualTo(g);
    assertRules(() -> DensityGrading.of(List.of()), "grades [densityGrading.empty]");
  }
}
