package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VectorSurveyTest {
  private static VectorSurvey.Builder survey() {
    return VectorSurvey.builder().id(SurveyId.parse("s-1")).surveyedOn(LocalDate.of(2025, 7, 1))
        .scope(AreaScope.parse("110105001"));
  }

  @Test
  void aSurveyHoldsItsMeasurementsAndRoundTrips() {
    VectorSurvey s = survey().place("农贸市场").surveyor("区疾控中心消杀科")
        .addMeasurement(DensityMeasurement.ofRate(VectorIndicator.FLY_INDOOR_ROOMS, 3, 40))
        .addMeasurement(DensityMeasurement.of(VectorIndicator.FLY_PER_POSITIVE_ROOM, dec("2")))
        .build();
    assertThat(s.measurements()).hasSize(2);
    assertThat(roundTrip(s, VectorSurvey.class)).isEqualTo(s);
  }

  @Test
  void aSurveyNeedsMeasurementsEachIndicatorOnceAndShortTexts() {
    assertRules(() -> survey().build(), "measurements [vectorSurvey.empty]");
    DensityMeasurement m = DensityMeasurement.of(VectorIndicator.RAT_PATH_INDEX, dec("1"));
    assertRules(() -> survey().addMeasurement(m).addMeasurement(m).place(" ").surveyor("x".repeat(201)).build(),
        "measurements[1] [vectorSurvey.duplicateIndicator]", "place [sanitation.text]", "surveyor [sanitation.text]");
  }
}
