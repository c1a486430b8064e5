package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked visits against domain reference §3 "Classification per visit" and "Emergency
 * referral", with the default targets (<140/90, ≥ 65 <150/90) and criteria, tier 1 (90 days).
 */
class HypertensionFollowUpRulesTest {
  private static final HypertensionFollowUpRules RULES = HypertensionFollowUpRules.defaults();
  private static final int ROUTINE = 90;

  private static HypertensionFindings.Builder visit(int age, int s, int d) {
    return HypertensionFindings.builder().visitDate(DAY).age(age).bloodPressure(bp(s, d));
  }

  private static VisitAssessment assess(HypertensionFindings.Builder findings) {
    return assess(findings, PreviousVisit.none());
  }

  private static VisitAssessment assess(HypertensionFindings.Builder findings, PreviousVisit previous) {
    VisitAssessment a = RULES.assess(findings.build(), previous, ROUTINE);
    assertAllResolve(a.rules());
    return a;
  }

  @Test
  void satisfiedGoesToTheRoutineVisit() {
    VisitAssessment a = assess(visit(50, 132, 84));
    assertThat(a.classification()).isEqualTo(VisitClassification.SATISFIED);
    assertThat(a.classificationRule()).isEqualTo(rule("hypertension.class.satisfied", 140, 90));
    assertThat(a.atTarget()).isTrue();
    assertThat(a.unsatisfiedStreak()).isZero();
    assertThat(a.nextVisit()).isEqualTo(DAY.plusDays(90));
    assertThat(a.nextVisitRules()).containsExactly(rule("followUp.next.routine", 90));
    assertThat(a.referral()).isEqualTo(Referral.NONE);
    assertThat(a.referralRules()).isEmpty();
    assertThat(a.referralCheckBy()).isEmpty();
    assertThat(a.rules()).containsExactly(
        rule("hypertension.class.satisfied", 140, 90), rule("followUp.next.routine", 90));
  }

  @ParameterizedTest
  @CsvSource({
    "50, 139, 89, SATISFIED",
    "50, 140, 89, UNSATISFIED",
    "50, 139, 90, UNSATISFIED",
    "50, 140, 90, UNSATISFIED",
    "65, 149, 89, SATISFIED",
    "65, 150, 89, UNSATISFIED",
    "65, 149, 90, UNSATISFIED",
    "65, 150, 90, UNSATISFIED",
    "64, 149, 89, UNSATISFIED",
    "64, 139, 89, SATISFIED"
  })
  void targetBoundaries(int age, int s, int d, VisitClassification expected) {
    assertThat(assess(visit(age, s, d)).classification()).isEqualTo(expected);
  }

  @Test
  void theTargetOfTheAgeBandIsCited() {
    assertThat(assess(visit(70, 152, 80)).classificationRule())
        .isEqualTo(rule("hypertension.class.unsatisfied", 150, 90));
  }

  @Test
  void aFirstUnsatisfiedVisitComesBackWithinTwoWeeks() {
    VisitAssessment a = assess(visit(50, 150, 92));
    assertThat(a.classification()).isEqualTo(VisitClassification.UNSATISFIED);
    assertThat(a.classificationRule()).isEqualTo(rule("hypertension.class.unsatisfied", 140, 90));
    assertThat(a.unsatisfiedStreak()).isEqualTo(1);
    assertThat(a.nextVisit()).isEqualTo(DAY.plusDays(14));
    assertThat(a.nextVisitRules()).containsExactly(rule("followUp.next.unsatisfied", 14));
    assertThat(a.referral()).isEqualTo(Referral.NONE);
  }

