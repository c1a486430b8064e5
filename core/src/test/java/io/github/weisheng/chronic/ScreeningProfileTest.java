package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScreeningProfileTest {
  private static final LocalDate BORN = LocalDate.of(1971, 4, 17);

  private static ScreeningProfile.Builder base() {
    return ScreeningProfile.builder().birthDate(BORN).sex(Sex.MALE);
  }

  @Test
  void defaultsAreNone() {
    ScreeningProfile p = base().build();
    assertThat(p.bloodPressureReadings()).isEmpty();
    assertThat(p.familyHistoryOfHypertension()).isFalse();
    assertThat(p.highSaltDiet()).isFalse();
    assertThat(p.diabetesHighRisk()).isFalse();
    assertThat(p.lastFastingGlucoseScreening()).isEmpty();
  }

  @Test
  void measurementsAreChecked() {
    assertRules(() -> base().bmi(BigDecimal.ZERO).waistCm(new BigDecimal("-80")).dailySpiritsMl(-1).build(),
        "bmi [chronic.measurement.positive]",
        "waistCm [chronic.measurement.positive]",
        "dailySpiritsMl [chronic.measurement.notNegative]");
  }

  @Test
  void toStringRedactsTheBirthDateAndTheMeasurements() {
    ScreeningProfile p = base().bmi(new BigDecimal("27.3"))
        .addBloodPressureReadings(BloodPressureReading.of(LocalDate.of(2026, 1, 5), bp(151, 93))).build();
    assertThat(p.toString()).doesNotContain("1971").doesNotContain("27.3").doesNotContain("2026-01-05");
  }

  @Test
  void jsonRoundTripAndEquality() {
    ScreeningProfile full = base().bmi(new BigDecimal("27.3")).waistCm(new BigDecimal("92.5"))
        .familyHistoryOfHypertension(true).highSaltDiet(true).dailySpiritsMl(120).diabetesHighRisk(true)
        .lastFastingGlucoseScreening(LocalDate.of(2025, 3, 1))
        .addBloodPressureReadings(BloodPressureReading.of(LocalDate.of(2026, 1, 5), bp(151, 93))).build();
    assertThat(roundTrip(full, ScreeningProfile.class)).isEqualTo(full);
    new EqualsTester()
        .addEqualityGroup(base().build(), base().build())
        .addEqualityGroup(full)
        .testEquals();
  }
}
