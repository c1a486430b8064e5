package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How often a patient is followed up (随访周期): the routine interval after the last face-to-face
 * visit, and the tolerance windows around the due date — a visit up to {@link #earlyDays()} before
 * it counts as the scheduled one, and the patient is overdue more than {@link #lateDays()} after
 * it. Part of {@link TierPolicy} and {@link DiabetesManagementPolicy}. JSON: {@code
 * {"intervalDays":90,"earlyDays":14,"lateDays":14}}.
 *
 * @since 0.1.0
 */
public final class FollowUpCadence {
  private final int intervalDays;
  private final int earlyDays;
  private final int lateDays;

  private FollowUpCadence(int intervalDays, int earlyDays, int lateDays) {
    this.intervalDays = intervalDays;
    this.earlyDays = earlyDays;
    this.lateDays = lateDays;
  }

  /**
   * Returns a cadence.
   *
   * @param intervalDays the routine interval, days, at least 1
   * @param earlyDays the early window, days, 0 to {@code intervalDays - 1}
   * @param lateDays the late window, days, at least 0
   * @return the cadence
   * @throws IllegalArgumentException when a bound is broken
   */
  @JsonCreator
  public static FollowUpCadence of(
      @JsonProperty("intervalDays") int intervalDays,
      @JsonProperty("earlyDays") int earlyDays,
      @JsonProperty("lateDays") int lateDays) {
    if (intervalDays < 1 || earlyDays < 0 || earlyDays >= intervalDays || lateDays < 0) {
      throw new IllegalArgumentException(
          "interval must be positive, the early window shorter than it, the late window not negative"
              + " / 间隔须为正数，提前窗口须短于间隔，延后窗口不能为负");
    }
    return new FollowUpCadence(intervalDays, earlyDays, lateDays);
  }

  /** @return the routine interval, days */
  @JsonProperty("intervalDays")
  public int intervalDays() {
    return intervalDays;
  }

  /** @return the early tolerance window, days before the due date */
  @JsonProperty("earlyDays")
  public int earlyDays() {
    return earlyDays;
  }

  /** @return the late tolerance window, days after the due date */
  @JsonProperty("lateDays")
  public int lateDays() {
    return lateDays;
  }

  /**
   * Returns the next routine visit: the last face-to-face visit plus the interval.
   *
   * @param lastFaceToFace the date of the last face-to-face visit (面对面随访)
   * @return the due date
   */
  public LocalDate nextDue(LocalDate lastFaceToFace) {
    return lastFaceToFace.plusDays(intervalDays);
  }

  /**
   * Returns the first day on which a visit counts as the scheduled one.
   *
   * @param lastFaceToFace the date of the last face-to-face visit
   * @return the due date minus the early window
   */
  public LocalDate windowOpens(LocalDate lastFaceToFace) {
    return nextDue(lastFaceToFace).minusDays(earlyDays);
  }

  /**
   * Returns the last day before the patient is overdue.
   *
   * @param lastFaceToFace the date of the last face-to-face visit
   * @return the due date plus the late window
   */
  public LocalDate windowCloses(LocalDate lastFaceToFace) {
    return nextDue(lastFaceToFace).plusDays(lateDays);
  }

  /**
   * Tells whether the patient is overdue on a date.
   *
   * @param lastFaceToFace the date of the last face-to-face visit
   * @param asOf the date
   * @return true when {@code asOf} is after {@link #windowCloses}
   */
  public boolean isOverdue(LocalDate lastFaceToFace, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return asOf.isAfter(windowCloses(lastFaceToFace));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FollowUpCadence c
        && intervalDays == c.intervalDays && earlyDays == c.earlyDays && lateDays == c.lateDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(intervalDays, earlyDays, lateDays);
  }

  /** Returns {@code every 90 days (-14/+14)}. */
  @Override
  public String toString() {
    return "every " + intervalDays + " days (-" + earlyDays + "/+" + lateDays + ")";
  }
}
