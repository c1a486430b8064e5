package io.github.weisheng.population;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GrowthMeasurementTest {
  private static GrowthMeasurement of(String weight, String length, String head, int hb) {
    return GrowthMeasurement.builder().weightKg(new BigDecimal(weight)).lengthCm(new BigDecimal(length))
        .headCircumferenceCm(new BigDecimal(head)).haemoglobinGramsPerLitre(hb).build();
  }

  @Test
  void plausibleValuesAndEdges() {
    GrowthMeasurement g = of("0.3", "25", "20", 30);
    assertThat(roundTrip(g, GrowthMeasurement.class)).isEqualTo(g);
    assertThat(of("60", "150", "60", 250).weightKg()).isEqualByComparingTo("60");
    assertThat(of("3.25", "50.5", "34.5", 120).lengthCm()).isEqualByComparingTo("50.5");
  }

  @Test
  void implausibleValuesAreRejectedAllAtOnce() {
    assertRules(() -> of("0.29", "151", "19.9", 251),
        "growthMeasurement.weightKg [growth.weight.range]",
        "growthMeasurement.lengthCm [growth.length.range]",
        "growthMeasurement.headCircumferenceCm [growth.headCircumference.range]",
        "growthMeasurement.haemoglobinGramsPerLitre [growth.haemoglobin.range]");
    assertRules(() -> of("3.255", "50.55", "34", 120),
        "growthMeasurement.weightKg [growth.precision]", "growthMeasurement.lengthCm [growth.precision]");
  }
}
