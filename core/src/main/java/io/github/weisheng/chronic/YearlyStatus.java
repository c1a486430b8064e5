package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A patient's management in one calendar year (年度管理状况): how many face-to-face follow-ups, whether
 * management met the specification (规范管理), and whether the latest reading of the year is at
 * target (控制) — each with the rules that decided it, a reason when not met. The per-patient input
 * of the standard management rate (规范管理率) and the control rate (控制率). Computed by {@link
 * #assess} from an enrolment's visits; {@link FollowUpService#yearlyStatus} reads them from the store.
 *
 * <p>Rules (domain reference §3 KPIs, §4 KPIs), with the tables of {@link ChronicCarePolicy}:
 *
 * <ul>
 *   <li><b>managed to standard</b>: at least {@link ChronicCarePolicy#minFaceToFaceVisits()} (4 [C])
 *       face-to-face follow-ups dated in the year, and no gap between consecutive ones longer than
 *       {@link ChronicCarePolicy#maxFaceToFaceGapDays()} (90 days [S], "≥ 1 follow-up per 90 days";
 *       0 turns it off). Met: {@code yearly.standard.met} (arguments: the minimum, the gap). Not met:
 *       {@code yearly.visits.tooFew} (the count, the minimum) and/or {@code yearly.visits.gap} (the
 *       longest gap, the limit). Phone follow-ups do not count (§3 "face-to-face" [C]);
 *   <li><b>controlled</b>: the latest follow-up of the year (any mode) at target — hypertension: the
 *       blood pressure against {@link ControlTargets#bloodPressureTarget} for the age on that visit
 *       ({@code yearly.bloodPressure.controlled} / {@code yearly.bloodPressure.notControlled},
 *       arguments: the target); diabetes: FPG below {@link ControlTargets#fastingGlucoseBelow()}
 *       ({@code yearly.glucose.controlled} / {@code yearly.glucose.notControlled}). No follow-up in
 *       the year is not controlled ({@code yearly.noVisit}; "lost to follow-up counts as not
 *       controlled" [U]).
 * </ul>
 *
 * <p>The reference does not say how to count a patient enrolled during the year; the minimum is
 * not prorated [U].
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearlyStatus.class)
@JsonDeserialize(as = ImmutableYearlyStatus.class)
public abstract class YearlyStatus {
  static final String MET = "yearly.standard.met";
  static final String TOO_FEW = "yearly.visits.tooFew";
  static final String GAP = "yearly.visits.gap";
  static final String BP_CONTROLLED = "yearly.bloodPressure.controlled";
  static final String BP_NOT_CONTROLLED = "yearly.bloodPressure.notControlled";
  static final String FPG_CONTROLLED = "yearly.glucose.controlled";
  static final String FPG_NOT_CONTROLLED = "yearly.glucose.notControlled";
  static final String NO_VISIT = "yearly.noVisit";

  YearlyStatus() {}

  /** @return the enrolment */
  public abstract EnrolmentId enrolment();

  /** @return the patient's archive */
  public abstract ArchiveNumber archive();

  /** @return the condition */
  public abstract ChronicCondition condition();

  /** @return the calendar year */
  public abstract int year();

  /** @return the face-to-face follow-ups dated in the year (面对面随访次数) */
  public abstract int faceToFaceVisits();

  /**
   * Returns every follow-up dated in the year, phone ones included (随访人次: the work summaries'
   * "高血压随访7644人次"), at least {@link #faceToFaceVisits()}.
   *
   * @return the follow-ups of the year
   */
  public abstract int visits();

  /** @return the date of the latest follow-up of the year, when there was one */
  public abstract Optional<LocalDate> latestVisit();

  /** @return whether management met the specification this year (规范管理) */
  public abstract boolean managedToStandard();

  /** @return the rules behind {@link #managedToStandard()}: {@code yearly.standard.met}, or every reason it was not */
  public abstract List<AppliedRule> standardRules();

  /** @return whether the latest reading of the year was at target (血压/血糖控制) */
  public abstract boolean controlled();

  /** @return the rule behind {@link #controlled()} */
  public abstract AppliedRule controlRule();

  /**
   * Computes a year's status from an enrolment's visits.
   *
   * @param enrolment the enrolment (hypertension or type 2 diabetes)
   * @param visits its visits, in any order; those of other years and other enrolments are ignored
   * @param year the calendar year
   * @param policy the tables
   * @return the status
   */
  public static YearlyStatus assess(
      Enrolment enrolment, Iterable<FollowUpVisit> visits, int year, ChronicCarePolicy policy) {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(visits, "visits");
    List<FollowUpVisit> ofYear = new ArrayList<>();
    for (FollowUpVisit v : visits) {
      if (v.enrolment().equals(enrolment.id()) && v.visitDate().getYear() == year) {
        ofYear.add(v);
      }
    }
    ofYear.sort(Comparator.comparing(FollowUpVisit::visitDate));
    List<LocalDate> faceToFace = new ArrayList<>();
    for (FollowUpVisit v : ofYear) {
      if (v.faceToFace()) {
        faceToFace.add(v.visitDate());
      }
    }
    return assess(enrolment, faceToFace, ofYear.size(),
        ofYear.isEmpty() ? Optional.empty() : Optional.of(ofYear.get(ofYear.size() - 1)), year, policy);
  }

  /**
   * Computes a year's status from what a store's index tells of an enrolment's follow-ups — how
   * many there were and the dates of the face-to-face ones — and the latest follow-up in full: the
   * same status as {@link #assess(Enrolment, Iterable, int, ChronicCarePolicy)} on every visit,
   * without reading every visit (only the latest one's readings decide control).
   *
   * @param enrolment the enrolment (hypertension or type 2 diabetes)
   * @param faceToFaceDates the dates of the enrolment's face-to-face follow-ups in the year, in any order
   * @param visits how many follow-ups the enrolment had in the year, phone ones included
   * @param latest the year's latest follow-up (of those on the latest date, the last recorded), empty
   *     when there was none
   * @param year the calendar year
   * @param policy the tables
   * @return the status
   * @throws IllegalArgumentException when the parts disagree: a date or the latest visit outside the
   *     year, the latest visit of another enrolment, fewer visits than face-to-face dates, or a latest
   *     visit present exactly when there were none
   */
  public static YearlyStatus assess(Enrolment enrolment, List<LocalDate> faceToFaceDates, int visits,
      Optional<FollowUpVisit> latest, int year, ChronicCarePolicy policy) {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(faceToFaceDates, "faceToFaceDates");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(policy, "policy");
    if (visits < faceToFaceDates.size() || latest.isPresent() != (visits > 0)
        || faceToFaceDates.stream().anyMatch(d -> d.getYear() != year)
        || latest.filter(v -> v.visitDate().getYear() != year || !v.enrolment().equals(enrolment.id())).isPresent()) {
      throw new IllegalArgumentException(
          "the visit count, face-to-face dates and latest visit disagree / 随访次数、面对面随访日期与最近一次随访不一致");
    }
    List<LocalDate> faceToFace = faceToFaceDates.stream().sorted().toList();
    long longestGap = 0;
    for (int i = 1; i < faceToFace.size(); i++) {
      longestGap = Math.max(longestGap, ChronoUnit.DAYS.between(faceToFace.get(i - 1), faceToFace.get(i)));
    }
    int min = policy.minFaceToFaceVisits();
    int maxGap = policy.maxFaceToFaceGapDays();
    List<AppliedRule> standard = new ArrayList<>();
    if (faceToFace.size() < min) {
      standard.add(AppliedRule.of(TOO_FEW, faceToFace.size(), min));
    }
    if (maxGap > 0 && longestGap > maxGap) {
      standard.add(AppliedRule.of(GAP, longestGap, maxGap));
    }
    boolean met = standard.isEmpty();
    if (met) {
      standard.add(AppliedRule.of(MET, min, maxGap));
    }

    boolean controlled;
    AppliedRule controlRule;
    if (latest.isEmpty()) {
      controlled = false;
      controlRule = AppliedRule.of(NO_VISIT, year);
    } else {
      FollowUpVisit last = latest.get();
      ControlTargets targets = policy.targets();
      if (enrolment.condition() == ChronicCondition.TYPE_2_DIABETES) {
        String target = targets.fastingGlucoseBelow().mmolPerLitre().toPlainString();
        controlled = last.form().fastingGlucose().map(targets::isAtTarget).orElse(false);
        controlRule = AppliedRule.of(controlled ? FPG_CONTROLLED : FPG_NOT_CONTROLLED, target);
      } else {
        BloodPressureTarget target =
            targets.bloodPressureTarget(last.ageAtVisit(), last.form().lowerTargetIndicated());
        controlled = last.form().bloodPressure().map(target::isMetBy).orElse(false);
        controlRule = AppliedRule.of(controlled ? BP_CONTROLLED : BP_NOT_CONTROLLED,
            target.systolicBelow(), target.diastolicBelow());
      }
    }
    ImmutableYearlyStatus.Builder b = ImmutableYearlyStatus.builder()
        .enrolment(enrolment.id())
        .archive(enrolment.archive())
        .condition(enrolment.condition())
        .year(year)
        .faceToFaceVisits(faceToFace.size())
        .visits(visits)
        .managedToStandard(met)
        .addAllStandardRules(standard)
        .controlled(controlled)
        .controlRule(controlRule);
    latest.ifPresent(v -> b.latestVisit(v.visitDate()));
    return b.build();
  }
}
