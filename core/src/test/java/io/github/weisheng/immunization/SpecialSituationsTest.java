package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.assess;
import static io.github.weisheng.immunization.ImmunizationTesting.boy;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.immunization.ImmunizationTesting.dose;
import static io.github.weisheng.immunization.ImmunizationTesting.rec;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Special situations, §1 "Special situations" [KB21], hand-worked. */
class SpecialSituationsTest {
  private static final ImmunizationSchedule NIP = ImmunizationSchedule.defaults();

  private static SpecialSituations.Builder mother(HbsagStatus status) {
    return SpecialSituations.builder().motherHbsag(status);
  }

  @ParameterizedTest
  @CsvSource({
    // mother, grams (0 = not recorded), weeks (0 = not recorded), four-dose, low weight, preterm
    "POSITIVE, 0, 0, false, false, false",
    "POSITIVE, 1999, 0, true, true, false",
    "POSITIVE, 2000, 0, false, true, false",
    "UNKNOWN, 1800, 0, true, true, false",
    "NEGATIVE, 1800, 0, false, true, false",
    "NEGATIVE, 2499, 36, false, true, true",
    "NEGATIVE, 2500, 37, false, false, false"
  })
  void situationsFromTheInputsAndTheScheduleThresholds(
      HbsagStatus status, int grams, int weeks, boolean fourDose, boolean low, boolean preterm) {
    SpecialSituations.Builder b = mother(status);
    if (grams > 0) {
      b.birthWeightGrams(grams);
    }
    if (weeks > 0) {
      b.gestationalWeeks(weeks);
    }
    Set<Situation> s = b.build().situations(NIP);
    assertThat(s.contains(Situation.HEPB_FOUR_DOSE)).isEqualTo(fourDose);
    assertThat(s.contains(Situation.LOW_BIRTH_WEIGHT)).isEqualTo(low);
    assertThat(s.contains(Situation.PRETERM)).isEqualTo(preterm);
    assertThat(s.contains(Situation.MOTHER_HBSAG_POSITIVE)).isEqualTo(status == HbsagStatus.POSITIVE);
  }

  @Test
  void hivExposureOrImmunodeficiencyMeansNoLiveVaccines() {
    assertThat(mother(HbsagStatus.NEGATIVE).hivExposedInfectionNotExcluded(true).build().situations(NIP))
        .containsExactly(Situation.NO_LIVE_VACCINES);
    assertThat(mother(HbsagStatus.NEGATIVE).immunodeficient(true).build().situations(NIP))
        .containsExactly(Situation.NO_LIVE_VACCINES);
    assertThat(SpecialSituations.none().situations(NIP)).isEmpty();
    assertThat(SpecialSituations.builder().build().motherHbsag()).isEqualTo(HbsagStatus.UNKNOWN);
  }

  @Test
  void hbsagPositiveMotherHbigAndTheBirthDoseWithin12Hours() {
    VaccinationHistory.Builder child = boy("2025-03-10").situations(mother(HbsagStatus.POSITIVE).build());
    ImmunizationAssessment a = assess(child, "2025-03-10");
    assertThat(rec(a, "HepB").notes()).contains("immunization.note.hbigWithin12h");
    assertThat(rec(a, "HepB").seriesId()).isEqualTo("HepB-2021");
    assertThat(a.givableToday()).extracting(ImmunizationRecommendation::group).containsExactly("HepB", "BCG");
    child.addDoses(dose("HepB", "2025-03-10"), dose("HepB", "2025-04-10"), dose("HepB", "2025-09-10"));
    ImmunizationRecommendation done = rec(assess(child, "2025-10-01"), "HepB");
    assertThat(done.status()).isEqualTo(ForecastStatus.COMPLETE);
    assertThat(done.notes()).containsExactly("immunization.note.hepBTestAfterSeries");
  }

  @Test
  void under2000GramsWithAnHbsagUnknownMotherFourHepBDoses() {
    VaccinationHistory.Builder child = boy("2025-03-10")
        .situations(mother(HbsagStatus.UNKNOWN).birthWeightGrams(1800).gestationalWeeks(33).build())
        .addDoses(dose("HepB", "2025-03-10"), dose("HepB", "2025-04-10"), dose("HepB", "2025-05-10"));
    ImmunizationRecommendation d4 = rec(assess(child, "2025-06-01"), "HepB");
    assertThat(d4.seriesId()).isEqualTo("HepB4-2021");
    assertThat(d4.doseNumber()).contains(4);
    assertThat(d4.targetDoses()).isEqualTo(4);
    assertThat(d4.recommended()).contains(d("2025-10-10"));
    assertThat(d4.notes()).contains("immunization.note.hepBFourDose");
    child.addDoses(dose("HepB", "2025-10-10"));
    assertThat(rec(assess(child, "2025-11-01"), "HepB").status()).isEqualTo(ForecastStatus.COMPLETE);
  }

  @Test
  void under2000GramsWithAnHbsagNegativeMotherThreeDoses() {
    VaccinationHistory.Builder child = boy("2025-03-10")
        .situations(mother(HbsagStatus.NEGATIVE).birthWeightGrams(1800).build())
        .addDoses(dose("HepB", "2025-03-10"), dose("HepB", "2025-04-10"), dose("HepB", "2025-09-10"));
    ImmunizationRecommendation hepB = rec(assess(child, "2025-10-01"), "HepB");
    assertThat(hepB.seriesId()).isEqualTo("HepB-2021");
    assertThat(hepB.status()).isEqualTo(ForecastStatus.COMPLETE);
  }

