package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class DensityMeasurementTest {

  @Test
  void ratesAreComputedFromCountsToTwoDecimals() {
    // 17.6% of rooms with flies [HD]: 22 of 125
    DensityMeasurement m = DensityMeasurement.ofRate(VectorIndicator.FLY_INDOOR_ROOMS, 22, 125);
    assertThat(m.value()).isEqualByComparingTo("17.6");
    assertThat(m.examined()).hasValue(125);
    assertThat(DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, 1, 3).value()).isEqualTo(dec("33.33"));
    assertThat(DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, 2, 3).value()).isEqualTo(dec("66.67"));
    assertThat(DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, 0, 3).value()).isEqualTo(dec("0"));
  }

  @Test
  void equalValuesAreEqualWhateverTheirScale() {
    new EqualsTester()
        .addEqualityGroup(DensityMeasurement.of(VectorIndicator.FLY_INDOOR_ROOMS, dec("5.00")),
            DensityMeasurement.of(VectorIndicator.FLY_INDOOR_ROOMS, dec("5")))
        .addEqualityGroup(DensityMeasurement.of(VectorIndicator.FLY_BREEDING_SITES, dec("5")))
        .addEqualityGroup(DensityMeasurement.ofRate(VectorIndicator.FLY_BREEDING_SITES, 1, 20))
        .testEquals();
  }

  @Test
  void negativeValuesRatesAbove100AndImpossibleCountsAreRefused() {
    assertRules(() -> DensityMeasurement.of(VectorIndicator.RAT_PATH_INDEX, dec("-0.1")),
        "value [densityMeasurement.negative]");
    assertRules(() -> DensityMeasurement.of(VectorIndicator.RAT_INDOOR_SIGNS, dec("100.01")),
        "value [densityMeasurement.percentAbove100]");
    assertThat(DensityMeasurement.of(VectorIndicator.RAT_PATH_INDEX, dec("120")).value()).isEqualTo(dec("120"));
    assertRules(() -> DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, 1, 0),
        "examined [densityMeasurement.noneExamined]", "examined [densityMeasurement.positiveAboveExamined]");
    assertRules(() -> DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, 6, 5),
        "examined [densityMeasurement.positiveAboveExamined]");
    assertRules(() -> DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, -1, 5),
        "value [densityMeasurement.negative]");
  }

  @Test
  void roundTripsThroughJson() {
    DensityMeasurement m = DensityMeasurement.ofRate(VectorIndicator.COCKROACH_INFESTATION, 9, 99);
    assertThat(roundTrip(m, DensityMeasurement.class)).isEqualTo(m);
    DensityMeasurement plain = DensityMeasurement.of(VectorIndicator.MOSQUITO_LANDING_INDEX, dec("0.46"));
    assertThat(roundTrip(plain, DensityMeasurement.class)).isEqualTo(plain);
  }
}
