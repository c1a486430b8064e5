package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.NIP;
import static io.github.weisheng.immunization.ImmunizationTesting.assess;
import static io.github.weisheng.immunization.ImmunizationTesting.boy;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.immunization.ImmunizationTesting.dose;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.testing.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dose evaluation, §1 "General rules" [KB21]: hand-worked children. */
class DoseEvaluationTest {

  private static List<Optional<DoseReason>> reasons(ImmunizationAssessment a, String group) {
    return a.evaluations(group).stream().map(DoseEvaluation::reason).toList();
  }

  @Test
  void hepBOnTimeIsValidAndTimely() {
    ImmunizationAssessment a = assess(boy("2025-03-10")
        .addDoses(dose("HepB", "2025-03-10"), dose("HepB", "2025-04-10"), dose("HepB", "2025-09-10")), "2025-10-01");
    assertThat(a.evaluations("HepB")).extracting(DoseEvaluation::doseNumber)
        .containsExactly(Optional.of(1), Optional.of(2), Optional.of(3));
    assertThat(a.evaluations("HepB").get(2).timely()).contains(true);
    assertThat(a.evaluations("HepB").get(0).seriesId()).isEqualTo("HepB-2021");
    assertThat(a.recommendation("HepB").orElseThrow().status()).isEqualTo(ForecastStatus.COMPLETE);
  }

  @Test
  void bornOnJanuary31TheOneMonthDoseCountsFromFebruary28() {
    ImmunizationAssessment early = assess(boy("2025-01-31")
        .addDoses(dose("HepB", "2025-01-31"), dose("HepB", "2025-02-27")), "2025-03-01");
    assertThat(reasons(early, "HepB")).containsExactly(Optional.empty(), Optional.of(DoseReason.TOO_YOUNG));
    ImmunizationAssessment onTime = assess(boy("2025-01-31")
        .addDoses(dose("HepB", "2025-01-31"), dose("HepB", "2025-02-28")), "2025-03-01");
    assertThat(reasons(onTime, "HepB")).containsExactly(Optional.empty(), Optional.empty());
  }

  @Test
  void hepBThirdDoseNeedsSixtyDaysAfterTheSecond() {
    ImmunizationAssessment a = assess(boy("2025-01-01")
        .addDoses(dose("HepB", "2025-01-01"), dose("HepB", "2025-05-10"), dose("HepB", "2025-07-08"),
            dose("HepB", "2025-07-09")), "2025-08-01");
    assertThat(reasons(a, "HepB")).containsExactly(
        Optional.empty(), Optional.empty(), Optional.of(DoseReason.TOO_SOON), Optional.empty());
  }

  @Test
  void bOpvCannotBeTheFirstPolioDose() {
    ImmunizationAssessment a = assess(boy("2025-01-15").addDoses(dose("bOPV", "2025-03-15")), "2025-03-20");
    assertThat(reasons(a, "polio")).containsExactly(Optional.of(DoseReason.PRODUCT_NOT_COUNTED));
    assertThat(a.recommendation("polio").orElseThrow().validDoses()).isZero();
  }

  @Test
  void aCombinationVaccineCountsForEachOfItsSeries() {
    ImmunizationAssessment a = assess(boy("2025-01-15")
        .addDoses(dose("DTaP-IPV/Hib", "2025-03-15"), dose("DTaP-IPV/Hib", "2025-05-15")), "2025-05-20");
    assertThat(a.evaluations("DTP")).extracting(DoseEvaluation::doseNumber).containsExactly(Optional.of(1), Optional.of(2));
    assertThat(a.evaluations("polio")).extracting(DoseEvaluation::doseNumber).containsExactly(Optional.of(1), Optional.of(2));
  }

