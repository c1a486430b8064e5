package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The facts behind the per-child reporting inputs ({@link ChildCoverage}) that the reference gives
 * only from one source, as data a host can override: the age by which the vaccination certificate
 * is due (§2 "The certificate is due within 1 month of birth" [S] CERT) and the age from which a
 * resident is no longer a child of the programme (catch-up covers people under 18, §1 [S] TP-N),
 * and the age before which the HepB birth dose is timely (within 24 hours, §2 及时接种率 [S] HBVK).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageRules.class)
@JsonDeserialize(as = ImmutableCoverageRules.class)
public abstract class CoverageRules {
  private static final CoverageRules DEFAULTS = builder().build();

  CoverageRules() {}

  /** @return a new builder; unset attributes take the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the defaults: certificate within 1 month of birth, children under 18 years, HepB birth dose within 24 h */
  public static CoverageRules defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the age by which the certificate is issued on time (建证及时): issued before the child
   * reaches this age plus one day, that is on or before the day the child turns 1 month.
   *
   * @return 1 month by default, §2 [S] CERT
   */
  @Value.Default
  public ProgrammeAge certificateWithin() {
    return ProgrammeAge.ofMonths(1);
  }

  /**
   * Returns the age from which a resident is no longer counted as a child of the programme.
   *
   * @return 18 years by default, §1 "Catch-up, general" [S] TP-N
   */
  @Value.Default
  public ProgrammeAge childrenUnder() {
    return ProgrammeAge.ofYears(18);
  }

  /**
   * Returns the age before which the HepB birth dose is timely, in place of the schedule's
   * "complete before" age (the series' first, dose 3 before 12 months).
   *
   * @return by default {@code P2D}: the birth dose within 24 hours (§2 及时接种率 [S] HBVK) — dates
   *     carry no time, so a dose dated the day after birth may still be within 24 hours and counts as
   *     timely
   */
  @Value.Default
  public ProgrammeAge hepBBirthDoseBefore() {
    return ProgrammeAge.ofDays(2);
  }

  /** Builds {@link CoverageRules}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableCoverageRules.Builder {
    Builder() {}
  }
}
