package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked visits against domain reference §4 (FPG &lt; 7.0; urgent ≥ 16.7 or ≤ 3.9; BP ≥ 180/110;
 * the rest "as HTN"), default criteria, routine management (90 days).
 */
class DiabetesFollowUpRulesTest {
  private static final DiabetesFollowUpRules RULES = DiabetesFollowUpRules.defaults();

  private static DiabetesFindings.Builder visit(String glucose) {
    return DiabetesFindings.builder().visitDate(DAY).fastingGlucose(fpg(glucose));
  }

  private static VisitAssessment assess(DiabetesFindings.Builder findings, PreviousVisit previous) {
    VisitAssessment a = RULES.assess(findings.build(), previous, 90);
    assertAllResolve(a.rules());
    return a;
  }

  private static VisitAssessment assess(DiabetesFindings.Builder findings) {
    return assess(findings, PreviousVisit.none());
  }

  @ParameterizedTest
  @CsvSource({
    "6.9, SATISFIED, diabetes.class.satisfied, 90",
    "7.0, UNSATISFIED, diabetes.class.unsatisfied, 14",
    "5.0, SATISFIED, diabetes.class.satisfied, 90",
    "9.8, UNSATISFIED, diabetes.class.unsatisfied, 14"
  })
  void theGlucoseTargetIsBelowSeven(String glucose, VisitClassification expected, String classRule, int days) {
    VisitAssessment a = assess(visit(glucose));
    assertThat(a.classification()).isEqualTo(expected);
    assertThat(a.classificationRule()).isEqualTo(rule(classRule, "7.0"));
    assertThat(a.nextVisit()).isEqualTo(DAY.plusDays(days));
    assertThat(a.referral()).isEqualTo(Referral.NONE);
  }

  @ParameterizedTest
  @CsvSource({
    "16.6, NONE, ''",
    "16.7, URGENT, diabetes.urgent.glucoseHigh",
    "25.0, URGENT, diabetes.urgent.glucoseHigh",
    "4.0, NONE, ''",
    "3.9, URGENT, diabetes.urgent.glucoseLow",
    "2.1, URGENT, diabetes.urgent.glucoseLow"
  })
  void urgentReferralAtSixteenSevenOrThreeNine(String glucose, Referral expected, String ruleId) {
    VisitAssessment a = assess(visit(glucose));
    assertThat(a.referral()).isEqualTo(expected);
    assertThat(a.referralRules()).extracting(AppliedRule::rule)
        .containsExactly(ruleId.isEmpty() ? new String[0] : new String[] {ruleId});
  }

  @Test
  void urgentRulesCiteTheirLimits() {
    assertThat(assess(visit("16.7")).referralRules()).containsExactly(rule("diabetes.urgent.glucoseHigh", "16.7"));
    VisitAssessment low = assess(visit("3.9"));
    assertThat(low.referralRules()).containsExactly(rule("diabetes.urgent.glucoseLow", "3.9"));
    // Below 7.0 is at target by the reference's one criterion, even when the reading is too low.
    assertThat(low.classification()).isEqualTo(VisitClassification.SATISFIED);
    assertThat(low.nextVisitRules()).containsExactly(rule("followUp.next.referralCheck", 14));
    assertThat(low.referralCheckBy()).contains(DAY.plusDays(14));
  }

  @ParameterizedTest
  @CsvSource({"179, 109, NONE", "180, 90, URGENT", "150, 110, URGENT"})
  void theBloodPressureCountsWhenMeasured(int s, int d, Referral expected) {
    assertThat(assess(visit("6.0").bloodPressure(bp(s, d))).referral()).isEqualTo(expected);
    assertThat(assess(visit("6.0")).referral()).isEqualTo(Referral.NONE);
  }

