package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.diabetesFindings;
import static io.github.weisheng.chronic.ChronicTesting.previousVisits;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class DiabetesFollowUpRulesProperties {

  @Test
  void classificationIsTotalAndDeterministic() {
    qt().forAll(diabetesFindings(), previousVisits(), integers().between(1, 365))
        .checkAssert((findings, previous, interval) -> {
          VisitAssessment a = DiabetesFollowUpRules.defaults().assess(findings, previous, interval);
          assertThat(DiabetesFollowUpRules.defaults().assess(findings, previous, interval)).isEqualTo(a);
          assertThat(a.atTarget()).isEqualTo(findings.fastingGlucose().compareTo(FastingGlucose.DIABETES_FROM) < 0);
        });
  }

  @Test
  void theNextVisitIsNeverAfterTheInterval() {
    qt().forAll(diabetesFindings(), previousVisits(), Generate.enumValues(DiabetesManagementLevel.class))
        .checkAssert((findings, previous, level) -> {
          DiabetesManagementPolicy policy = DiabetesManagementPolicy.defaults();
          VisitAssessment a = DiabetesFollowUpRules.defaults()
              .assess(findings, previous, policy.cadence(level).intervalDays());
          assertThat(a.nextVisit()).isAfter(findings.visitDate())
              .isBeforeOrEqualTo(policy.nextRoutineVisit(level, findings.visitDate()));
        });
  }

  @Test
  void everyDecisionCarriesRulesThatResolveInBothLanguages() {
    qt().forAll(diabetesFindings(), previousVisits())
        .checkAssert((findings, previous) -> {
          VisitAssessment a = DiabetesFollowUpRules.defaults().assess(findings, previous, 90);
          assertAllResolve(a.rules());
        });
  }

  @Test
  void assessmentsAndFindingsRoundTripThroughJson() {
    qt().forAll(diabetesFindings(), previousVisits())
        .checkAssert((findings, previous) -> {
          VisitAssessment a = DiabetesFollowUpRules.defaults().assess(findings, previous, 90);
          assertThat(roundTrip(a, VisitAssessment.class)).isEqualTo(a);
          assertThat(roundTrip(findings, DiabetesFindings.class)).isEqualTo(findings);
          assertThat(roundTrip(previous, PreviousVisit.class)).isEqualTo(previous);
        });
  }
}
