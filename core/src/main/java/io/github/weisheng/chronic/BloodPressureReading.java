package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dated blood-pressure reading, the input of screening ({@link ScreeningProfile}). JSON: {@code
 * {"date":"2026-03-01","bloodPressure":{"systolic":142,"diastolic":88}}}.
 *
 * @since 0.1.0
 */
public final class BloodPressureReading {
  private final LocalDate date;
  private final BloodPressure bloodPressure;

  private BloodPressureReading(LocalDate date, BloodPressure bloodPressure) {
    this.date = date;
    this.bloodPressure = bloodPressure;
  }

  /**
   * Returns a reading.
   *
   * @param date the day it was taken
   * @param bloodPressure the reading
   * @return the dated reading
   */
  @JsonCreator
  public static BloodPressureReading of(
      @JsonProperty("date") LocalDate date, @JsonProperty("bloodPressure") BloodPressure bloodPressure) {
    return new BloodPressureReading(
        Objects.requireNonNull(date, "date"), Objects.requireNonNull(bloodPressure, "bloodPressure"));
  }

  /** @return the day the reading was taken */
  @JsonProperty("date")
  public LocalDate date() {
    return date;
  }

  /** @return the reading */
  @JsonProperty("bloodPressure")
  public BloodPressure bloodPressure() {
    return bloodPressure;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BloodPressureReading r && date.equals(r.date) && bloodPressure.equals(r.bloodPressure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, bloodPressure);
  }

  /** Returns the date and a redacted reading. */
  @Override
  public String toString() {
    return date + " " + bloodPressure;
  }
}