  @Test
  void anyDangerSignIsUrgent() {
    for (DiabetesDangerSign sign : DiabetesDangerSign.values()) {
      VisitAssessment a = assess(visit("6.0").addDangerSigns(sign));
      assertThat(a.referral()).as(sign.name()).isEqualTo(Referral.URGENT);
      assertThat(a.referralRules()).containsExactly(rule(sign.rule()));
    }
    DiabetesFollowUpRules narrow = DiabetesFollowUpRules.of(ControlTargets.defaults(),
        FollowUpCriteria.builder().addNonUrgentDiabetesSigns(DiabetesDangerSign.SWEATING).build());
    assertThat(narrow.assess(visit("6.0").addDangerSigns(DiabetesDangerSign.SWEATING).build(),
        PreviousVisit.none(), 90).referral()).isEqualTo(Referral.NONE);
  }

  @Test
  void twoConsecutiveUnsatisfiedVisitsAreReferred() {
    VisitAssessment first = assess(visit("8.2"));
    assertThat(first.nextVisitRules()).containsExactly(rule("followUp.next.unsatisfied", 14));
    VisitAssessment second = assess(visit("7.4"), PreviousVisit.from(first));
    assertThat(second.unsatisfiedStreak()).isEqualTo(2);
    assertThat(second.referral()).isEqualTo(Referral.REFERRAL);
    assertThat(second.referralRules()).containsExactly(rule("followUp.referral.unsatisfiedVisits", 2));
  }

  @Test
  void adverseReactionsAndComplicationsAsForHypertension() {
    VisitAssessment controllable = assess(visit("6.5").adverseReaction(AdverseReaction.CONTROLLABLE));
    assertThat(controllable.classification()).isEqualTo(VisitClassification.ADVERSE_REACTION);
    assertThat(controllable.nextVisitRules()).containsExactly(rule("followUp.next.adverseReaction", 14));
    VisitAssessment uncontrollable = assess(visit("6.5").adverseReaction(AdverseReaction.UNCONTROLLABLE));
    assertThat(uncontrollable.referralRules()).containsExactly(rule("followUp.referral.adverseReaction"));
    VisitAssessment worse = assess(visit("6.5").complication(ComplicationChange.WORSENED));
    assertThat(worse.classification()).isEqualTo(VisitClassification.COMPLICATION);
    assertThat(worse.referralRules()).containsExactly(rule("followUp.referral.worseComplication"));
  }

  @Test
  void theIntensiveIntervalIsPassedIn() {
    int intensive = DiabetesManagementPolicy.defaults().cadence(DiabetesManagementLevel.INTENSIVE).intervalDays();
    VisitAssessment a = RULES.assess(visit("6.0").build(), PreviousVisit.none(), intensive);
    assertThat(a.nextVisit()).isEqualTo(DAY.plusDays(30));
    assertThat(a.nextVisitRules()).containsExactly(rule("followUp.next.routine", 30));
  }

  @Test
  void aHostGlucoseTarget() {
    DiabetesFollowUpRules rules = DiabetesFollowUpRules.of(ControlTargets.builder().name("frail")
        .putBloodPressureByAge(0, BloodPressureTarget.of(140, 90)).fastingGlucoseBelow(fpg("8.0")).build(),
        FollowUpCriteria.defaults());
    assertThat(rules.assess(visit("7.5").build(), PreviousVisit.none(), 90).classificationRule())
        .isEqualTo(rule("diabetes.class.satisfied", "8.0"));
  }

  @Test
  void accessorsAndNulls() {
    assertThat(RULES.targets()).isEqualTo(ControlTargets.defaults());
    assertThat(RULES.criteria()).isEqualTo(FollowUpCriteria.defaults());
    assertThat(RULES).hasToString("DiabetesFollowUpRules[bphs-2017]");
    new NullPointerTester()
        .setDefault(ControlTargets.class, ControlTargets.defaults())
        .setDefault(FollowUpCriteria.class, FollowUpCriteria.defaults())
        .testAllPublicStaticMethods(DiabetesFollowUpRules.class);
    new NullPointerTester()
        .setDefault(DiabetesFindings.class, visit("6.0").build())
        .setDefault(PreviousVisit.class, PreviousVisit.none())
        .setDefault(int.class, 90)
        .testAllPublicInstanceMethods(RULES);
  }
}
