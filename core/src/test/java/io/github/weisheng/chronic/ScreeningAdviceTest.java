package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.resident.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScreeningAdviceTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static ScreeningAdvice advice(boolean highRisk) {
    return ScreeningRules.defaults().advise(ScreeningProfile.builder().birthDate(LocalDate.of(1970, 1, 1))
        .sex(Sex.FEMALE).diabetesHighRisk(highRisk).lastFastingGlucoseScreening(LocalDate.of(2026, 1, 10))
        .addBloodPressureReadings(BloodPressureReading.of(LocalDate.of(2025, 12, 1), ChronicTesting.bp(120, 78)))
        .build(), AS_OF);
  }

  @Test
  void itemsByKindAndTheEarliestDueDate() {
    ScreeningAdvice a = advice(true);
    assertThat(a.item(ScreeningKind.FASTING_GLUCOSE_SCREENING).orElseThrow().due()).isEqualTo(LocalDate.of(2027, 1, 10));
    assertThat(a.item(ScreeningKind.HIGH_RISK_BLOOD_PRESSURE_CHECK).orElseThrow().rules())
        .containsExactly(rule("screening.marker.age", 55), rule("screening.bloodPressure.highRisk", 6));
    assertThat(a.earliestDue()).contains(LocalDate.of(2026, 6, 1));
    assertThat(a.item(ScreeningKind.CONFIRMATION_RESULT)).isEmpty();
  }

  @Test
  void jsonRoundTripAndEquality() {
    assertThat(roundTrip(advice(true), ScreeningAdvice.class)).isEqualTo(advice(true));
    ScreeningItem item = advice(true).items().get(0);
    assertThat(roundTrip(item, ScreeningItem.class)).isEqualTo(item);
    new EqualsTester()
        .addEqualityGroup(advice(true), advice(true))
        .addEqualityGroup(advice(false))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(advice(true));
  }
}
