package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Screening of domain reference §3 "Screening" and §4, hand-worked. */
class ScreeningRulesTest {
  private static final ScreeningRules RULES = ScreeningRules.defaults();
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** A woman who turns {@code age} on the as-of date. */
  private static ScreeningProfile.Builder woman(int age) {
    return ScreeningProfile.builder().birthDate(AS_OF.minusYears(age)).sex(Sex.FEMALE);
  }

  private static BloodPressureReading reading(LocalDate date, int s, int d) {
    return BloodPressureReading.of(date, bp(s, d));
  }

  private static ScreeningAdvice advise(ScreeningProfile.Builder profile) {
    ScreeningAdvice advice = RULES.advise(profile.build(), AS_OF);
    advice.items().forEach(i -> assertAllResolve(i.rules()));
    return advice;
  }

  @Test
  void underThirtyFiveNothingIsDue() {
    ScreeningAdvice advice = advise(ScreeningProfile.builder().birthDate(AS_OF.minusYears(35).plusDays(1)).sex(Sex.MALE));
    assertThat(advice.items()).isEmpty();
    assertThat(advice.earliestDue()).isEmpty();
    assertThat(advice.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void fromThirtyFiveAYearlyCheckIsDue() {
    ScreeningAdvice never = advise(woman(35));
    assertThat(never.items()).extracting(ScreeningItem::kind).containsExactly(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK);
    assertThat(never.item(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK).orElseThrow().due()).isEqualTo(AS_OF);
    assertThat(never.item(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK).orElseThrow().rules())
        .containsExactly(rule("screening.bloodPressure.annual", 35, 12));
    ScreeningAdvice checked = advise(woman(40).addBloodPressureReadings(reading(LocalDate.of(2025, 9, 1), 118, 76)));
    assertThat(checked.item(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK).orElseThrow().due())
        .isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(checked.markers()).isEmpty();
  }

  @Test
  void aHighRiskMarkerBringsTheCheckToSixMonths() {
    ScreeningAdvice advice = advise(woman(40).highSaltDiet(true)
        .addBloodPressureReadings(reading(LocalDate.of(2025, 9, 1), 118, 76)));
    assertThat(advice.markers()).containsExactly(HypertensionHighRiskMarker.HIGH_SALT_DIET);
    ScreeningItem item = advice.item(ScreeningKind.HIGH_RISK_BLOOD_PRESSURE_CHECK).orElseThrow();
    assertThat(item.due()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(item.rules()).containsExactly(rule("screening.marker.highSalt"), rule("screening.bloodPressure.highRisk", 6));
    assertThat(advice.earliestDue()).contains(LocalDate.of(2026, 3, 1));
  }

  @ParameterizedTest
  @CsvSource({"130, 80, true", "129, 84, false", "125, 85, true", "139, 89, true", "140, 80, false", "120, 95, false"})
  void theHighNormalMarkerIs130To139Or85To89(int s, int d, boolean marker) {
    ScreeningProfile p = woman(40).addBloodPressureReadings(reading(AS_OF.minusDays(3), s, d)).build();
    assertThat(RULES.markers(p, AS_OF).contains(HypertensionHighRiskMarker.HIGH_NORMAL_BLOOD_PRESSURE)).isEqualTo(marker);
  }

  @Test
  void theHighNormalMarkerReadsTheLatestReading() {
    ScreeningProfile p = woman(40)
        .addBloodPressureReadings(reading(AS_OF.minusDays(3), 118, 70), reading(AS_OF.minusDays(30), 135, 80))
        .build();
    assertThat(RULES.markers(p, AS_OF)).isEmpty();
  }

  @Test
  void theOtherMarkersAtTheirLimits() {
    assertThat(RULES.markers(woman(40).bmi(new BigDecimal("23.9")).build(), AS_OF)).isEmpty();
    assertThat(RULES.markers(woman(40).bmi(new BigDecimal("24")).build(), AS_OF))
        .containsExactly(HypertensionHighRiskMarker.OVERWEIGHT_OR_CENTRAL_OBESITY);
    assertThat(RULES.markers(woman(40).waistCm(new BigDecimal("84")).build(), AS_OF)).isEmpty();
    assertThat(RULES.markers(woman(40).waistCm(new BigDecimal("85")).build(), AS_OF))
        .containsExactly(HypertensionHighRiskMarker.OVERWEIGHT_OR_CENTRAL_OBESITY);
    ScreeningProfile.Builder man = ScreeningProfile.builder().birthDate(AS_OF.minusYears(40)).sex(Sex.MALE);
    assertThat(RULES.markers(man.waistCm(new BigDecimal("89")).build(), AS_OF)).isEmpty();
    assertThat(RULES.markers(woman(40).dailySpiritsMl(99).build(), AS_OF)).isEmpty();
    assertThat(RULES.markers(woman(40).dailySpiritsMl(100).build(), AS_OF))
        .containsExactly(HypertensionHighRiskMarker.HEAVY_DRINKING);
    assertThat(RULES.markers(woman(40).familyHistoryOfHypertension(true).build(), AS_OF))
        .containsExactly(HypertensionHighRiskMarker.FAMILY_HISTORY);
    assertThat(RULES.markers(woman(54).build(), AS_OF)).isEmpty();
    assertThat(RULES.markers(woman(55).build(), AS_OF)).containsExactly(HypertensionHighRiskMarker.AGE_55_OR_OVER);
  }

  @Test
  void markerRulesCiteTheLimitsOfTheTable() {
    ScreeningAdvice advice = advise(woman(60).bmi(new BigDecimal("26")).dailySpiritsMl(150)
        .addBloodPressureReadings(reading(AS_OF.minusDays(1), 132, 80)));
    assertThat(advice.item(ScreeningKind.HIGH_RISK_BLOOD_PRESSURE_CHECK).orElseThrow().rules()).containsExactly(
        rule("screening.marker.highNormal", 130, 139, 85, 89),
        rule("screening.marker.overweight", "24", "90", "85"),
        rule("screening.marker.heavyDrinking", 100),
        rule("screening.marker.age", 55),
        rule("screening.bloodPressure.highRisk", 6));
  }

  @Test
  void aFirstRaisedReadingIsRecheckedOnAnotherDay() {
    LocalDate first = LocalDate.of(2026, 6, 20);
    ScreeningItem item = advise(woman(40).addBloodPressureReadings(reading(first, 146, 88)))
        .item(ScreeningKind.RAISED_BLOOD_PRESSURE_RECHECK).orElseThrow();
    assertThat(item.due()).isEqualTo(first.plusDays(14));
    assertThat(item.rules()).containsExactly(rule("screening.raised.recheck", 1, 3, 14, 140, 90));
  }

  @Test
  void twoReadingsOnOneDayCountOnce() {
    LocalDate day = LocalDate.of(2026, 6, 20);
    ScreeningItem item = advise(woman(40).addBloodPressureReadings(reading(day, 146, 88), reading(day, 150, 92)))
        .item(ScreeningKind.RAISED_BLOOD_PRESSURE_RECHECK).orElseThrow();
    assertThat(item.rules()).containsExactly(rule("screening.raised.recheck", 1, 3, 14, 140, 90));
  }

  @Test
  void threeRaisedDaysMakeAPreliminaryDiagnosisWithAConfirmationDueInTwoWeeks() {
    LocalDate third = LocalDate.of(2026, 6, 15);
    ScreeningAdvice advice = advise(woman(40).addBloodPressureReadings(
        reading(LocalDate.of(2026, 6, 1), 142, 85), reading(LocalDate.of(2026, 6, 8), 138, 92), reading(third, 150, 95)));
    assertThat(advice.item(ScreeningKind.RAISED_BLOOD_PRESSURE_RECHECK)).isEmpty();
    ScreeningItem item = advice.item(ScreeningKind.CONFIRMATION_RESULT).orElseThrow();
    assertThat(item.due()).isEqualTo(third.plusDays(14));
    assertThat(item.rules()).containsExactly(
        rule("screening.preliminaryDiagnosis", 3, 140, 90), rule("screening.confirmation", 14));
  }

  @Test
  void theConfirmationIsDueFromTheThirdDayEvenWithMoreReadings() {
    ScreeningAdvice advice = advise(woman(40).addBloodPressureReadings(
        reading(LocalDate.of(2026, 6, 1), 142, 85), reading(LocalDate.of(2026, 6, 2), 142, 85),
        reading(LocalDate.of(2026, 6, 3), 142, 85), reading(LocalDate.of(2026, 6, 10), 160, 100)));
    assertThat(advice.item(ScreeningKind.CONFIRMATION_RESULT).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 6, 17));
  }

  @Test
  void aNormalDayEndsTheRun() {
    ScreeningAdvice advice = advise(woman(40).addBloodPressureReadings(
        reading(LocalDate.of(2026, 6, 1), 142, 85), reading(LocalDate.of(2026, 6, 8), 142, 92),
        reading(LocalDate.of(2026, 6, 9), 132, 84), reading(LocalDate.of(2026, 6, 9), 145, 84),
        reading(LocalDate.of(2026, 6, 15), 150, 95)));
    assertThat(advice.item(ScreeningKind.CONFIRMATION_RESULT)).isEmpty();
    assertThat(advice.item(ScreeningKind.RAISED_BLOOD_PRESSURE_RECHECK).orElseThrow().rules())
        .containsExactly(rule("screening.raised.recheck", 1, 3, 14, 140, 90));
    assertThat(advise(woman(40).addBloodPressureReadings(reading(LocalDate.of(2026, 6, 1), 142, 85),
        reading(LocalDate.of(2026, 6, 2), 120, 80))).items())
        .extracting(ScreeningItem::kind).containsExactly(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK);
  }

  @Test
  void theRaisedPathAppliesAtAnyAge() {
    ScreeningAdvice young = advise(woman(28).addBloodPressureReadings(reading(AS_OF, 150, 100)));
    assertThat(young.items()).extracting(ScreeningItem::kind)
        .containsExactly(ScreeningKind.RAISED_BLOOD_PRESSURE_RECHECK);
  }

  @Test
  void readingsAfterTheAsOfDateAreIgnored() {
    ScreeningAdvice advice = advise(woman(40).addBloodPressureReadings(reading(AS_OF.plusDays(1), 150, 100)));
    assertThat(advice.items()).extracting(ScreeningItem::kind).containsExactly(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK);
    assertThat(advice.item(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK).orElseThrow().due()).isEqualTo(AS_OF);
  }

  @Test
  void diabetesHighRiskAdultsHaveAYearlyFastingGlucose() {
    ScreeningAdvice minor = advise(ScreeningProfile.builder().birthDate(AS_OF.minusYears(18).plusDays(1))
        .sex(Sex.MALE).diabetesHighRisk(true));
    assertThat(minor.items()).isEmpty();
    ScreeningItem never = advise(woman(18).diabetesHighRisk(true))
        .item(ScreeningKind.FASTING_GLUCOSE_SCREENING).orElseThrow();
    assertThat(never.due()).isEqualTo(AS_OF);
    assertThat(never.rules()).containsExactly(rule("screening.glucose.annual", 18, 12));
    ScreeningItem screened = advise(woman(50).diabetesHighRisk(true).lastFastingGlucoseScreening(LocalDate.of(2025, 11, 3)))
        .item(ScreeningKind.FASTING_GLUCOSE_SCREENING).orElseThrow();
    assertThat(screened.due()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(advise(woman(50)).item(ScreeningKind.FASTING_GLUCOSE_SCREENING)).isEmpty();
  }

  @Test
  void itemsComeInKindOrder() {
    ScreeningAdvice advice = advise(woman(60).diabetesHighRisk(true).addBloodPressureReadings(reading(AS_OF, 150, 95)));
    assertThat(advice.items()).extracting(ScreeningItem::kind).containsExactly(
        ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK, ScreeningKind.HIGH_RISK_BLOOD_PRESSURE_CHECK,
        ScreeningKind.RAISED_BLOOD_PRESSURE_RECHECK, ScreeningKind.FASTING_GLUCOSE_SCREENING);
  }

  @Test
  void anAsOfDateBeforeBirthIsRefused() {
    assertRules(() -> RULES.advise(woman(10).build(), AS_OF.minusYears(11)), "asOf [screening.asOfBeforeBirth]");
  }

  @Test
  void aHostChangesALimitAndKeepsTheRest() {
    ScreeningRules host = ScreeningRules.builder().heavyDrinkingFromMl(200).markerAge(60).build();
    assertThat(host.markers(woman(55).dailySpiritsMl(150).build(), AS_OF)).isEmpty();
    assertThat(host.bloodPressureScreeningFromAge()).isEqualTo(35);
    assertThat(roundTrip(host, ScreeningRules.class)).isEqualTo(host);
    assertThat(roundTrip(RULES, ScreeningRules.class)).isEqualTo(RULES);
    assertThatThrownBy(() -> ScreeningRules.builder().highNormalSystolicFrom(150).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScreeningRules.builder().highRiskIntervalMonths(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    new EqualsTester()
        .addEqualityGroup(RULES, ScreeningRules.builder().build())
        .addEqualityGroup(host)
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester()
        .setDefault(ScreeningProfile.class, woman(40).build())
        .setDefault(LocalDate.class, AS_OF)
        .testAllPublicInstanceMethods(RULES);
  }
}
