package io.github.weisheng.chronic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the follow-up rules that hypertension and diabetes share (domain reference §3
 * classification table [C]; §4 "as HTN" [U]): classification by precedence, the unsatisfied streak,
 * the next visit and the referral.
 */
final class FollowUpDecision {
  static final String CLASS_ADVERSE_REACTION = "followUp.class.adverseReaction";
  static final String CLASS_COMPLICATION = "followUp.class.complication";
  static final String NEXT_ROUTINE = "followUp.next.routine";
  static final String NEXT_UNSATISFIED = "followUp.next.unsatisfied";
  static final String NEXT_ADVERSE_REACTION = "followUp.next.adverseReaction";
  static final String NEXT_REFERRAL_CHECK = "followUp.next.referralCheck";
  static final String REFER_UNSATISFIED = "followUp.referral.unsatisfiedVisits";
  static final String REFER_ADVERSE_REACTION = "followUp.referral.adverseReaction";
  static final String REFER_NEW_COMPLICATION = "followUp.referral.newComplication";
  static final String REFER_WORSE_COMPLICATION = "followUp.referral.worseComplication";
  static final String URGENT_SYSTOLIC = "followUp.urgent.systolic";
  static final String URGENT_DIASTOLIC = "followUp.urgent.diastolic";

  private FollowUpDecision() {}

  /** The urgent rules of a blood-pressure reading: SBP ≥ 180 and/or DBP ≥ 110 (§3, §4 [C]). */
  static void urgentBloodPressure(BloodPressure reading, FollowUpCriteria criteria, List<AppliedRule> urgent) {
    if (reading.systolic() >= criteria.urgentSystolicFrom()) {
      urgent.add(AppliedRule.of(URGENT_SYSTOLIC, criteria.urgentSystolicFrom()));
    }
    if (reading.diastolic() >= criteria.urgentDiastolicFrom()) {
      urgent.add(AppliedRule.of(URGENT_DIASTOLIC, criteria.urgentDiastolicFrom()));
    }
  }

  static VisitAssessment decide(
      LocalDate visitDate,
      boolean atTarget,
      AppliedRule targetRule,
      AdverseReaction reaction,
      ComplicationChange complication,
      PreviousVisit previous,
      int routineIntervalDays,
      FollowUpCriteria criteria,
      List<AppliedRule> urgent) {
    if (routineIntervalDays < 1) {
      throw new IllegalArgumentException("routineIntervalDays must be positive / 常规随访间隔须为正数");
    }
    VisitClassification classification;
    AppliedRule classificationRule;
    if (complication != ComplicationChange.NONE) {
      classification = VisitClassification.COMPLICATION;
      classificationRule = AppliedRule.of(CLASS_COMPLICATION);
    } else if (reaction.present()) {
      classification = VisitClassification.ADVERSE_REACTION;
      classificationRule = AppliedRule.of(CLASS_ADVERSE_REACTION);
    } else {
      classification = atTarget ? VisitClassification.SATISFIED : VisitClassification.UNSATISFIED;
      classificationRule = targetRule;
    }
    int streak = atTarget ? 0 : previous.unsatisfiedStreak() + 1;

    List<AppliedRule> referral = new ArrayList<>();
    if (streak >= criteria.unsatisfiedVisitsForReferral()) {
      referral.add(AppliedRule.of(REFER_UNSATISFIED, criteria.unsatisfiedVisitsForReferral()));
    }
    if (reaction == AdverseReaction.UNCONTROLLABLE) {
      referral.add(AppliedRule.of(REFER_ADVERSE_REACTION));
    }
    if (complication == ComplicationChange.NEW) {
      referral.add(AppliedRule.of(REFER_NEW_COMPLICATION));
    } else if (complication == ComplicationChange.WORSENED) {
      referral.add(AppliedRule.of(REFER_WORSE_COMPLICATION));
    }
    Referral level = !urgent.isEmpty() ? Referral.URGENT : !referral.isEmpty() ? Referral.REFERRAL : Referral.NONE;
    List<AppliedRule> referralRules = new ArrayList<>(urgent);
    referralRules.addAll(referral);

    // Each candidate: days after the visit, and the rule; the earliest wins.
    List<AppliedRule> candidates = new ArrayList<>();
    List<Integer> days = new ArrayList<>();
    candidates.add(AppliedRule.of(NEXT_ROUTINE, routineIntervalDays));
    days.add(routineIntervalDays);
    if (streak >= 1 && streak < criteria.unsatisfiedVisitsForReferral()) {
      candidates.add(AppliedRule.of(NEXT_UNSATISFIED, criteria.earlyReviewDays()));
      days.add(criteria.earlyReviewDays());
    }
    if (reaction == AdverseReaction.CONTROLLABLE) {
      candidates.add(AppliedRule.of(NEXT_ADVERSE_REACTION, criteria.earlyReviewDays()));
      days.add(criteria.earlyReviewDays());
    }
    if (level != Referral.NONE) {
      candidates.add(AppliedRule.of(NEXT_REFERRAL_CHECK, criteria.referralCheckDays()));
      days.add(criteria.referralCheckDays());
    }
    int soonest = days.stream().mapToInt(Integer::intValue).min().orElseThrow();
    List<AppliedRule> nextRules = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (days.get(i) == soonest) {
        nextRules.add(candidates.get(i));
      }
    }

    ImmutableVisitAssessment.Builder b = ImmutableVisitAssessment.builder()
        .visitDate(visitDate)
        .classification(classification)
        .classificationRule(classificationRule)
        .atTarget(atTarget)
        .unsatisfiedStreak(streak)
        .nextVisit(visitDate.plusDays(soonest))
        .addAllNextVisitRules(nextRules)
        .referral(level)
        .addAllReferralRules(referralRules);
    if (level != Referral.NONE) {
      b.referralCheckBy(visitDate.plusDays(criteria.referralCheckDays()));
    }
    return b.build();
  }
}
