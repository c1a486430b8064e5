package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.clinicalBloodPressures;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ScreeningRulesProperties {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static Gen<ScreeningProfile> profiles() {
    return in -> {
      ScreeningProfile.Builder b = ScreeningProfile.builder()
          .birthDate(AS_OF.minusDays(Generate.range(0, 100 * 365).generate(in)))
          .sex(Generate.enumValues(Sex.class).generate(in))
          .familyHistoryOfHypertension(Generate.booleans().generate(in))
          .highSaltDiet(Generate.booleans().generate(in))
          .diabetesHighRisk(Generate.booleans().generate(in));
      int readings = Generate.range(0, 6).generate(in);
      for (int i = 0; i < readings; i++) {
        b.addBloodPressureReadings(BloodPressureReading.of(
            AS_OF.minusDays(Generate.range(-10, 800).generate(in)), clinicalBloodPressures().generate(in)));
      }
      if (Generate.booleans().generate(in)) {
        b.bmi(BigDecimal.valueOf(Generate.range(160, 340).generate(in), 1));
      }
      if (Generate.booleans().generate(in)) {
        b.dailySpiritsMl(Generate.range(0, 300).generate(in));
      }
      if (Generate.booleans().generate(in)) {
        b.lastFastingGlucoseScreening(AS_OF.minusDays(Generate.range(-10, 800).generate(in)));
      }
      return b.build();
    };
  }

  @Test
  void adviceIsTotalDeterministicAndExplained() {
    qt().forAll(profiles()).checkAssert(p -> {
      ScreeningAdvice advice = ScreeningRules.defaults().advise(p, AS_OF);
      assertThat(ScreeningRules.defaults().advise(p, AS_OF)).isEqualTo(advice);
      assertThat(advice.items()).extracting(ScreeningItem::kind).doesNotHaveDuplicates().isSorted();
      advice.items().forEach(i -> assertAllResolve(i.rules()));
    });
  }

  @Test
  void theHalfYearlyCheckIsNeverLaterThanTheYearlyOne() {
    qt().forAll(profiles()).checkAssert(p -> {
      ScreeningAdvice advice = ScreeningRules.defaults().advise(p, AS_OF);
      advice.item(ScreeningKind.HIGH_RISK_BLOOD_PRESSURE_CHECK).ifPresent(highRisk ->
          assertThat(highRisk.due()).isBeforeOrEqualTo(
              advice.item(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK).orElseThrow().due()));
      assertThat(advice.items().isEmpty()).isEqualTo(advice.earliestDue().isEmpty());
    });
  }

  @Test
  void profilesAndAdviceRoundTripThroughJson() {
    qt().forAll(profiles()).checkAssert(p -> {
      assertThat(roundTrip(p, ScreeningProfile.class)).isEqualTo(p);
      ScreeningAdvice advice = ScreeningRules.defaults().advise(p, AS_OF);
      assertThat(roundTrip(advice, ScreeningAdvice.class)).isEqualTo(advice);
    });
  }
}
