package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What screening (筛查) needs to know of a resident not under hypertension or diabetes management:
 * age, the blood-pressure readings on record, and the high-risk markers. The input of {@link
 * ScreeningRules#advise}. Built with {@link #builder()}: {@code birthDate} and {@code sex} are
 * required.
 *
 * <p>Rules: {@code chronic.measurement.positive} (fields {@code bmi}, {@code waistCm}); {@code
 * chronic.measurement.notNegative} (field {@code dailySpiritsMl}). The birth date and the
 * measurements are redacted from {@link #toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningProfile.class)
@JsonDeserialize(as = ImmutableScreeningProfile.class)
public abstract class ScreeningProfile {
  ScreeningProfile() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the date of birth (for the age limits) */
  @Value.Redacted
  public abstract LocalDate birthDate();

  /** @return the sex (for the waist limit) */
  public abstract Sex sex();

  /** @return the blood-pressure readings on record, in any order */
  @Value.Redacted
  public abstract List<BloodPressureReading> bloodPressureReadings();

  /** @return the body-mass index, kg/m², if known */
  @Value.Redacted
  public abstract Optional<BigDecimal> bmi();

  /** @return the waist circumference, cm, if measured */
  @Value.Redacted
  public abstract Optional<BigDecimal> waistCm();

  /** @return whether a first- or second-degree relative has hypertension */
  @Value.Default
  public boolean familyHistoryOfHypertension() {
    return false;
  }

  /** @return whether the diet is habitually high in salt */
  @Value.Default
  public boolean highSaltDiet() {
    return false;
  }

  /** @return the daily alcohol as millilitres of spirits (白酒) equivalent, if known */
  @Value.Redacted
  public abstract Optional<Integer> dailySpiritsMl();

  /**
   * Whether the resident is at high risk of diabetes (糖尿病高危人群), as the host decides: the
   * reference does not define the group [U].
   *
   * @return true when high risk
   */
  @Value.Default
  public boolean diabetesHighRisk() {
    return false;
  }

  /** @return the date of the last fasting-glucose screening, if any */
  public abstract Optional<LocalDate> lastFastingGlucoseScreening();

  @Value.Check
  void check() {
    Violations v = new Violations();
    RiskProfile.positive(v, bmi(), "bmi");
    RiskProfile.positive(v, waistCm(), "waistCm");
    dailySpiritsMl().ifPresent(ml -> v.require(ml >= 0, "dailySpiritsMl", "chronic.measurement.notNegative"));
    v.throwIfAny();
  }

  /** Builds {@link ScreeningProfile}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableScreeningProfile.Builder {
    Builder() {}
  }
}
