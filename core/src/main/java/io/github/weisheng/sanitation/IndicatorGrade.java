package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The level of one indicator in a survey, with how far the table cells behind it are confirmed: a
 * value rated C by a confirmed C limit is surely acceptable, but whether it would reach B depends
 * on the B cell, so the grade carries the weakest confirmation of the cells consulted (for below C,
 * the C cell alone).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorGrade.class)
@JsonDeserialize(as = ImmutableIndicatorGrade.class)
public abstract class IndicatorGrade {
  IndicatorGrade() {}

  /** @return the indicator */
  @Value.Parameter
  public abstract VectorIndicator indicator();

  /** @return the measured value */
  @Value.Parameter
  public abstract BigDecimal value();

  /** @return the level */
  @Value.Parameter
  public abstract DensityLevel level();

  /** @return the weakest confirmation of the table cells that decided the level */
  @Value.Parameter
  public abstract Confirmation confirmation();

  /**
   * Returns a grade.
   *
   * @param indicator the indicator
   * @param value the value
   * @param level the level
   * @param confirmation the weakest confirmation behind it
   * @return the grade
   */
  public static IndicatorGrade of(
      VectorIndicator indicator, BigDecimal value, DensityLevel level, Confirmation confirmation) {
    return ImmutableIndicatorGrade.of(indicator, Decimals.normalise(value), level, confirmation);
  }
}