  @Test
  void pretermBabiesByChronologicalAgeBcgByGestation() {
    VaccinationHistory.Builder at30 = boy("2025-03-10")
        .situations(mother(HbsagStatus.NEGATIVE).gestationalWeeks(30).birthWeightGrams(1500).build());
    ImmunizationAssessment a = assess(at30, "2025-03-10");
    assertThat(rec(a, "BCG").notes()).contains("immunization.note.bcgBeforeDischarge", "immunization.note.chronologicalAge");
    assertThat(rec(a, "MMR").recommended()).contains(d("2025-11-10"));
    VaccinationHistory.Builder at33 = boy("2025-03-10")
        .situations(mother(HbsagStatus.NEGATIVE).gestationalWeeks(33).build());
    assertThat(rec(assess(at33, "2025-03-10"), "BCG").notes()).contains("immunization.note.bcgWhenStable");
  }

  @Test
  void aCriticallyIllNewbornIsVaccinatedOnceStable() {
    VaccinationHistory.Builder child = boy("2025-03-10")
        .situations(mother(HbsagStatus.NEGATIVE).clinicallyStableFrom(d("2025-03-20")).build());
    ImmunizationRecommendation hepB = rec(assess(child, "2025-03-10"), "HepB");
    assertThat(hepB.status()).isEqualTo(ForecastStatus.NOT_DUE);
    assertThat(hepB.earliest()).contains(d("2025-03-20"));
    assertThat(hepB.notes()).contains("immunization.note.onceStable");
    assertThat(rec(assess(child, "2025-03-20"), "HepB").status()).isEqualTo(ForecastStatus.DUE);
  }

  @Test
  void noLiveVaccinesForAnHivExposedChild() {
    VaccinationHistory.Builder child = boy("2024-01-10")
        .situations(mother(HbsagStatus.NEGATIVE).hivExposedInfectionNotExcluded(true).build())
        .addDoses(dose("IPV", "2024-03-10"), dose("IPV", "2024-04-10"));
    ImmunizationAssessment a = assess(child, "2025-07-10");
    assertThat(rec(a, "BCG").status()).isEqualTo(ForecastStatus.CONTRAINDICATED);
    assertThat(rec(a, "BCG").notes()).contains("immunization.note.noLiveVaccines");
    assertThat(rec(a, "MMR").status()).isEqualTo(ForecastStatus.CONTRAINDICATED);
    assertThat(rec(a, "JE").seriesId()).isEqualTo("JE-I-2021");
    assertThat(rec(a, "JE").products()).containsExactly("JE-I");
    assertThat(rec(a, "HepA").seriesId()).isEqualTo("HepA-I-2021");
    assertThat(rec(a, "polio").products()).containsExactly("IPV", "DTaP-IPV/Hib");
    assertThat(a.givableToday()).flatExtracting(ImmunizationRecommendation::products)
        .noneMatch(p -> NIP.product(p).orElseThrow().live());
  }

  @Test
  void contraindicationsPerVaccineOrProduct() {
    VaccinationHistory.Builder child = boy("2024-01-10")
        .situations(mother(HbsagStatus.NEGATIVE).addContraindication("MMR").addContraindication("JE-L").build());
    ImmunizationAssessment a = assess(child, "2024-09-10");
    assertThat(rec(a, "MMR").status()).isEqualTo(ForecastStatus.CONTRAINDICATED);
    assertThat(rec(a, "MMR").notes()).contains("immunization.note.contraindicated");
    assertThat(rec(a, "JE").seriesId()).isEqualTo("JE-I-2021");
    assertThat(rec(a, "JE").status()).isEqualTo(ForecastStatus.DUE);
  }

  @Test
  void valuesAndJson() {
    SpecialSituations s = mother(HbsagStatus.POSITIVE).birthWeightGrams(1900).gestationalWeeks(34)
        .immunodeficient(true).addContraindication("MMR").addImmunoglobulinDate(d("2025-01-01"))
        .clinicallyStableFrom(d("2025-01-05")).ppdNegative(true).build();
    assertThat(roundTrip(s, SpecialSituations.class)).isEqualTo(s);
    VaccinationHistory h = boy("2025-01-01").situations(s).addDoses(dose("HepB", "2025-01-01")).build();
    assertThat(roundTrip(h, VaccinationHistory.class)).isEqualTo(h);
    assertThat(h.toString()).doesNotContain("2025-01-01").doesNotContain("HepB").doesNotContain("POSITIVE")
        .isEqualTo("VaccinationHistory{birthDate=***, sex=MALE, doses=***, situations=***}");
    assertThat(s.toString()).doesNotContain("POSITIVE").doesNotContain("immunodeficient=true");
    assertThat(h.plusDose(dose("BCG", "2025-01-02")).doses()).hasSize(2);
    assertThat(roundTrip(dose("MMR", "2025-09-01"), AdministeredDose.class)).isEqualTo(dose("MMR", "2025-09-01"));
    new EqualsTester()
        .addEqualityGroup(dose("MMR", "2025-09-01"), AdministeredDose.of("MMR", d("2025-09-01")))
        .addEqualityGroup(dose("MMR", "2025-09-02"))
        .addEqualityGroup(dose("MR", "2025-09-01"))
        .testEquals();
    assertThatThrownBy(() -> mother(HbsagStatus.NEGATIVE).birthWeightGrams(100).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mother(HbsagStatus.NEGATIVE).gestationalWeeks(50).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mother(HbsagStatus.NEGATIVE).motherHbsag(HbsagStatus.POSITIVE))
        .isInstanceOf(IllegalStateException.class);
  }
}
