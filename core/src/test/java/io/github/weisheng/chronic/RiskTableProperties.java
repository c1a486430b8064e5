package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bloodPressures;
import static io.github.weisheng.chronic.ChronicTesting.subsets;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.weisheng.resident.Sex;
import io.github.weisheng.testing.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RiskTableProperties {

  /** Profiles over every input that moves the row. */
  static Gen<RiskProfile> profiles() {
    return in -> {
      RiskProfile.Builder b = RiskProfile.builder()
          .sex(Generate.enumValues(Sex.class).generate(in))
          .age(Generate.range(18, 100).generate(in))
          .bloodPressure(bloodPressures().generate(in))
          .smoker(Generate.booleans().generate(in))
          .prematureCardiovascularFamilyHistory(Generate.booleans().generate(in))
          .ckdStage(Generate.range(0, 5).generate(in))
          .diabetes(Generate.enumValues(DiabetesStatus.class).generate(in))
          .addAllTargetOrganDamage(subsets(TargetOrganDamage.class).mix(Generate.constant(Set.of()), 70)
              .generate(in))
          .addAllClinicalComplications(subsets(ClinicalComplication.class)
              .mix(Generate.constant(Set.of()), 80).generate(in));
      if (Generate.booleans().generate(in)) {
        b.bmi(BigDecimal.valueOf(Generate.range(160, 360).generate(in), 1));
      }
      if (Generate.booleans().generate(in)) {
        b.homocysteine(BigDecimal.valueOf(Generate.range(50, 300).generate(in), 1));
      }
      return b.build();
    };
  }

  private static RiskProfile withReading(RiskProfile p, BloodPressure reading) {
    return RiskProfile.builder()
        .sex(p.sex()).age(p.age()).bloodPressure(reading).smoker(p.smoker())
        .prematureCardiovascularFamilyHistory(p.prematureCardiovascularFamilyHistory())
        .ckdStage(p.ckdStage()).diabetes(p.diabetes())
        .addAllTargetOrganDamage(p.targetOrganDamage()).addAllClinicalComplications(p.clinicalComplications())
        .bmi(p.bmi()).homocysteine(p.homocysteine())
        .build();
  }

  @Test
  void raisingEitherPressureNeverLowersTheRiskLevel() {
    qt().forAll(profiles(), integers().between(0, 100), integers().between(0, 60), Generate.pick(List.of(
            RiskTable.guideline2018(), RiskTable.guideline2018Lower())))
        .checkAssert((p, up, upDiastolic, table) -> {
          BloodPressure bp = p.bloodPressure();
          int s = Math.min(BloodPressure.MAX_SYSTOLIC, bp.systolic() + up);
          int d = Math.max(bp.diastolic(), Math.min(s - 1, Math.min(BloodPressure.MAX_DIASTOLIC, bp.diastolic() + upDiastolic)));
          RiskProfile raised = withReading(p, BloodPressure.of(s, d));
          assertThat(table.stratify(raised).level()).isGreaterThanOrEqualTo(table.stratify(p).level());
          TwoLevelRiskRule rule = TwoLevelRiskRule.guideline2022();
          assertThat(rule.stratify(raised).level()).isGreaterThanOrEqualTo(rule.stratify(p).level());
        });
  }

  @Test
  void theLevelIsTheCellOfTheRowAndColumnAndTheRulesResolve() {
    qt().forAll(profiles()).checkAssert(p -> {
      RiskAssessment a = RiskTable.defaults().stratify(p);
      assertThat(a.level()).isEqualTo(RiskTable.defaults().level(a.row(), a.column()));
      assertThat(a.riskFactors()).isEqualTo(p.riskFactors());
      assertAllResolve(a.rules());
      assertAllResolve(TwoLevelRiskRule.guideline2022().stratify(p).rules());
      assertThat(TierPolicy.defaults().assign(a.level()).rules()).allSatisfy(Checks::assertResolves);
    });
  }

  @Test
  void theLowerTableIsNeverAboveTheDefault() {
    qt().forAll(profiles()).checkAssert(p ->
        assertThat(RiskTable.guideline2018Lower().stratify(p).level())
            .isLessThanOrEqualTo(RiskTable.defaults().stratify(p).level()));
  }

  @Test
  void profilesAndAssessmentsRoundTripThroughJson() {
    qt().forAll(profiles()).checkAssert(p -> {
      assertThat(roundTrip(p, RiskProfile.class)).isEqualTo(p);
      RiskAssessment a = RiskTable.defaults().stratify(p);
      assertThat(roundTrip(a, RiskAssessment.class)).isEqualTo(a);
      TwoLevelRiskAssessment t = TwoLevelRiskRule.guideline2022().stratify(p);
      assertThat(roundTrip(t, TwoLevelRiskAssessment.class)).isEqualTo(t);
    });
  }
}
