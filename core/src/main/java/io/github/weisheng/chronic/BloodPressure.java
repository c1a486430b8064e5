package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.validation.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A blood-pressure reading (血压), systolic over diastolic in whole mmHg, as recorded on the
 * follow-up and health-check forms (domain reference §3).
 *
 * <p>Physiologically impossible readings are rejected, every broken rule at once (fields {@code
 * bloodPressure.systolic} / {@code bloodPressure.diastolic}, or the field of the form that holds
 * the reading):
 *
 * <ul>
 *   <li>{@code bloodPressure.systolic.range}: systolic {@value #MIN_SYSTOLIC}–{@value
 *       #MAX_SYSTOLIC} mmHg;
 *   <li>{@code bloodPressure.diastolic.range}: diastolic {@value #MIN_DIASTOLIC}–{@value
 *       #MAX_DIASTOLIC} mmHg;
 *   <li>{@code bloodPressure.systolicAboveDiastolic}: systolic strictly above diastolic.
 * </ul>
 *
 * <p>The bounds are Weisheng's plausibility limits for a reading in primary care, not a rule of the
 * reference: wide enough for hypertensive crises (the urgent-referral threshold is 180/110) and for
 * shock, narrow enough to catch swapped fields and typing slips (1400 for 140).
 *
 * <p>A reading is health data: {@link #toString()} does not print it. JSON: {@code
 * {"systolic":138,"diastolic":88}}.
 *
 * @since 0.1.0
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class BloodPressure {
  /** The lowest plausible systolic pressure, mmHg. */
  public static final int MIN_SYSTOLIC = 50;
  /** The highest plausible systolic pressure, mmHg. */
  public static final int MAX_SYSTOLIC = 300;
  /** The lowest plausible diastolic pressure, mmHg. */
  public static final int MIN_DIASTOLIC = 30;
  /** The highest plausible diastolic pressure, mmHg. */
  public static final int MAX_DIASTOLIC = 200;

  static final String FIELD = "bloodPressure";

  private final int systolic;
  private final int diastolic;

  private BloodPressure(int systolic, int diastolic) {
    this.systolic = systolic;
    this.diastolic = diastolic;
  }

  /**
   * Returns a reading.
   *
   * @param systolic systolic pressure (收缩压), mmHg
   * @param diastolic diastolic pressure (舒张压), mmHg
   * @return the reading
   * @throws RuleViolationException when a rule above is broken (all broken rules are reported)
   */
  @JsonCreator
  public static BloodPressure of(
      @JsonProperty("systolic") int systolic, @JsonProperty("diastolic") int diastolic) {
    Violations v = new Violations();
    v.require(systolic >= MIN_SYSTOLIC && systolic <= MAX_SYSTOLIC,
        FIELD + ".systolic", "bloodPressure.systolic.range", MIN_SYSTOLIC, MAX_SYSTOLIC);
    v.require(diastolic >= MIN_DIASTOLIC && diastolic <= MAX_DIASTOLIC,
        FIELD + ".diastolic", "bloodPressure.diastolic.range", MIN_DIASTOLIC, MAX_DIASTOLIC);
    v.require(systolic > diastolic, FIELD, "bloodPressure.systolicAboveDiastolic");
    v.throwIfAny();
    return new BloodPressure(systolic, diastolic);
  }

  /** @return the systolic pressure (收缩压, SBP), mmHg */
  @JsonProperty("systolic")
  public int systolic() {
    return systolic;
  }

  /** @return the diastolic pressure (舒张压, DBP), mmHg */
  @JsonProperty("diastolic")
  public int diastolic() {
    return diastolic;
  }

  /**
   * Returns the category of the 2019 primary-care guideline: the higher of the systolic and the
   * diastolic categories (§3 BP grades [C]).
   *
   * @return the category
   */
  public BloodPressureCategory category() {
    return BloodPressureCategory.of(this);
  }

  /**
   * Tells whether this is isolated systolic hypertension (单纯收缩期高血压): SBP ≥ 140 and DBP &lt; 90
   * (§3 BP grades [C]).
   *
   * @return true when it is
   */
  public boolean isolatedSystolic() {
    return systolic >= BloodPressureCategory.GRADE_1.minSystolic()
        && diastolic < BloodPressureCategory.GRADE_1.minDiastolic();
  }

  /**
   * Tells whether the reading is at or above given limits in either pressure ("SBP ≥ s and/or DBP
   * ≥ d").
   *
   * @param systolicLimit the systolic limit, mmHg
   * @param diastolicLimit the diastolic limit, mmHg
   * @return true when SBP ≥ systolicLimit or DBP ≥ diastolicLimit
   */
  public boolean atLeast(int systolicLimit, int diastolicLimit) {
    return systolic >= systolicLimit || diastolic >= diastolicLimit;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BloodPressure b && systolic == b.systolic && diastolic == b.diastolic;
  }

  @Override
  public int hashCode() {
    return 31 * systolic + diastolic;
  }

  /** Returns {@code BloodPressure[***]}: a reading is health data and is not printed. */
  @Override
  public String toString() {
    return "BloodPressure[***]";
  }
}