  @Test
  void twoConsecutiveUnsatisfiedVisitsAreReferred() {
    VisitAssessment first = assess(visit(50, 150, 92));
    HypertensionFindings.Builder next =
        HypertensionFindings.builder().visitDate(first.nextVisit()).age(50).bloodPressure(bp(148, 88));
    VisitAssessment second = assess(next, PreviousVisit.from(first));
    assertThat(second.classification()).isEqualTo(VisitClassification.UNSATISFIED);
    assertThat(second.unsatisfiedStreak()).isEqualTo(2);
    assertThat(second.referral()).isEqualTo(Referral.REFERRAL);
    assertThat(second.referralRules()).containsExactly(rule("followUp.referral.unsatisfiedVisits", 2));
    assertThat(second.nextVisit()).isEqualTo(first.nextVisit().plusDays(14));
    assertThat(second.nextVisitRules()).containsExactly(rule("followUp.next.referralCheck", 14));
    assertThat(second.referralCheckBy()).contains(first.nextVisit().plusDays(14));
  }

  @Test
  void aSatisfiedVisitBetweenBreaksTheStreak() {
    VisitAssessment good = assess(visit(50, 130, 80), PreviousVisit.of(VisitClassification.UNSATISFIED, 1));
    assertThat(good.unsatisfiedStreak()).isZero();
    VisitAssessment again = assess(visit(50, 150, 95), PreviousVisit.from(good));
    assertThat(again.unsatisfiedStreak()).isEqualTo(1);
    assertThat(again.referral()).isEqualTo(Referral.NONE);
  }

  @Test
  void unsatisfiedAfterAnAdverseReactionAtTargetIsAFirst() {
    VisitAssessment a = assess(visit(50, 145, 85), PreviousVisit.of(VisitClassification.ADVERSE_REACTION, 0));
    assertThat(a.unsatisfiedStreak()).isEqualTo(1);
    assertThat(a.referral()).isEqualTo(Referral.NONE);
  }

  @Test
  void aControllableAdverseReactionComesBackWithinTwoWeeks() {
    VisitAssessment a = assess(visit(50, 130, 80).adverseReaction(AdverseReaction.CONTROLLABLE));
    assertThat(a.classification()).isEqualTo(VisitClassification.ADVERSE_REACTION);
    assertThat(a.classificationRule()).isEqualTo(rule("followUp.class.adverseReaction"));
    assertThat(a.atTarget()).isTrue();
    assertThat(a.nextVisit()).isEqualTo(DAY.plusDays(14));
    assertThat(a.nextVisitRules()).containsExactly(rule("followUp.next.adverseReaction", 14));
    assertThat(a.referral()).isEqualTo(Referral.NONE);
  }

  @Test
  void anUncontrollableAdverseReactionIsReferred() {
    VisitAssessment a = assess(visit(50, 130, 80).adverseReaction(AdverseReaction.UNCONTROLLABLE));
    assertThat(a.classification()).isEqualTo(VisitClassification.ADVERSE_REACTION);
    assertThat(a.referral()).isEqualTo(Referral.REFERRAL);
    assertThat(a.referralRules()).containsExactly(rule("followUp.referral.adverseReaction"));
    assertThat(a.nextVisitRules()).containsExactly(rule("followUp.next.referralCheck", 14));
  }

  @Test
  void aNewOrWorseComplicationIsReferred() {
    VisitAssessment fresh = assess(visit(50, 130, 80).complication(ComplicationChange.NEW));
    assertThat(fresh.classification()).isEqualTo(VisitClassification.COMPLICATION);
    assertThat(fresh.classificationRule()).isEqualTo(rule("followUp.class.complication"));
    assertThat(fresh.referral()).isEqualTo(Referral.REFERRAL);
    assertThat(fresh.referralRules()).containsExactly(rule("followUp.referral.newComplication"));
    VisitAssessment worse = assess(visit(50, 130, 80).complication(ComplicationChange.WORSENED));
    assertThat(worse.referralRules()).containsExactly(rule("followUp.referral.worseComplication"));
    assertThat(worse.referralCheckBy()).contains(DAY.plusDays(14));
  }

