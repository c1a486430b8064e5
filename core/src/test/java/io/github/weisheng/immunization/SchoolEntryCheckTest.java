package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.assess;
import static io.github.weisheng.immunization.ImmunizationTesting.boy;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.immunization.ImmunizationTesting.dose;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The school-entry check, §2 [C] CHK. */
class SchoolEntryCheckTest {

  @Test
  void aChildWithNothingRecordedHasEverythingToCatchUp() {
    SchoolEntryCheck check = SchoolEntryCheck.of(assess(boy("2019-03-01"), "2025-09-05"), d("2025-09-01"));
    assertThat(check.isComplete()).isFalse();
    assertThat(check.dosesToCatchUp()).extracting(ImmunizationRecommendation::group)
        .containsExactly("HepB", "polio", "DTP", "MMR", "JE", "MenAC", "HepA");
    assertThat(check.checkedOn()).isEqualTo(d("2025-09-05"));
    assertThat(check.assessmentDueBy()).isEqualTo(d("2025-10-01"));
    assertThat(check.recheckBy()).isEqualTo(d("2025-12-31"));
    assertThat(roundTrip(check, SchoolEntryCheck.class)).isEqualTo(check);
  }

  @Test
  void notYetDueDosesAreNotMissing() {
    // A 3-year-old entering nursery: the 4-year polio dose and the 6-year doses are not yet due.
    SchoolEntryCheck check = SchoolEntryCheck.of(assess(boy("2022-03-01").addDoses(
        dose("HepB", "2022-03-01"), dose("BCG", "2022-03-01"), dose("HepB", "2022-04-01"), dose("IPV", "2022-05-01"),
        dose("IPV", "2022-06-01"), dose("DTaP", "2022-06-01"), dose("bOPV", "2022-07-01"), dose("DTaP", "2022-07-01"),
        dose("DTaP", "2022-08-01"), dose("HepB", "2022-09-01"), dose("MPSV-A", "2022-09-01"), dose("MMR", "2022-11-01"),
        dose("JE-L", "2022-11-01"), dose("MPSV-A", "2022-12-01"), dose("MMR", "2023-09-01"), dose("DTaP", "2023-09-01"),
        dose("HepA-L", "2023-09-01"), dose("JE-L", "2024-03-01"), dose("MPSV-AC", "2025-03-01")), "2025-09-02"),
        d("2025-09-01"));
    assertThat(check.isComplete()).isTrue();
  }
}
