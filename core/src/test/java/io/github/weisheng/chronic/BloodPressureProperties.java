package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bloodPressures;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.weisheng.validation.RuleViolationException;
import org.junit.jupiter.api.Test;

class BloodPressureProperties {

  @Test
  void everyPairIsAcceptedExactlyWhenPlausible() {
    qt().forAll(integers().between(-10, 400), integers().between(-10, 300))
        .checkAssert((s, d) -> {
          boolean plausible = s >= 50 && s <= 300 && d >= 30 && d <= 200 && s > d;
          if (plausible) {
            assertThat(BloodPressure.of(s, d).systolic()).isEqualTo(s);
          } else {
            assertThatThrownBy(() -> BloodPressure.of(s, d)).isInstanceOf(RuleViolationException.class);
          }
        });
  }

  @Test
  void raisingEitherPressureNeverLowersTheCategory() {
    qt().forAll(bloodPressures(), integers().between(0, 120), integers().between(0, 80))
        .checkAssert((reading, up, upDiastolic) -> {
          int s = Math.min(BloodPressure.MAX_SYSTOLIC, reading.systolic() + up);
          int d = Math.min(Math.min(BloodPressure.MAX_DIASTOLIC, s - 1), reading.diastolic() + upDiastolic);
          d = Math.max(d, reading.diastolic());
          BloodPressure raised = BloodPressure.of(s, d);
          assertThat(raised.category()).isGreaterThanOrEqualTo(reading.category());
        });
  }

  @Test
  void theCategoryIsTheHigherOfTheTwo() {
    qt().forAll(bloodPressures()).checkAssert(reading -> {
      BloodPressureCategory s = BloodPressureCategory.ofSystolic(reading.systolic());
      BloodPressureCategory d = BloodPressureCategory.ofDiastolic(reading.diastolic());
      assertThat(reading.category()).isEqualTo(s.compareTo(d) >= 0 ? s : d);
    });
  }

  @Test
  void jsonRoundTrip() {
    qt().forAll(bloodPressures()).checkAssert(reading -> assertThat(roundTrip(reading)).isEqualTo(reading));
  }
}