  @Test
  void aComplicationTakesPrecedenceAndEveryRuleIsGiven() {
    VisitAssessment a = assess(visit(50, 150, 95)
            .complication(ComplicationChange.NEW).adverseReaction(AdverseReaction.CONTROLLABLE),
        PreviousVisit.none());
    assertThat(a.classification()).isEqualTo(VisitClassification.COMPLICATION);
    assertThat(a.atTarget()).isFalse();
    assertThat(a.referralRules()).containsExactly(rule("followUp.referral.newComplication"));
    assertThat(a.nextVisitRules()).containsExactly(
        rule("followUp.next.unsatisfied", 14),
        rule("followUp.next.adverseReaction", 14),
        rule("followUp.next.referralCheck", 14));
  }

  @ParameterizedTest
  @CsvSource({
    "179, 109, NONE, ''",
    "180, 100, URGENT, followUp.urgent.systolic",
    "170, 110, URGENT, followUp.urgent.diastolic",
    "185, 115, URGENT, followUp.urgent.systolic followUp.urgent.diastolic"
  })
  void urgentReferralAtOneHundredEightyOrOneHundredTen(int s, int d, Referral expected, String rules) {
    VisitAssessment a = assess(visit(50, s, d));
    assertThat(a.referral()).isEqualTo(expected);
    assertThat(a.referralRules()).extracting(AppliedRule::rule)
        .containsExactly(rules.isEmpty() ? new String[0] : rules.split(" "));
  }

  @Test
  void urgentRulesCiteTheirLimits() {
    VisitAssessment a = assess(visit(50, 185, 115));
    assertThat(a.referralRules()).containsExactly(
        rule("followUp.urgent.systolic", 180), rule("followUp.urgent.diastolic", 110));
    assertThat(a.nextVisit()).isEqualTo(DAY.plusDays(14));
    assertThat(a.referralCheckBy()).contains(DAY.plusDays(14));
  }

  @Test
  void anyDangerSignIsUrgent() {
    for (HypertensionDangerSign sign : HypertensionDangerSign.values()) {
      VisitAssessment a = assess(visit(50, 130, 80).addDangerSigns(sign));
      assertThat(a.referral()).as(sign.name()).isEqualTo(Referral.URGENT);
      assertThat(a.referralRules()).containsExactly(rule(sign.rule()));
      assertThat(a.classification()).isEqualTo(VisitClassification.SATISFIED);
    }
  }

  @Test
  void aHostCanNarrowTheDangerSigns() {
    HypertensionFollowUpRules narrow = HypertensionFollowUpRules.of(ControlTargets.defaults(),
        FollowUpCriteria.builder().addNonUrgentHypertensionSigns(HypertensionDangerSign.EYE_PAIN).build());
    HypertensionFindings eyePain = visit(50, 130, 80).addDangerSigns(HypertensionDangerSign.EYE_PAIN).build();
    assertThat(narrow.assess(eyePain, PreviousVisit.none(), ROUTINE).referral()).isEqualTo(Referral.NONE);
  }

  @ParameterizedTest
  @CsvSource({
    "true, 140, 85, URGENT",
    "true, 135, 90, URGENT",
    "true, 139, 89, NONE",
    "false, 150, 95, NONE"
  })
  void pregnantOrLactatingWithRaisedPressure(boolean pregnant, int s, int d, Referral expected) {
    VisitAssessment a = assess(visit(30, s, d).pregnantOrLactating(pregnant));
    assertThat(a.referral()).isEqualTo(expected);
    if (expected == Referral.URGENT) {
      assertThat(a.referralRules()).containsExactly(rule("hypertension.urgent.pregnancy", 140, 90));
    }
  }

  @Test
  void urgentRulesComeBeforeTheOthers() {
    VisitAssessment a = assess(visit(50, 182, 100).complication(ComplicationChange.WORSENED),
        PreviousVisit.of(VisitClassification.UNSATISFIED, 1));
    assertThat(a.referral()).isEqualTo(Referral.URGENT);
    assertThat(a.referralRules()).containsExactly(
        rule("followUp.urgent.systolic", 180),
        rule("followUp.referral.unsatisfiedVisits", 2),
        rule("followUp.referral.worseComplication"));
  }

