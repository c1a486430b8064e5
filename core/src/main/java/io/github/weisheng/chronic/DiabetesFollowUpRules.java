package io.github.weisheng.chronic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-visit rules of type 2 diabetes management (2型糖尿病患者随访评估与分类干预), domain reference
 * §4: the same shape as {@link HypertensionFollowUpRules} ("as HTN" [U]) with the glucose target.
 *
 * <ul>
 *   <li><b>classification</b>: complication, then adverse reaction, then the fasting glucose against
 *       {@link ControlTargets#fastingGlucoseBelow()} (FPG &lt; 7.0 [C]): {@code
 *       diabetes.class.satisfied} or {@code diabetes.class.unsatisfied} (argument: the target);
 *   <li><b>next visit</b> and <b>referral</b>: as for hypertension ({@code followUp.next.*}, {@code
 *       followUp.referral.*}) [U];
 *   <li><b>urgent referral</b>: FPG ≥ 16.7 ({@code diabetes.urgent.glucoseHigh}) or ≤ 3.9 mmol/L
 *       ({@code diabetes.urgent.glucoseLow}); SBP ≥ 180 and/or DBP ≥ 110 when measured ({@code
 *       followUp.urgent.systolic}, {@code followUp.urgent.diastolic}) [C]; any danger sign ({@link
 *       DiabetesDangerSign#rule()}, list [U]).
 * </ul>
 *
 * @since 0.1.0
 */
public final class DiabetesFollowUpRules {
  static final String SATISFIED = "diabetes.class.satisfied";
  static final String UNSATISFIED = "diabetes.class.unsatisfied";
  static final String URGENT_HIGH = "diabetes.urgent.glucoseHigh";
  static final String URGENT_LOW = "diabetes.urgent.glucoseLow";

  private static final DiabetesFollowUpRules DEFAULTS =
      new DiabetesFollowUpRules(ControlTargets.defaults(), FollowUpCriteria.defaults());

  private final ControlTargets targets;
  private final FollowUpCriteria criteria;

  private DiabetesFollowUpRules(ControlTargets targets, FollowUpCriteria criteria) {
    this.targets = targets;
    this.criteria = criteria;
  }

  /**
   * Returns the rules with the default targets and criteria.
   *
   * @return the rules
   */
  public static DiabetesFollowUpRules defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the rules with a host's targets and criteria.
   *
   * @param targets the control targets (only the glucose target is used)
   * @param criteria the follow-up criteria
   * @return the rules
   */
  public static DiabetesFollowUpRules of(ControlTargets targets, FollowUpCriteria criteria) {
    return new DiabetesFollowUpRules(
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
   * @param routineIntervalDays the routine follow-up interval, in days (for example {@link
   *     DiabetesManagementPolicy#cadence(DiabetesManagementLevel)}), at least 1
   * @return the assessment, with the rules that produced it
   */
  public VisitAssessment assess(DiabetesFindings findings, PreviousVisit previous, int routineIntervalDays) {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(previous, "previous");
    FastingGlucose glucose = findings.fastingGlucose();
    boolean atTarget = targets.isAtTarget(glucose);
    AppliedRule targetRule = AppliedRule.of(atTarget ? SATISFIED : UNSATISFIED,
        targets.fastingGlucoseBelow().mmolPerLitre().toPlainString());

    List<AppliedRule> urgent = new ArrayList<>();
    if (glucose.compareTo(criteria.urgentGlucoseFrom()) >= 0) {
      urgent.add(AppliedRule.of(URGENT_HIGH, criteria.urgentGlucoseFrom().mmolPerLitre().toPlainString()));
    }
    if (glucose.compareTo(criteria.urgentGlucoseUpTo()) <= 0) {
      urgent.add(AppliedRule.of(URGENT_LOW, criteria.urgentGlucoseUpTo().mmolPerLitre().toPlainString()));
    }
    findings.bloodPressure().ifPresent(bp -> FollowUpDecision.urgentBloodPressure(bp, criteria, urgent));
    Set<DiabetesDangerSign> urgentSigns = criteria.diabetesUrgentSigns();
    for (DiabetesDangerSign sign : DiabetesDangerSign.values()) {
      if (findings.dangerSigns().contains(sign) && urgentSigns.contains(sign)) {
        urgent.add(AppliedRule.of(sign.rule()));
      }
    }
    return FollowUpDecision.decide(findings.visitDate(), atTarget, targetRule, findings.adverseReaction(),
        findings.complication(), previous, routineIntervalDays, criteria, urgent);
  }

  @Override
  public String toString() {
    return "DiabetesFollowUpRules[" + targets.name() + "]";
  }
}
