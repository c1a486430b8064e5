package io.github.weisheng.chronic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-visit rules of hypertension management (高血压患者随访评估与分类干预), domain reference §3
 * "Classification per visit" and "Emergency referral" [C]:
 *
 * <ul>
 *   <li><b>classification</b> ({@link VisitClassification}): a new or worse complication →
 *       {@code followUp.class.complication}; else an adverse drug reaction → {@code
 *       followUp.class.adverseReaction}; else the reading against the patient's target ({@link
 *       ControlTargets}; age on the visit date): {@code hypertension.class.satisfied} or {@code
 *       hypertension.class.unsatisfied} (arguments: the target);
 *   <li><b>next visit</b>: the routine interval ({@code followUp.next.routine}, the tier's interval
 *       passed in), or sooner: ≤ 2 weeks after a first unsatisfactory visit ({@code
 *       followUp.next.unsatisfied}) or a controllable adverse reaction ({@code
 *       followUp.next.adverseReaction}); ≤ 2 weeks to check a referral ({@code
 *       followUp.next.referralCheck}); the earliest applies;
 *   <li><b>referral</b>: two consecutive visits not at target ({@code
 *       followUp.referral.unsatisfiedVisits}), an uncontrollable reaction ({@code
 *       followUp.referral.adverseReaction}), a new ({@code followUp.referral.newComplication}) or
 *       worse complication ({@code followUp.referral.worseComplication});
 *   <li><b>urgent referral</b>: SBP ≥ 180 ({@code followUp.urgent.systolic}) and/or DBP ≥ 110
 *       ({@code followUp.urgent.diastolic}); a pregnant or lactating patient with raised BP ({@code
 *       hypertension.urgent.pregnancy}); any danger sign ({@link HypertensionDangerSign#rule()}).
 * </ul>
 *
 * <p>The limits and intervals come from {@link FollowUpCriteria}; the targets from {@link
 * ControlTargets}; both are data the host can replace.
 *
 * @since 0.1.0
 */
public final class HypertensionFollowUpRules {
  static final String SATISFIED = "hypertension.class.satisfied";
  static final String UNSATISFIED = "hypertension.class.unsatisfied";
  static final String URGENT_PREGNANCY = "hypertension.urgent.pregnancy";

  private static final HypertensionFollowUpRules DEFAULTS =
      new HypertensionFollowUpRules(ControlTargets.defaults(), FollowUpCriteria.defaults());

  private final ControlTargets targets;
  private final FollowUpCriteria criteria;

  private HypertensionFollowUpRules(ControlTargets targets, FollowUpCriteria criteria) {
    this.targets = targets;
    this.criteria = criteria;
  }

  /**
   * Returns the rules with the default targets and criteria.
   *
   * @return the rules
   */
  public static HypertensionFollowUpRules defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the rules with a host's targets and criteria.
   *
   * @param targets the control targets
   * @param criteria the follow-up criteria
   * @return the rules
   */
  public static HypertensionFollowUpRules of(ControlTargets targets, FollowUpCriteria criteria) {
    return new HypertensionFollowUpRules(
        Objects.requireNonNull(targets, "targets"), Objects.requireNonNull(criteria, "criteria"));
  }

  /** @return the control targets */
  public ControlTargets targets() {
    return targets;
  }

  /** @return the follow-up criteria */
  public FollowUpCriteria criteria() {
    return criteria;
  }

  /**
   * Assesses a follow-up visit.
   *
   * @param findings what the visit found
   * @param previous the previous visit, or {@link PreviousVisit#none()}
   * @param routineIntervalDays the routine follow-up interval of the patient's tier, in days (for
   *     example {@link TierPolicy#cadence(ManagementTier)}), at least 1
   * @return the assessment, with the rules that produced it
   */
  public VisitAssessment assess(HypertensionFindings findings, PreviousVisit previous, int routineIntervalDays) {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(previous, "previous");
    BloodPressure reading = findings.bloodPressure();
    BloodPressureTarget target = targets.bloodPressureTarget(findings.age(), findings.lowerTargetIndicated());
    boolean atTarget = target.isMetBy(reading);
    AppliedRule targetRule =
        AppliedRule.of(atTarget ? SATISFIED : UNSATISFIED, target.systolicBelow(), target.diastolicBelow());

    List<AppliedRule> urgent = new ArrayList<>();
    FollowUpDecision.urgentBloodPressure(reading, criteria, urgent);
    if (findings.pregnantOrLactating()
        && reading.atLeast(criteria.pregnancyRaisedSystolicFrom(), criteria.pregnancyRaisedDiastolicFrom())) {
      urgent.add(AppliedRule.of(URGENT_PREGNANCY,
          criteria.pregnancyRaisedSystolicFrom(), criteria.pregnancyRaisedDiastolicFrom()));
    }
    Set<HypertensionDangerSign> urgentSigns = criteria.hypertensionUrgentSigns();
    for (HypertensionDangerSign sign : HypertensionDangerSign.values()) {
      if (findings.dangerSigns().contains(sign) && urgentSigns.contains(sign)) {
        urgent.add(AppliedRule.of(sign.rule()));
      }
    }
    return FollowUpDecision.decide(findings.visitDate(), atTarget, targetRule, findings.adverseReaction(),
        findings.complication(), previous, routineIntervalDays, criteria, urgent);
  }

  @Override
  public String toString() {
    return "HypertensionFollowUpRules[" + targets.name() + "]";
  }
}
