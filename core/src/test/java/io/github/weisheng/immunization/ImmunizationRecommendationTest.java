package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.assess;
import static io.github.weisheng.immunization.ImmunizationTesting.boy;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.immunization.ImmunizationTesting.dose;
import static io.github.weisheng.immunization.ImmunizationTesting.girl;
import static io.github.weisheng.immunization.ImmunizationTesting.rec;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forecast (§1 table, Ages [C] JXCDC, timeliness [C] CCW): hand-worked children. */
class ImmunizationRecommendationTest {

  @Test
  void aDoseThatFallsDueOnlyUnderTheNextEditionIsHeldToThatEditionsAgeLimit() {
    // Found by the earliest-date property: a boy born 2012-02-29 with DTaP at 3, 4 and 5 months and a
    // fourth dose at 11 years 10 months (2024-01-01). Under the 2021 edition his fifth dose (DT)
    // could first be given 12 months later, on 2025-01-01 — but from that day the 2025 edition is in
    // force, which gives DT for catch-up only until 12 years (he is 12 years 10 months). So no day
    // is left on which the dose counts: aged out, not "due on 2025-01-01".
    ImmunizationAssessment a = assess(boy("2012-02-29").addDoses(dose("DTaP", "2012-05-29"),
        dose("DTaP", "2012-06-29"), dose("DTaP", "2012-07-29"), dose("DTaP", "2024-01-01")), "2024-01-02");
    ImmunizationRecommendation dtp = rec(a, "DTP");
    assertThat(dtp.status()).isEqualTo(ForecastStatus.AGED_OUT);
    assertThat(dtp.earliest()).isEmpty();
    assertThat(dtp.latest()).contains(d("2024-02-28"));
  }

  @Test
  void aChildTurningThreeMonthsAfterTheDtapChangeIsOverdueAtTheNewAge() {
    // Found by the recommended-date property: a girl born 2024-10-31. Under the 2021 edition her
    // first DTaP is at 3 months (2025-01-31), so on 2024-12-31 it is not due. From 2025-01-01 the
    // 2025 edition gives it at 2 months, and the remaining doses follow the new ages (§1.3, the
    // transition suggestion [U]): recommended 2024-12-31, past due at 3 months — on 2025-01-31,
    // the day her old schedule named, it is overdue, and a dose given that day counts.
    ImmunizationRecommendation before = rec(assess(girl("2024-10-31"), "2024-12-31"), "DTP");
    assertThat(before.status()).isEqualTo(ForecastStatus.NOT_DUE);
    assertThat(before.recommended()).contains(d("2025-01-31"));
    ImmunizationRecommendation after = rec(assess(girl("2024-10-31"), "2025-01-31"), "DTP");
    assertThat(after.status()).isEqualTo(ForecastStatus.OVERDUE);
    assertThat(after.recommended()).contains(d("2024-12-31"));
    assertThat(after.pastDue()).contains(d("2025-01-31"));
    ImmunizationAssessment given = assess(girl("2024-10-31").addDoses(dose("DTaP", "2025-01-31")), "2025-01-31");
    assertThat(given.evaluations()).filteredOn(e -> e.group().equals("DTP")).singleElement()
        .satisfies(e -> assertThat(e.doseNumber()).contains(1));
    assertThat(rec(given, "DTP").doseNumber()).contains(2);
  }