  @Test
  void theLowerTargetAppliesOnlyWhenTheTableHasOneAndTheVisitSaysSo() {
    HypertensionFindings comorbid = visit(50, 135, 85).lowerTargetIndicated(true).build();
    assertThat(RULES.assess(comorbid, PreviousVisit.none(), ROUTINE).classification())
        .isEqualTo(VisitClassification.SATISFIED);
    HypertensionFollowUpRules rules2020 =
        HypertensionFollowUpRules.of(ControlTargets.primaryCare2020(), FollowUpCriteria.defaults());
    VisitAssessment a = rules2020.assess(comorbid, PreviousVisit.none(), ROUTINE);
    assertThat(a.classification()).isEqualTo(VisitClassification.UNSATISFIED);
    assertThat(a.classificationRule()).isEqualTo(rule("hypertension.class.unsatisfied", 130, 80));
  }

  @Test
  void the2025TargetsAreStricter() {
    HypertensionFollowUpRules rules2025 =
        HypertensionFollowUpRules.of(ControlTargets.primaryCare2025(), FollowUpCriteria.defaults());
    HypertensionFindings findings = visit(60, 135, 82).build();
    assertThat(rules2025.assess(findings, PreviousVisit.none(), ROUTINE).classification())
        .isEqualTo(VisitClassification.UNSATISFIED);
    assertThat(RULES.assess(findings, PreviousVisit.none(), ROUTINE).classification())
        .isEqualTo(VisitClassification.SATISFIED);
  }

  @Test
  void theRoutineIntervalWinsWhenShorter() {
    VisitAssessment a = RULES.assess(visit(50, 150, 95).build(), PreviousVisit.none(), 7);
    assertThat(a.nextVisit()).isEqualTo(DAY.plusDays(7));
    assertThat(a.nextVisitRules()).containsExactly(rule("followUp.next.routine", 7));
    VisitAssessment tie = RULES.assess(visit(50, 150, 95).build(), PreviousVisit.none(), 14);
    assertThat(tie.nextVisitRules()).containsExactly(rule("followUp.next.routine", 14), rule("followUp.next.unsatisfied", 14));
  }

  @Test
  void aHostCanAskForThreeUnsatisfiedVisits() {
    HypertensionFollowUpRules three = HypertensionFollowUpRules.of(ControlTargets.defaults(),
        FollowUpCriteria.builder().unsatisfiedVisitsForReferral(3).build());
    VisitAssessment second = three.assess(visit(50, 150, 95).build(),
        PreviousVisit.of(VisitClassification.UNSATISFIED, 1), ROUTINE);
    assertThat(second.referral()).isEqualTo(Referral.NONE);
    assertThat(second.nextVisitRules()).containsExactly(rule("followUp.next.unsatisfied", 14));
    VisitAssessment third = three.assess(visit(50, 150, 95).build(), PreviousVisit.from(second), ROUTINE);
    assertThat(third.referralRules()).containsExactly(rule("followUp.referral.unsatisfiedVisits", 3));
  }

  @Test
  void theRoutineIntervalMustBePositive() {
    assertThatThrownBy(() -> RULES.assess(visit(50, 130, 80).build(), PreviousVisit.none(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accessorsAndNulls() {
    assertThat(RULES.targets()).isEqualTo(ControlTargets.defaults());
    assertThat(RULES.criteria()).isEqualTo(FollowUpCriteria.defaults());
    assertThat(RULES).hasToString("HypertensionFollowUpRules[bphs-2017]");
    new NullPointerTester()
        .setDefault(ControlTargets.class, ControlTargets.defaults())
        .setDefault(FollowUpCriteria.class, FollowUpCriteria.defaults())
        .setDefault(HypertensionFindings.class, visit(50, 130, 80).build())
        .setDefault(PreviousVisit.class, PreviousVisit.none())
        .testAllPublicStaticMethods(HypertensionFollowUpRules.class);
    new NullPointerTester()
        .setDefault(HypertensionFindings.class, visit(50, 130, 80).build())
        .setDefault(PreviousVisit.class, PreviousVisit.none())
        .setDefault(int.class, 90)
        .testAllPublicInstanceMethods(RULES);
  }
}
