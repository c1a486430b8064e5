package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.hypertensionFindings;
import static io.github.weisheng.chronic.ChronicTesting.previousVisits;
import static io.github.weisheng.chronic.ChronicTesting.targetTables;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class HypertensionFollowUpRulesProperties {

  private static HypertensionFollowUpRules rules(ControlTargets targets) {
    return HypertensionFollowUpRules.of(targets, FollowUpCriteria.defaults());
  }

  @Test
  void classificationIsTotalAndDeterministic() {
    qt().forAll(hypertensionFindings(), previousVisits(), integers().between(1, 365), targetTables())
        .checkAssert((findings, previous, interval, targets) -> {
          VisitAssessment a = rules(targets).assess(findings, previous, interval);
          assertThat(rules(targets).assess(findings, previous, interval)).isEqualTo(a);
          assertThat(a.visitDate()).isEqualTo(findings.visitDate());
        });
  }

  @Test
  void theNextVisitIsNeverAfterTheTiersInterval() {
    qt().forAll(hypertensionFindings(), previousVisits(), Generate.enumValues(ManagementTier.class))
        .checkAssert((findings, previous, tier) -> {
          TierPolicy policy = TierPolicy.defaults();
          VisitAssessment a = HypertensionFollowUpRules.defaults()
              .assess(findings, previous, policy.cadence(tier).intervalDays());
          assertThat(a.nextVisit())
              .isAfter(findings.visitDate())
              .isBeforeOrEqualTo(policy.nextRoutineVisit(tier, findings.visitDate()));
        });
  }

  @Test
  void everyDecisionCarriesRulesThatResolveInBothLanguages() {
    qt().forAll(hypertensionFindings(), previousVisits(), integers().between(1, 365))
        .checkAssert((findings, previous, interval) -> {
          VisitAssessment a = HypertensionFollowUpRules.defaults().assess(findings, previous, interval);
          assertAllResolve(a.rules());
          assertAllResolve(a.nextVisitRules());
          assertThat(a.referralRules().isEmpty()).isEqualTo(a.referral() == Referral.NONE);
        });
  }

  @Test
  void theClassFollowsThePrecedence() {
    qt().forAll(hypertensionFindings(), previousVisits())
        .checkAssert((findings, previous) -> {
          VisitAssessment a = HypertensionFollowUpRules.defaults().assess(findings, previous, 90);
          VisitClassification expected = findings.complication() != ComplicationChange.NONE
              ? VisitClassification.COMPLICATION
              : findings.adverseReaction().present() ? VisitClassification.ADVERSE_REACTION
              : a.atTarget() ? VisitClassification.SATISFIED : VisitClassification.UNSATISFIED;
          assertThat(a.classification()).isEqualTo(expected);
          assertThat(a.unsatisfiedStreak()).isEqualTo(a.atTarget() ? 0 : previous.unsatisfiedStreak() + 1);
        });
  }

  @Test
  void raisingThePressureNeverLowersTheReferral() {
    qt().forAll(hypertensionFindings(), previousVisits(), integers().between(0, 60), integers().between(0, 40))
        .checkAssert((findings, previous, up, upDiastolic) -> {
          BloodPressure bp = findings.bloodPressure();
          int s = Math.min(BloodPressure.MAX_SYSTOLIC, bp.systolic() + up);
          int d = Math.max(bp.diastolic(), Math.min(s - 1, Math.min(BloodPressure.MAX_DIASTOLIC, bp.diastolic() + upDiastolic)));
          HypertensionFindings raised = HypertensionFindings.builder()
              .visitDate(findings.visitDate())
              .age(findings.age())
              .bloodPressure(BloodPressure.of(s, d))
              .adverseReaction(findings.adverseReaction())
              .complication(findings.complication())
              .addAllDangerSigns(findings.dangerSigns())
              .pregnantOrLactating(findings.pregnantOrLactating())
              .lowerTargetIndicated(findings.lowerTargetIndicated())
              .build();
          HypertensionFollowUpRules rules = HypertensionFollowUpRules.defaults();
          VisitAssessment before = rules.assess(findings, previous, 90);
          VisitAssessment after = rules.assess(raised, previous, 90);
          assertThat(after.referral()).isGreaterThanOrEqualTo(before.referral());
          assertThat(after.nextVisit()).isBeforeOrEqualTo(before.nextVisit());
          if (!before.atTarget()) {
            assertThat(after.atTarget()).isFalse();
          }
        });
  }

  @Test
  void assessmentsRoundTripThroughJson() {
    qt().forAll(hypertensionFindings(), previousVisits())
        .checkAssert((findings, previous) -> {
          VisitAssessment a = HypertensionFollowUpRules.defaults().assess(findings, previous, 90);
          assertThat(roundTrip(a, VisitAssessment.class)).isEqualTo(a);
          assertThat(roundTrip(findings, HypertensionFindings.class)).isEqualTo(findings);
        });
  }
}
