package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import org.immutables.value.Value;

/**
 * Every table the follow-up service, the yearly status and the worklists apply (慢病管理规则), in
 * one value a host sets on the entry point ({@code CommunityHealth.builder().chronicCarePolicy(…)})
 * per province or county. {@link #builder()} starts from the defaults; change only what differs.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>Attribute</th><th>Default</th><th>Source</th></tr>
 *   <tr><td>{@link #targets()}</td><td>{@link ControlTargets#defaults()}</td><td>§3 Targets [S], §4 [C]</td></tr>
 *   <tr><td>{@link #criteria()}</td><td>{@link FollowUpCriteria#defaults()}</td><td>§3, §4 [C]/[U]</td></tr>
 *   <tr><td>{@link #tiers()}</td><td>{@link TierPolicy#defaults()}</td><td>§5.3 [S], windows [U]</td></tr>
 *   <tr><td>{@link #diabetesLevels()}</td><td>{@link DiabetesManagementPolicy#defaults()}</td><td>§5.3 [S]</td></tr>
 *   <tr><td>{@link #minFaceToFaceVisits()}</td><td>4 a year</td><td>§3 "at least 4 face-to-face
 *       visits a year", §4 [C]</td></tr>
 *   <tr><td>{@link #maxFaceToFaceGapDays()}</td><td>90 days</td><td>§3 KPIs "规范 operationalised:
 *       ≥ 1 follow-up per 90 days" [S] (vendor PHP)</td></tr>
 *   <tr><td>{@link #firstVisitCadence()}</td><td>every 90 days (−14/+14)</td><td>[U]: the reference
 *       does not say when the first follow-up after enrolment is due; the routine cadence of the
 *       lightest tier</td></tr>
 *   <tr><td>{@link #lostToFollowUpDays()}</td><td>180 days</td><td>[U]: no definition of 失访 in the
 *       reference (§1.3 names it as a reason only); two missed quarterly visits</td></tr>
 *   <tr><td>{@link #healthCheckEvery()}</td><td>1 year</td><td>§3 "Annual health check: once a year"
 *       [C]</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChronicCarePolicy.class)
@JsonDeserialize(as = ImmutableChronicCarePolicy.class)
public abstract class ChronicCarePolicy {
  private static final ChronicCarePolicy DEFAULTS = builder().build();

  ChronicCarePolicy() {}

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the defaults (see above).
   *
   * @return the defaults
   */
  public static ChronicCarePolicy defaults() {
    return DEFAULTS;
  }

  /** @return the control targets a visit and the yearly control status are judged against */
  @Value.Default
  public ControlTargets targets() {
    return ControlTargets.defaults();
  }

  /** @return the follow-up criteria: early review, referral, urgent referral */
  @Value.Default
  public FollowUpCriteria criteria() {
    return FollowUpCriteria.defaults();
  }

  /** @return the hypertension tier table (分级管理) */
  @Value.Default
  public TierPolicy tiers() {
    return TierPolicy.defaults();
  }

  /** @return the diabetes management levels */
  @Value.Default
  public DiabetesManagementPolicy diabetesLevels() {
    return DiabetesManagementPolicy.defaults();
  }

  /** @return the face-to-face follow-ups a year that managing to standard (规范管理) needs */
  @Value.Default
  public int minFaceToFaceVisits() {
    return 4;
  }

  /**
   * The longest allowed gap between consecutive face-to-face follow-ups of a year, in days, for
   * managing to standard; 0 turns the rule off.
   *
   * @return the days
   */
  @Value.Default
  public int maxFaceToFaceGapDays() {
    return 90;
  }

  /** @return the cadence of a patient enrolled but not yet seen face to face, from the enrolment date */
  @Value.Default
  public FollowUpCadence firstVisitCadence() {
    return FollowUpCadence.of(90, 14, 14);
  }

  /**
   * A patient with no face-to-face follow-up for more than this many days (since the last one, or
   * since enrolment) is lost to follow-up (失访) on the worklist.
   *
   * @return the days
   */
  @Value.Default
  public int lostToFollowUpDays() {
    return 180;
  }

  /** @return how often a managed patient has a health check (健康体检), in whole months */
  @Value.Default
  public Period healthCheckEvery() {
    return Period.ofYears(1);
  }

  /** @return the hypertension rules with these targets and criteria */
  public HypertensionFollowUpRules hypertensionRules() {
    return HypertensionFollowUpRules.of(targets(), criteria());
  }

  /** @return the diabetes rules with these targets and criteria */
  public DiabetesFollowUpRules diabetesRules() {
    return DiabetesFollowUpRules.of(targets(), criteria());
  }

  @Value.Check
  void check() {
    if (minFaceToFaceVisits() < 1 || maxFaceToFaceGapDays() < 0 || lostToFollowUpDays() < 1
        || healthCheckEvery().toTotalMonths() < 1 || healthCheckEvery().getDays() != 0) {
      throw new IllegalArgumentException("visits and the lost-to-follow-up days must be positive, the gap not"
          + " negative, the health-check period whole months / 随访次数和失访天数须为正数，间隔不能为负，体检周期须为整月");
    }
  }

  /** Builds {@link ChronicCarePolicy}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableChronicCarePolicy.Builder {
    Builder() {}
  }
}
