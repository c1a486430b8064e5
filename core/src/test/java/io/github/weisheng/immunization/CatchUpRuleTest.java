package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.assess;
import static io.github.weisheng.immunization.ImmunizationTesting.boy;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.immunization.ImmunizationTesting.dose;
import static io.github.weisheng.immunization.ImmunizationTesting.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Catch-up (补种), §1 "Catch-up by vaccine" [KB21]: every branch, hand-worked. */
class CatchUpRuleTest {

  // ---- BCG

  @Test
  void bcgUnderThreeMonthsIsGivenDirectly() {
    ImmunizationRecommendation bcg = rec(assess(boy("2025-01-10"), "2025-03-01"), "BCG");
    assertThat(bcg.status()).isEqualTo(ForecastStatus.OVERDUE);
    assertThat(bcg.notes()).doesNotContain("immunization.note.bcgPpd");
  }

  @Test
  void bcgFromThreeMonthsToFourYearsNeedsANegativePpd() {
    ImmunizationRecommendation bcg = rec(assess(boy("2025-01-10"), "2025-04-10"), "BCG");
    assertThat(bcg.status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(bcg.notes()).contains("immunization.note.bcgPpd");
    VaccinationHistory.Builder positive = boy("2025-01-10")
        .situations(SpecialSituations.builder().motherHbsag(HbsagStatus.NEGATIVE).ppdNegative(false).build());
    ImmunizationRecommendation none = rec(assess(positive, "2025-06-10"), "BCG");
    assertThat(none.status()).isEqualTo(ForecastStatus.CONTRAINDICATED);
    assertThat(none.notes()).contains("immunization.note.bcgPpdPositive");
  }

  @Test
  void noBcgFromFourYears() {
    assertThat(rec(assess(boy("2025-01-10"), "2029-01-10"), "BCG").status()).isEqualTo(ForecastStatus.AGED_OUT);
    assertThat(rec(assess(boy("2025-01-10"), "2029-01-09"), "BCG").status()).isEqualTo(ForecastStatus.CATCH_UP);
    ImmunizationAssessment late = assess(boy("2025-01-10").addDoses(dose("BCG", "2029-01-10")), "2029-02-01");
    assertThat(late.evaluations("BCG").get(0).reason()).contains(DoseReason.TOO_OLD);
  }

  // ---- polio

  @Test
  void polioUnderFourYearsIsBroughtToThreeDosesIpvFirst() {
    ImmunizationRecommendation first = rec(assess(boy("2022-01-10"), "2025-01-10"), "polio");
    assertThat(first.status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(first.products()).containsExactly("IPV", "DTaP-IPV/Hib");
    ImmunizationRecommendation fourth = rec(assess(boy("2022-01-10").addDoses(
        dose("IPV", "2025-01-10"), dose("IPV", "2025-02-07"), dose("bOPV", "2025-03-07")), "2025-04-01"), "polio");
    assertThat(fourth.validDoses()).isEqualTo(3);
    assertThat(fourth.status()).isEqualTo(ForecastStatus.NOT_DUE);
    assertThat(fourth.recommended()).contains(d("2026-01-10"));
  }

  @Test
  void polioFromFourYearsIsBroughtToFourDoses28DaysApart() {
    ImmunizationRecommendation fourth = rec(assess(boy("2020-01-10").addDoses(
        dose("IPV", "2025-01-10"), dose("IPV", "2025-02-07"), dose("bOPV", "2025-03-07")), "2025-03-10"), "polio");
    assertThat(fourth.status()).isEqualTo(ForecastStatus.NOT_DUE);
    assertThat(fourth.earliest()).contains(d("2025-04-04"));
    assertThat(rec(assess(boy("2020-01-10").addDoses(dose("IPV", "2025-01-10"), dose("IPV", "2025-01-30")), "2025-02-01"),
        "polio").validDoses()).isEqualTo(1);
  }

  @Test
  void fourIpvContainingDosesMeanNoBopv() {
    ImmunizationRecommendation polio = rec(assess(boy("2023-01-10").addDoses(
        dose("DTaP-IPV/Hib", "2023-03-10"), dose("DTaP-IPV/Hib", "2023-04-10"), dose("DTaP-IPV/Hib", "2023-05-10"),
        dose("DTaP-IPV/Hib", "2024-07-10")), "2024-08-01"), "polio");
    assertThat(polio.status()).isEqualTo(ForecastStatus.COMPLETE);
    assertThat(polio.seriesId()).isEqualTo("Polio-IPV4-2021");
    // Three doses: the bOPV path at 4 years stays the default.
    ImmunizationRecommendation three = rec(assess(boy("2023-01-10").addDoses(
        dose("IPV", "2023-03-10"), dose("IPV", "2023-04-10"), dose("bOPV", "2023-05-10")), "2024-08-01"), "polio");
    assertThat(three.seriesId()).isEqualTo("Polio-2021");
    assertThat(three.products()).startsWith("bOPV");
  }

  // ---- DTaP/DT, 2021 edition (from 6 years)

  @Test
  void sixYearsWithNoDosesGetsThreeDt() {
    ImmunizationRecommendation dtp = rec(assess(boy("2017-03-01"), "2023-06-01"), "DTP");
    assertThat(dtp.status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(dtp.products()).containsExactly("DT");
    assertThat(dtp.targetDoses()).isEqualTo(3);
    assertThat(dtp.notes()).contains("immunization.note.dtpCatchUp");
    VaccinationHistory.Builder dt3 = boy("2017-03-01")
        .addDoses(dose("DT", "2023-06-01"), dose("DT", "2023-06-29"), dose("DT", "2023-07-27"));
    assertThat(rec(assess(dt3, "2023-08-01"), "DTP").status()).isEqualTo(ForecastStatus.COMPLETE);
  }

  @Test
  void threeDosesWithADtAreComplete() {
    VaccinationHistory.Builder child = boy("2017-03-01")
        .addDoses(dose("DTaP", "2017-06-01"), dose("DTaP", "2017-07-01"), dose("DT", "2023-06-01"));
    ImmunizationRecommendation dtp = rec(assess(child, "2023-07-01"), "DTP");
    assertThat(dtp.status()).isEqualTo(ForecastStatus.COMPLETE);
    assertThat(dtp.validDoses()).isEqualTo(3);
  }

  @Test
  void threeDtapOnlyGetOneDtSixMonthsAfterTheThird() {
    VaccinationHistory.Builder child = boy("2017-03-01")
        .addDoses(dose("DTaP", "2017-06-01"), dose("DTaP", "2017-07-01"), dose("DTaP", "2017-08-01"));
    ImmunizationRecommendation dtp = rec(assess(child, "2023-06-01"), "DTP");
    assertThat(dtp.status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(dtp.products()).containsExactly("DT");
    assertThat(dtp.targetDoses()).isEqualTo(4);
    child.addDoses(dose("DT", "2023-06-01"));
    assertThat(rec(assess(child, "2023-06-02"), "DTP").status()).isEqualTo(ForecastStatus.COMPLETE);
  }

  @Test
  void fourDtapAndNoDtGetOneDtTwelveMonthsAfterTheFourth() {
    VaccinationHistory.Builder child = boy("2017-03-01").addDoses(dose("DTaP", "2017-06-01"), dose("DTaP", "2017-07-01"),
        dose("DTaP", "2017-08-01"), dose("DTaP", "2022-09-01"));
    ImmunizationRecommendation dtp = rec(assess(child, "2023-06-01"), "DTP");
    assertThat(dtp.status()).isEqualTo(ForecastStatus.NOT_DUE);
    assertThat(dtp.earliest()).contains(d("2023-09-01"));
    assertThat(dtp.products()).containsExactly("DT");
    ImmunizationAssessment early = assess(child.addDoses(dose("DT", "2023-08-01")), "2023-08-02");
    assertThat(early.evaluations("DTP").get(4).reason()).contains(DoseReason.TOO_SOON);
  }

  // ---- DTaP/DT, 2025 edition (DT from 7 to under 12 years [S] TP-DT)

  @Test
  void from2025ASixYearOldGetsDtapAndASevenYearOldDt() {
    VaccinationHistory.Builder six = boy("2019-03-01").addDoses(dose("DTaP", "2019-06-01"), dose("DTaP", "2019-07-01"),
        dose("DTaP", "2019-08-01"), dose("DTaP", "2020-09-01"));
    ImmunizationRecommendation at6 = rec(assess(six, "2025-03-01"), "DTP");
    assertThat(at6.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(at6.products()).containsExactly("DTaP", "DT");
    assertThat(at6.notes()).doesNotContain("immunization.note.dtpCatchUp");
    VaccinationHistory.Builder eight = boy("2017-03-01").addDoses(dose("DTaP", "2017-06-01"), dose("DTaP", "2017-07-01"),
        dose("DTaP", "2017-08-01"), dose("DTaP", "2018-09-01"));
    ImmunizationRecommendation at8 = rec(assess(eight, "2025-06-01"), "DTP");
    assertThat(at8.status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(at8.products()).containsExactly("DT");
    assertThat(at8.notes()).contains("immunization.note.dtpCatchUp");
  }

  @Test
  void from2025NothingFromTwelveYears() {
    VaccinationHistory.Builder child = boy("2013-01-01")
        .addDoses(dose("DTaP", "2013-04-01"), dose("DTaP", "2013-05-01"), dose("DTaP", "2013-06-01"));
    assertThat(rec(assess(child, "2024-12-31"), "DTP").status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(rec(assess(child, "2025-06-01"), "DTP").status()).isEqualTo(ForecastStatus.AGED_OUT);
  }

  // ---- MMR by birth cohort

  @Test
  void bornFrom2019_10_01TwoMmrDoses() {
    ImmunizationAssessment a = assess(boy("2019-10-01").addDoses(dose("MV", "2020-06-01"), dose("MV", "2021-04-01")),
        "2021-06-01");
    assertThat(a.evaluations("MMR")).allMatch(e -> e.reason().equals(Optional.of(DoseReason.PRODUCT_NOT_COUNTED)));
    assertThat(rec(a, "MMR").targetDoses()).isEqualTo(2);
    assertThat(rec(a, "MMR").validDoses()).isZero();
    assertThat(rec(a, "MMR").status()).isEqualTo(ForecastStatus.CATCH_UP);
  }

  @Test
  void bornFrom2007ToSeptember2019NeedMeaslesTwiceRubellaAndMumps() {
    ImmunizationRecommendation mumpsMissing = rec(assess(boy("2015-06-01")
        .addDoses(dose("MV", "2016-02-01"), dose("MR", "2016-12-01")), "2025-06-01"), "MMR");
    assertThat(mumpsMissing.status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(mumpsMissing.products()).containsExactly("MMR");
    assertThat(mumpsMissing.targetDoses()).isEqualTo(3);
    assertThat(mumpsMissing.notes()).contains("immunization.note.mmrCohort");
    assertThat(rec(assess(boy("2015-06-01").addDoses(dose("MR", "2016-02-01"), dose("MM", "2016-12-01")), "2025-06-01"),
        "MMR").status()).isEqualTo(ForecastStatus.COMPLETE);
    assertThat(rec(assess(boy("2019-09-30").addDoses(dose("MV", "2020-06-01"), dose("MV", "2021-04-01")), "2021-06-01"),
        "MMR").targetDoses()).isEqualTo(3);
  }

  @Test
  void bornBefore2007TwoMeaslesContainingDosesUnder18() {
    VaccinationHistory.Builder one = boy("2006-06-01").addDoses(dose("MV", "2007-02-01"));
    ImmunizationRecommendation r = rec(assess(one, "2023-06-01"), "MMR");
    assertThat(r.status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(r.targetDoses()).isEqualTo(2);
    assertThat(rec(assess(boy("2006-06-01").addDoses(dose("MV", "2007-02-01"), dose("MV", "2007-12-01")), "2023-06-01"),
        "MMR").status()).isEqualTo(ForecastStatus.COMPLETE);
    assertThat(rec(assess(one, "2024-06-01"), "MMR").status()).isEqualTo(ForecastStatus.AGED_OUT);
  }

  @Test
  void mmrCatchUpDosesGo28DaysApart() {
    ImmunizationAssessment a = assess(boy("2010-01-01").addDoses(dose("MR", "2021-03-01"), dose("MM", "2021-03-21")),
        "2021-04-01");
    assertThat(a.evaluations("MMR").get(1).reason()).contains(DoseReason.TOO_SOON);
    // 28 days after the valid MR, but the invalid MM is still a live injection: 28 days after it.
    assertThat(rec(a, "MMR").earliest()).contains(d("2021-04-18"));
    // The schedule starts with the 2021 edition: an earlier assessment date has no series in force.
    assertThat(assess(boy("2010-01-01"), "2021-01-31").recommendations()).isEmpty();
  }

  // ---- JE

  @Test
  void jeLDoseTwoTwelveMonthsAfterALateDoseOne() {
    ImmunizationRecommendation je = rec(assess(boy("2022-01-10").addDoses(dose("JE-L", "2024-01-10")), "2024-06-01"), "JE");
    assertThat(je.status()).isEqualTo(ForecastStatus.NOT_DUE);
    assertThat(je.recommended()).contains(d("2025-01-10"));
  }

  @Test
  void jeIDoseFourThreeYearsAfterDoseThree() {
    ImmunizationRecommendation je = rec(assess(boy("2019-01-10").addDoses(
        dose("JE-I", "2023-01-10"), dose("JE-I", "2023-01-17"), dose("JE-I", "2023-02-17")), "2023-03-01"), "JE");
    assertThat(je.doseNumber()).contains(4);
    assertThat(je.earliest()).contains(d("2026-02-17"));
    assertThat(je.recommended()).contains(d("2026-02-17"));
  }

  // ---- meningococcal

  @Test
  void from24MonthsNoMpsvAButMpsvAcAtOnce() {
    ImmunizationAssessment a = assess(boy("2023-01-10").addDoses(dose("MPSV-A", "2023-08-10")), "2025-07-10");
    assertThat(rec(a, "MenA").status()).isEqualTo(ForecastStatus.AGED_OUT);
    ImmunizationRecommendation ac = rec(a, "MenAC");
    assertThat(ac.status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(ac.earliest()).contains(d("2025-01-10"));
    assertThat(ac.notes()).contains("immunization.note.menAcEarlyStart");
  }

  @Test
  void under24MonthsCompleteMpsvA() {
    ImmunizationAssessment a = assess(boy("2023-01-10"), "2024-09-10");
    assertThat(rec(a, "MenA").status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(rec(a, "MenA").latest()).contains(d("2025-01-09"));
    assertThat(rec(a, "MenAC").status()).isEqualTo(ForecastStatus.NOT_DUE);
  }

  @Test
  void mpsvAcAtThreeYearsAfterACompleteMpsvA() {
    // MPSV-A dose 2 at 23 months: 12 months later is before 3 years, so MPSV-AC is due at 3 years.
    VaccinationHistory.Builder child = boy("2022-01-10")
        .addDoses(dose("MPSV-A", "2023-09-01"), dose("MPSV-A", "2023-12-01"));
    ImmunizationRecommendation ac = rec(assess(child, "2025-01-10"), "MenAC");
    assertThat(ac.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(ac.earliest()).contains(d("2025-01-10"));
    ImmunizationRecommendation onTime = rec(assess(boy("2022-01-10")
        .addDoses(dose("MPSV-A", "2022-07-10"), dose("MPSV-A", "2022-10-10")), "2025-01-10"), "MenAC");
    assertThat(onTime.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(onTime.notes()).doesNotContain("immunization.note.menAcEarlyStart");
  }
}
