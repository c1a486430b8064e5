package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.validation.RuleViolationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The rules of severe-mental-disorder management (§6.4), with the intervals as data because the
 * sources conflict:
 *
 * <ul>
 *   <li>{@link #defaults()} — the 2017 specification: unstable 14 days ("followed up ≤ 2 weeks"
 *       [C]), basically stable 14 days ("observe 2 weeks", [U]), stable 90 days ("3 months" [C]);
 *   <li>{@link #workNorm2018()} — the minimum intervals of another source (likely the 2018 work
 *       norm): unstable 7, basically stable 60, stable 90 days [S].
 * </ul>
 *
 * <p>Classification, the first that holds: {@code smi.class.unstable.risk} (risk 3–5; argument:
 * the level 3), {@code smi.class.unstable.clinical} (florid symptoms, no insight, acute adverse
 * reaction or serious physical illness), {@code smi.class.basicallyStable.risk} (risk 1–2), {@code
 * smi.class.basicallyStable.domain} (one domain poor, or not yet recovered), {@code
 * smi.class.stable}. Then {@code smi.referral.urgent} (argument: 3) for risk 3–5, and {@code
 * smi.nextVisit} (argument: the days). Yearly (规范管理, §6.4 [C]): at least {@link
 * #minVisitsPerYear()} (4) follow-ups in the year, each with a risk assessment — {@code
 * smi.standard.met} or {@code smi.visits.tooFew} (the count, the minimum).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSmiPolicy.class)
@JsonDeserialize(as = ImmutableSmiPolicy.class)
public abstract class SmiPolicy {
  static final String UNSTABLE_RISK = "smi.class.unstable.risk";
  static final String UNSTABLE_CLINICAL = "smi.class.unstable.clinical";
  static final String BASIC_RISK = "smi.class.basicallyStable.risk";
  static final String BASIC_DOMAIN = "smi.class.basicallyStable.domain";
  static final String STABLE = "smi.class.stable";
  static final String URGENT = "smi.referral.urgent";
  static final String NEXT = "smi.nextVisit";
  static final String MET = "smi.standard.met";
  static final String TOO_FEW = "smi.visits.tooFew";
  /** The service id of the next follow-up in {@link DueService}. */
  public static final String SERVICE = "smi.followUp";

  SmiPolicy() {}

  /** @return the 2017 specification's intervals (default) */
  public static SmiPolicy defaults() {
    return builder().unstableIntervalDays(14).basicallyStableIntervalDays(14).stableIntervalDays(90)
        .minVisitsPerYear(4).lateDays(0).build();
  }

  /** @return the conflicting source's minimum intervals: 7 / 60 / 90 days [S] */
  public static SmiPolicy workNorm2018() {
    return builder().unstableIntervalDays(7).basicallyStableIntervalDays(60).stableIntervalDays(90)
        .minVisitsPerYear(4).lateDays(0).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return days to the next follow-up when unstable */
  public abstract int unstableIntervalDays();

  /** @return days to the next follow-up when basically stable */
  public abstract int basicallyStableIntervalDays();

  /** @return days to the next follow-up when stable */
  public abstract int stableIntervalDays();

  /** @return the follow-ups a year for standard management (4 [C]) */
  public abstract int minVisitsPerYear();

  /** @return days after the next visit before the patient is overdue (0 [U]) */
  public abstract int lateDays();

  @Value.Check
  void check() {
    if (unstableIntervalDays() < 1 || basicallyStableIntervalDays() < 1 || stableIntervalDays() < 1
        || minVisitsPerYear() < 0 || lateDays() < 0) {
      throw RuleViolationException.of("smiPolicy", "smi.policy.invalid");
    }
  }

  /**
   * Classifies a follow-up and sets the actions and the next visit.
   *
   * @param f the follow-up
   * @return the assessment
   */
  public SmiAssessment assess(SmiFollowUp f) {
    Objects.requireNonNull(f, "f");
    List<AppliedRule> rules = new ArrayList<>();
    SmiClassification c;
    Set<SmiAction> actions = EnumSet.noneOf(SmiAction.class);
    int days;
    int risk = f.riskLevel().level();
    if (f.riskLevel().urgentReferral() || f.floridSymptoms() || f.noInsight() || f.acuteAdverseReaction()
        || f.seriousPhysicalIllness()) {
      c = SmiClassification.UNSTABLE;
      rules.add(f.riskLevel().urgentReferral() ? AppliedRule.of(UNSTABLE_RISK, 3) : AppliedRule.of(UNSTABLE_CLINICAL));
      actions.addAll(EnumSet.of(SmiAction.URGENT_REFERRAL, SmiAction.POLICE_IF_NEEDED, SmiAction.JOINT_FOLLOW_UP));
      days = unstableIntervalDays();
    } else if (risk >= 1 || f.oneDomainPoor() || !f.recovered()) {
      c = SmiClassification.BASICALLY_STABLE;
      rules.add(risk >= 1 ? AppliedRule.of(BASIC_RISK) : AppliedRule.of(BASIC_DOMAIN));
      actions.add(SmiAction.ADJUST_AND_OBSERVE);
      days = basicallyStableIntervalDays();
    } else {
      c = SmiClassification.STABLE;
      rules.add(AppliedRule.of(STABLE));
      actions.add(SmiAction.ROUTINE_FOLLOW_UP);
      days = stableIntervalDays();
    }
    if (f.riskLevel().urgentReferral()) {
      rules.add(AppliedRule.of(URGENT, 3));
    }
    rules.add(AppliedRule.of(NEXT, days));
    return ImmutableSmiAssessment.builder().classification(c).addAllActions(actions)
        .urgentReferral(f.riskLevel().urgentReferral()).nextVisit(f.date().plusDays(days)).addAllRules(rules).build();
  }

  /**
   * Returns the next follow-up's window after the latest one: due from its next visit, overdue
   * more than {@link #lateDays()} after it.
   *
   * @param latest the latest follow-up
   * @return the window
   */
  public ServiceWindow nextWindow(SmiFollowUp latest) {
    SmiAssessment a = assess(latest);
    return ServiceWindow.of(a.nextVisit(), a.nextVisit(), a.nextVisit().plusDays(lateDays()));
  }

  /**
   * Returns a patient's input to 严重精神障碍患者规范管理率 for a year (the caller counts registered
   * patients in the denominator).
   *
   * @param archive the archive
   * @param followUps the patient's follow-ups, any year
   * @param year the calendar year
   * @return the status
   */
  public IndicatorStatus yearlyStatus(ArchiveNumber archive, Iterable<SmiFollowUp> followUps, int year) {
    Objects.requireNonNull(archive, "archive");
    int n = 0;
    for (SmiFollowUp f : followUps) {
      if (f.date().getYear() == year) {
        n++;
      }
    }
    boolean met = n >= minVisitsPerYear();
    return IndicatorStatus.of(archive, PopulationIndicator.SEVERE_MENTAL_DISORDER_STANDARD_MANAGEMENT, year, true, met,
        List.of(met ? AppliedRule.of(MET, minVisitsPerYear()) : AppliedRule.of(TOO_FEW, n, minVisitsPerYear())));
  }

  /** Builds {@link SmiPolicy}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableSmiPolicy.Builder {
    Builder() {}
  }
}
