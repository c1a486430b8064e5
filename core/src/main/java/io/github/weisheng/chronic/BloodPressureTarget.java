package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A blood-pressure control target (血压控制目标): a reading is at target when its systolic pressure is
 * below {@link #systolicBelow()} <em>and</em> its diastolic pressure is below {@link
 * #diastolicBelow()} ("&lt;140/90"), the reading of the control-rate KPI (domain reference §3 KPIs).
 * Part of {@link ControlTargets}. JSON: {@code {"systolicBelow":140,"diastolicBelow":90}}.
 *
 * @since 0.1.0
 */
public final class BloodPressureTarget {
  private final int systolicBelow;
  private final int diastolicBelow;

  private BloodPressureTarget(int systolicBelow, int diastolicBelow) {
    this.systolicBelow = systolicBelow;
    this.diastolicBelow = diastolicBelow;
  }

  /**
   * Returns a target "below systolic/diastolic".
   *
   * @param systolicBelow the systolic limit, mmHg; a reading must be below it
   * @param diastolicBelow the diastolic limit, mmHg; a reading must be below it
   * @return the target
   * @throws IllegalArgumentException when a limit is outside the plausible range of {@link
   *     BloodPressure} or systolic is not above diastolic
   */
  @JsonCreator
  public static BloodPressureTarget of(
      @JsonProperty("systolicBelow") int systolicBelow, @JsonProperty("diastolicBelow") int diastolicBelow) {
    if (systolicBelow <= BloodPressure.MIN_SYSTOLIC || systolicBelow > BloodPressure.MAX_SYSTOLIC
        || diastolicBelow <= BloodPressure.MIN_DIASTOLIC || diastolicBelow > BloodPressure.MAX_DIASTOLIC
        || systolicBelow <= diastolicBelow) {
      throw new IllegalArgumentException(
          "a target must lie in the plausible range with systolic above diastolic"
              + " / 控制目标须在合理范围内且收缩压高于舒张压");
    }
    return new BloodPressureTarget(systolicBelow, diastolicBelow);
  }

  /** @return the systolic limit, mmHg (at target: SBP below it) */
  @JsonProperty("systolicBelow")
  public int systolicBelow() {
    return systolicBelow;
  }

  /** @return the diastolic limit, mmHg (at target: DBP below it) */
  @JsonProperty("diastolicBelow")
  public int diastolicBelow() {
    return diastolicBelow;
  }

  /**
   * Tells whether a reading is at target.
   *
   * @param reading the reading
   * @return true when SBP &lt; systolicBelow and DBP &lt; diastolicBelow
   */
  public boolean isMetBy(BloodPressure reading) {
    Objects.requireNonNull(reading, "reading");
    return reading.systolic() < systolicBelow && reading.diastolic() < diastolicBelow;
  }

  /**
   * Returns the stricter of two targets, limit by limit.
   *
   * @param other another target
   * @return the lower systolic and the lower diastolic limit
   */
  public BloodPressureTarget stricter(BloodPressureTarget other) {
    Objects.requireNonNull(other, "other");
    return of(Math.min(systolicBelow, other.systolicBelow), Math.min(diastolicBelow, other.diastolicBelow));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BloodPressureTarget t
        && systolicBelow == t.systolicBelow && diastolicBelow == t.diastolicBelow;
  }

  @Override
  public int hashCode() {
    return 31 * systolicBelow + diastolicBelow;
  }

  /** Returns {@code <140/90}. */
  @Override
  public String toString() {
    return "<" + systolicBelow + "/" + diastolicBelow;
  }
}