  @Test
  void twoInjectedLiveVaccinesOnDifferentDaysNeed28Days() {
    // MMR at 8 months; JE-L 10 days later does not count; bOPV (oral) has no limit.
    ImmunizationAssessment apart = assess(boy("2024-03-01").addDoses(
        dose("MMR", "2024-11-01"), dose("JE-L", "2024-11-11"), dose("IPV", "2024-05-01"), dose("IPV", "2024-06-01"),
        dose("bOPV", "2024-11-11")), "2024-12-01");
    assertThat(reasons(apart, "JE")).containsExactly(Optional.of(DoseReason.LIVE_VACCINE_SPACING));
    assertThat(reasons(apart, "polio")).containsOnly(Optional.empty());
    ImmunizationAssessment sameDay = assess(boy("2024-03-01")
        .addDoses(dose("MMR", "2024-11-01"), dose("JE-L", "2024-11-01")), "2024-12-01");
    assertThat(reasons(sameDay, "JE")).containsExactly(Optional.empty());
    ImmunizationAssessment day28 = assess(boy("2024-03-01")
        .addDoses(dose("MMR", "2024-11-01"), dose("JE-L", "2024-11-29")), "2024-12-01");
    assertThat(reasons(day28, "JE")).containsExactly(Optional.empty());
  }

  @Test
  void immunoglobulinDelaysMmrThreeMonthsAndJeIOneMonth() {
    VaccinationHistory.Builder child = boy("2025-03-01")
        .situations(SpecialSituations.builder().motherHbsag(HbsagStatus.NEGATIVE)
            .addImmunoglobulinDate(d("2025-09-01")).build())
        .addDoses(dose("MMR", "2025-11-01"), dose("JE-I", "2025-11-01"));
    ImmunizationAssessment a = assess(child, "2025-11-02");
    assertThat(reasons(a, "MMR")).containsExactly(Optional.of(DoseReason.IMMUNOGLOBULIN_INTERVAL));
    assertThat(reasons(a, "JE")).containsExactly(Optional.empty());
    assertThat(a.recommendation("MMR").orElseThrow().earliest()).contains(d("2025-12-01"));
  }

  @Test
  void aDoseAfterTheSeriesIsCompleteDoesNotCount() {
    ImmunizationAssessment a = assess(boy("2024-01-10").addDoses(
        dose("MMR", "2024-09-10"), dose("MMR", "2025-07-10"), dose("MMR", "2025-09-10")), "2025-10-01");
    assertThat(reasons(a, "MMR")).containsExactly(
        Optional.empty(), Optional.empty(), Optional.of(DoseReason.SERIES_COMPLETE));
  }

  @Test
  void noMpsvAFrom24Months() {
    ImmunizationAssessment a = assess(boy("2023-01-10").addDoses(dose("MPSV-A", "2025-02-10")), "2025-03-01");
    assertThat(reasons(a, "MenA")).containsExactly(Optional.of(DoseReason.TOO_OLD));
    assertThat(a.recommendation("MenA").orElseThrow().status()).isEqualTo(ForecastStatus.AGED_OUT);
  }

  @Test
  void mpsvAcWaitsThreeMonthsAfterAnyMpsvA() {
    // MPSV-A dose 1 at 23 months; from 24 months MPSV-AC starts early, but 3 months after the MPSV-A.
    ImmunizationAssessment a = assess(boy("2023-01-10").addDoses(
        dose("MPSV-A", "2024-12-10"), dose("MPSV-AC", "2025-01-20"), dose("MPSV-AC", "2025-03-10")), "2025-03-15");
    assertThat(reasons(a, "MenAC")).containsExactly(
        Optional.of(DoseReason.TOO_SOON_AFTER_OTHER_SERIES), Optional.empty());
  }

  @Test
  void jeIDoseTwoNeedsSevenDays() {
    ImmunizationAssessment a = assess(boy("2025-01-10")
        .addDoses(dose("JE-I", "2025-09-10"), dose("JE-I", "2025-09-16"), dose("JE-I", "2025-09-17")), "2025-10-01");
    assertThat(reasons(a, "JE")).containsExactly(Optional.empty(), Optional.of(DoseReason.TOO_SOON), Optional.empty());
    assertThat(a.recommendation("JE").orElseThrow().seriesId()).isEqualTo("JE-I-2021");
  }

  @Test
  void anMmrDoseAtThirteenMonthsIsValidButNotTimely() {
    ImmunizationAssessment a = assess(boy("2024-01-10").addDoses(dose("MMR", "2025-02-10")), "2025-03-01");
    assertThat(a.evaluations("MMR").get(0).isValid()).isTrue();
    assertThat(a.evaluations("MMR").get(0).timely()).contains(false);
  }