  @Test
  void aNewbornGirlOnTheDayOfBirth() {
    ImmunizationAssessment a = assess(girl("2025-03-10"), "2025-03-10");
    assertThat(a.recommendations()).extracting(ImmunizationRecommendation::group)
        .containsExactly("HepB", "BCG", "polio", "DTP", "MMR", "JE", "MenA", "MenAC", "HepA");
    ImmunizationRecommendation hepB = rec(a, "HepB");
    assertThat(hepB.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(hepB.earliest()).contains(d("2025-03-10"));
    assertThat(hepB.pastDue()).contains(d("2025-03-12"));
    assertThat(hepB.timelyBefore()).contains(d("2026-03-10"));
    assertThat(rec(a, "BCG").status()).isEqualTo(ForecastStatus.DUE);
    assertThat(rec(a, "BCG").timelyBefore()).contains(d("2025-06-10"));
    assertThat(rec(a, "BCG").latest()).contains(d("2029-03-09"));
    assertThat(rec(a, "polio").recommended()).contains(d("2025-05-10"));
    assertThat(rec(a, "DTP").recommended()).contains(d("2025-05-10"));
    assertThat(rec(a, "DTP").seriesId()).isEqualTo("DTP-2025");
    assertThat(rec(a, "MMR").recommended()).contains(d("2025-11-10"));
    assertThat(rec(a, "JE").seriesId()).isEqualTo("JE-L-2021");
    assertThat(rec(a, "MenA").recommended()).contains(d("2025-09-10"));
    assertThat(rec(a, "MenAC").recommended()).contains(d("2028-03-10"));
    assertThat(rec(a, "HepA").recommended()).contains(d("2026-09-10"));
    // HPV enters the programme on 2025-11-10: a girl born after that has it from birth.
    assertThat(rec(assess(girl("2025-12-01"), "2025-12-01"), "HPV").recommended()).contains(d("2038-12-01"));
    assertThat(a.givableToday()).extracting(ImmunizationRecommendation::group).containsExactly("HepB", "BCG");
    assertThat(a.isUpToDate()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    // born 2024-06-30: 8 months on 2025-02-28 (a short month), 9 months on 2025-03-30, 12 months on 2025-06-30
    "2025-02-27, NOT_DUE",
    "2025-02-28, DUE",
    "2025-03-29, DUE",
    "2025-03-30, OVERDUE",
    "2025-06-29, OVERDUE",
    "2025-06-30, CATCH_UP"
  })
  void mmrThroughThe8MonthWindowAtAMonthEnd(String on, ForecastStatus status) {
    ImmunizationRecommendation mmr = rec(assess(boy("2024-06-30"), on), "MMR");
    assertThat(mmr.status()).isEqualTo(status);
    assertThat(mmr.recommended()).contains(d("2025-02-28"));
    assertThat(mmr.pastDue()).contains(d("2025-03-30"));
    assertThat(mmr.timelyBefore()).contains(d("2025-06-30"));
  }

  @Test
  void aLeapDayBabyTurnsOneOnFebruary28() {
    ImmunizationAssessment a = assess(boy("2024-02-29").addDoses(dose("MMR", "2024-10-29")), "2025-02-28");
    assertThat(rec(a, "MMR").recommended()).contains(d("2025-08-29"));
    assertThat(rec(a, "HepB").status()).isEqualTo(ForecastStatus.CATCH_UP);
    assertThat(rec(a, "HepB").timelyBefore()).contains(d("2025-02-28"));
  }

  @Test
  void theFirstDtapDoseMovesFromThreeToTwoMonthsOn2025_01_01() {
    // Born 2024-10-10: 2 months on 2024-12-10, 3 months on 2025-01-10.
    ImmunizationRecommendation before = rec(assess(boy("2024-10-10"), "2024-12-31"), "DTP");
    assertThat(before.seriesId()).isEqualTo("DTP-2021");
    assertThat(before.status()).isEqualTo(ForecastStatus.NOT_DUE);
    assertThat(before.recommended()).contains(d("2025-01-10"));
    ImmunizationRecommendation after = rec(assess(boy("2024-10-10"), "2025-01-01"), "DTP");
    assertThat(after.seriesId()).isEqualTo("DTP-2025");
    assertThat(after.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(after.recommended()).contains(d("2024-12-10"));
    assertThat(after.pastDue()).contains(d("2025-01-10"));
  }

  @Test
  void anOldScheduleChildGetsTheRemainingDosesAtTheNewAges() {
    VaccinationHistory.Builder child = boy("2024-03-15").addDoses(
        dose("DTaP", "2024-06-15"), dose("DTaP", "2024-07-15"), dose("DTaP", "2024-08-15"));
    ImmunizationRecommendation d4 = rec(assess(child, "2025-09-15"), "DTP");
    assertThat(d4.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(d4.doseNumber()).contains(4);
    child.addDoses(dose("DTaP", "2025-09-15"));
    ImmunizationRecommendation d5 = rec(assess(child, "2030-03-15"), "DTP");
    assertThat(d5.seriesId()).isEqualTo("DTP-2025");
    assertThat(d5.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(d5.products()).containsExactly("DTaP", "DT");
    assertThat(d5.timelyBefore()).contains(d("2031-03-15"));
  }

  @Test
  void underThe2021EditionTheSixYearDoseIsDt() {
    VaccinationHistory.Builder child = boy("2018-05-01").addDoses(dose("DTaP", "2018-08-01"), dose("DTaP", "2018-09-01"),
        dose("DTaP", "2018-10-01"), dose("DTaP", "2019-11-01"));
    ImmunizationRecommendation dt = rec(assess(child, "2024-05-01"), "DTP");
    assertThat(dt.seriesId()).isEqualTo("DTP-2021");
    assertThat(dt.products()).containsExactly("DT");
    assertThat(dt.status()).isEqualTo(ForecastStatus.DUE);
    child.addDoses(dose("DT", "2024-05-01"));
    assertThat(rec(assess(child, "2025-06-01"), "DTP").status()).isEqualTo(ForecastStatus.COMPLETE);
  }

  @Test
  void jeIDoseTwoIsDueSevenToTenDaysAfterDoseOne() {
    VaccinationHistory.Builder child = boy("2025-03-10").addDoses(dose("JE-I", "2025-11-10"));
    ImmunizationRecommendation d2 = rec(assess(child, "2025-11-12"), "JE");
    assertThat(d2.seriesId()).isEqualTo("JE-I-2021");
    assertThat(d2.status()).isEqualTo(ForecastStatus.NOT_DUE);
    assertThat(d2.earliest()).contains(d("2025-11-17"));
    assertThat(d2.recommended()).contains(d("2025-11-17"));
    assertThat(d2.pastDue()).contains(d("2025-11-21"));
    assertThat(rec(assess(child, "2025-11-20"), "JE").status()).isEqualTo(ForecastStatus.DUE);
    assertThat(rec(assess(child, "2025-11-21"), "JE").status()).isEqualTo(ForecastStatus.OVERDUE);
  }

  @Test
  void jeLSecondDoseAtTwoYears() {
    VaccinationHistory.Builder child = boy("2023-03-10").addDoses(dose("JE-L", "2023-11-10"));
    ImmunizationRecommendation d2 = rec(assess(child, "2025-03-10"), "JE");
    assertThat(d2.seriesId()).isEqualTo("JE-L-2021");
    assertThat(d2.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(d2.recommended()).contains(d("2025-03-10"));
    child.addDoses(dose("JE-L", "2025-03-10"));
    assertThat(rec(assess(child, "2025-04-01"), "JE").status()).isEqualTo(ForecastStatus.COMPLETE);
  }

  @Test
  void hepAOneLiveDoseOrTwoInactivatedOrOneOfEach() {
    assertThat(rec(assess(boy("2023-01-10").addDoses(dose("HepA-L", "2024-07-10")), "2024-08-01"), "HepA").status())
        .isEqualTo(ForecastStatus.COMPLETE);
    ImmunizationAssessment one = assess(boy("2023-01-10").addDoses(dose("HepA-I", "2024-07-10")), "2024-08-01");
    assertThat(rec(one, "HepA").seriesId()).isEqualTo("HepA-I-2021");
    assertThat(rec(one, "HepA").recommended()).contains(d("2025-01-10"));
    ImmunizationAssessment two = assess(boy("2023-01-10")
        .addDoses(dose("HepA-I", "2024-07-10"), dose("HepA-I", "2025-01-10")), "2025-02-01");
    assertThat(rec(two, "HepA").status()).isEqualTo(ForecastStatus.COMPLETE);
    ImmunizationAssessment mixed = assess(boy("2023-01-10")
        .addDoses(dose("HepA-I", "2024-07-10"), dose("HepA-L", "2025-01-10")), "2025-02-01");
    assertThat(rec(mixed, "HepA").status()).isEqualTo(ForecastStatus.COMPLETE);
    assertThat(rec(mixed, "HepA").seriesId()).isEqualTo("HepA-IL-2021");
    // A HepA-L dose on its own completes the series, whatever came before it.
    ImmunizationAssessment liveAfter = assess(boy("2023-01-10")
        .addDoses(dose("HepA-I", "2024-07-10"), dose("HepA-L", "2024-12-10")), "2025-02-01");
    assertThat(rec(liveAfter, "HepA").seriesId()).isEqualTo("HepA-L-2021");
    ImmunizationAssessment tooSoon = assess(boy("2023-01-10")
        .addDoses(dose("HepA-I", "2024-07-10"), dose("HepA-I", "2024-12-10")), "2025-02-01");
    assertThat(rec(tooSoon, "HepA").status()).isEqualTo(ForecastStatus.DUE);
    assertThat(rec(tooSoon, "HepA").earliest()).contains(d("2025-01-10"));
  }

  @Test
  void hpvForGirlsBornFrom2011_11_10FromTheDayItEntersTheProgramme() {
    assertThat(assess(girl("2012-03-01"), "2025-11-09").recommendation("HPV")).isEmpty();
    ImmunizationRecommendation hpv = rec(assess(girl("2012-03-01"), "2025-11-10"), "HPV");
    assertThat(hpv.status()).isEqualTo(ForecastStatus.DUE);
    assertThat(hpv.products()).containsExactly("HPV2", "HPV9");
    assertThat(assess(boy("2012-03-01"), "2025-11-10").recommendation("HPV")).isEmpty();
    assertThat(assess(girl("2011-11-09"), "2025-11-10").recommendation("HPV")).isEmpty();
    ImmunizationRecommendation d2 = rec(assess(girl("2012-03-01").addDoses(dose("HPV9", "2025-09-01")), "2025-11-10"), "HPV");
    assertThat(d2.doseNumber()).contains(2);
    assertThat(d2.products()).containsExactly("HPV2");
    assertThat(d2.recommended()).contains(d("2026-03-01"));
  }

  @Test
  void aCompleteSixYearOldIsUpToDate() {
    VaccinationHistory.Builder child = boy("2019-03-01").addDoses(
        dose("HepB", "2019-03-01"), dose("BCG", "2019-03-01"), dose("HepB", "2019-04-01"),
        dose("IPV", "2019-05-01"), dose("IPV", "2019-06-01"), dose("DTaP", "2019-06-01"),
        dose("bOPV", "2019-07-01"), dose("DTaP", "2019-07-01"), dose("DTaP", "2019-08-01"),
        dose("HepB", "2019-09-01"), dose("MPSV-A", "2019-09-01"), dose("MMR", "2019-11-01"),
        dose("JE-L", "2019-11-01"), dose("MPSV-A", "2019-12-01"), dose("MMR", "2020-09-01"),
        dose("DTaP", "2020-09-01"), dose("HepA-L", "2020-09-01"), dose("JE-L", "2021-03-01"),
        dose("MPSV-AC", "2022-03-01"), dose("bOPV", "2023-03-01"),
        dose("DTaP", "2025-03-01"), dose("MPSV-AC", "2025-03-01"));
    ImmunizationAssessment a = assess(child, "2025-03-02");
    assertThat(a.recommendations()).allMatch(r -> r.status() == ForecastStatus.COMPLETE);
    assertThat(a.evaluations()).allMatch(DoseEvaluation::isValid);
    assertThat(a.isUpToDate()).isTrue();
    assertThat(a.givableToday()).isEmpty();
    assertThat(roundTrip(a, ImmunizationAssessment.class)).isEqualTo(a);
  }

  @Test
  void statusesAndNotesHaveTextsInBothLanguages() {
    for (ForecastStatus s : ForecastStatus.values()) {
      assertThat(io.github.weisheng.validation.RuleText.exists(s.rule())).as(s.rule()).isTrue();
      assertThat(io.github.weisheng.validation.RuleText.format(s.rule(), List.of(), Locale.CHINESE))
          .containsPattern("\\p{IsHan}");
    }
  }
}
