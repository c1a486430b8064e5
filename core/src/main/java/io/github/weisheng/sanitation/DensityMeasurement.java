package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One measured indicator of a {@link VectorSurvey}: its value in the indicator's unit and, for a
 * rate, how many rooms, patches, traps or sites were examined (检查数).
 *
 * <p>Rules: {@code densityMeasurement.negative} (field {@code value}), {@code
 * densityMeasurement.percentAbove100} (field {@code value}), {@code densityMeasurement.noneExamined}
 * and {@code densityMeasurement.positiveAboveExamined} (field {@code examined}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDensityMeasurement.class)
@JsonDeserialize(as = ImmutableDensityMeasurement.class)
public abstract class DensityMeasurement {
  DensityMeasurement() {}

  /** @return the indicator */
  public abstract VectorIndicator indicator();

  /** @return the value in the indicator's unit */
  public abstract BigDecimal value();

  /** @return how many were examined, when recorded */
  public abstract OptionalInt examined();

  /**
   * Returns a measurement of a value.
   *
   * @param indicator the indicator
   * @param value its value, for example {@code 4.96} for 4.96%
   * @return the measurement
   */
  public static DensityMeasurement of(VectorIndicator indicator, BigDecimal value) {
    return ImmutableDensityMeasurement.builder().indicator(indicator).value(value).build();
  }

  /**
   * Returns a percentage measurement from counts: {@code positive ÷ examined × 100}, rounded half
   * up to two decimals.
   *
   * @param indicator a percentage indicator
   * @param positive the positive rooms, patches, traps or sites
   * @param examined how many were examined, at least one
   * @return the measurement
   */
  public static DensityMeasurement ofRate(VectorIndicator indicator, int positive, int examined) {
    Objects.requireNonNull(indicator, "indicator");
    Violations v = new Violations();
    v.require(examined > 0, "examined", "densityMeasurement.noneExamined");
    v.require(positive >= 0, "value", "densityMeasurement.negative");
    v.require(positive <= examined, "examined", "densityMeasurement.positiveAboveExamined");
    v.throwIfAny();
    BigDecimal percent = BigDecimal.valueOf(positive).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(examined), 2, RoundingMode.HALF_UP);
    return ImmutableDensityMeasurement.builder().indicator(indicator).value(percent).examined(examined).build();
  }

  @Value.Check
  DensityMeasurement check() {
    Violations v = new Violations();
    v.require(value().signum() >= 0, "value", "densityMeasurement.negative");
    v.require(value().compareTo(BigDecimal.valueOf(indicator().unit().max())) <= 0, "value",
        "densityMeasurement.percentAbove100");
    examined().ifPresent(n -> v.require(n > 0, "examined", "densityMeasurement.noneExamined"));
    v.throwIfAny();
    BigDecimal normal = Decimals.normalise(value());
    return normal.equals(value()) ? this : ((ImmutableDensityMeasurement) this).withValue(normal);
  }
}