  @Test
  void eachDoseIsJudgedByTheEditionInForceThatDay() {
    // DTaP at 3, 4, 5 months in 2024 (2021 edition): dose 3 at 5 months is valid, though the 2025
    // edition's dose 3 is at 6 months.
    ImmunizationAssessment a = assess(boy("2024-06-15").addDoses(
        dose("DTaP", "2024-09-15"), dose("DTaP", "2024-10-15"), dose("DTaP", "2024-11-15")), "2025-03-01");
    assertThat(a.evaluations("DTP")).extracting(DoseEvaluation::seriesId).containsOnly("DTP-2021");
    assertThat(a.evaluations("DTP")).allMatch(DoseEvaluation::isValid);
    ImmunizationRecommendation next = a.recommendation("DTP").orElseThrow();
    assertThat(next.seriesId()).isEqualTo("DTP-2025");
    assertThat(next.doseNumber()).contains(4);
    assertThat(next.recommended()).contains(d("2025-12-15"));
    // The same dose at 5 months in 2025 is too young under the 2025 edition.
    ImmunizationAssessment late = assess(boy("2024-10-15").addDoses(
        dose("DTaP", "2025-01-15"), dose("DTaP", "2025-02-15"), dose("DTaP", "2025-03-15")), "2025-03-20");
    assertThat(reasons(late, "DTP")).containsExactly(
        Optional.empty(), Optional.empty(), Optional.of(DoseReason.TOO_YOUNG));
    assertThat(late.evaluations("DTP")).extracting(DoseEvaluation::seriesId).containsOnly("DTP-2025");
  }

  @Test
  void outbreakMeaslesDosesAtSixOrSevenMonthsDoNotCount() {
    ImmunizationAssessment a = assess(boy("2024-01-10").addDoses(dose("MMR", "2024-07-20")), "2024-09-10");
    assertThat(reasons(a, "MMR")).containsExactly(Optional.of(DoseReason.TOO_YOUNG));
    assertThat(a.recommendation("MMR").orElseThrow().doseNumber()).contains(1);
  }

  @Test
  void inputErrorsAreReportedTogether() {
    VaccinationHistory h = boy("2025-03-10")
        .addDoses(dose("HepB", "2025-03-09"), dose("XYZ", "2025-03-10"), dose("BCG", "2025-04-02"))
        .situations(SpecialSituations.builder().addImmunoglobulinDate(d("2025-05-01")).build())
        .build();
    assertRules(() -> NIP.assess(h, d("2025-04-01")),
        "history.doses[0].date [immunization.dose.beforeBirth]",
        "history.doses[1].product [immunization.dose.unknownProduct]",
        "history.doses[2].date [immunization.dose.future]",
        "history.situations.immunoglobulinDates[0] [immunization.immunoglobulin.future]");
    assertRules(() -> NIP.assess(boy("2025-03-10").build(), d("2025-03-09")),
        "history.birthDate [immunization.assessment.beforeBirth]");
  }

  @Test
  void everyReasonHasATextInBothLanguages() {
    for (DoseReason r : DoseReason.values()) {
      assertThat(io.github.weisheng.validation.RuleText.format(r.rule(), List.of(), Locale.ENGLISH)).isNotEqualTo(r.rule());
      assertThat(io.github.weisheng.validation.RuleText.format(r.rule(), List.of(), Locale.CHINESE))
          .containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void valueRules() {
    assertThatThrownBy(() -> DoseEvaluation.builder().dose(dose("MMR", "2025-01-01")).group("MMR").seriesId("MMR-2021")
        .build()).isInstanceOf(IllegalArgumentException.class);
    DoseEvaluation e = DoseEvaluation.builder().dose(dose("MMR", "2025-01-01")).group("MMR").seriesId("MMR-2021")
        .reason(DoseReason.TOO_SOON).build();
    assertThat(roundTrip(e, DoseEvaluation.class)).isEqualTo(e);
    assertThat(new String(Checks.JSON.write(e), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\"valid\"");
  }
}
