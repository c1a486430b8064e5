package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The limits of one indicator for levels A, B and C (a row of the GB/T 27770–27773 table): a value
 * at or under the A limit is A, else at or under B is B, else at or under C is C, else below C.
 *
 * <p>Rule, under {@code thresholds}: {@code densityThresholds.order} — the limits must not decrease
 * from A to C (a level never demands less than a worse one).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorThresholds.class)
@JsonDeserialize(as = ImmutableIndicatorThresholds.class)
public abstract class IndicatorThresholds {
  IndicatorThresholds() {}

  /** @return the indicator */
  public abstract VectorIndicator indicator();

  /** @return the A limit */
  public abstract DensityLimit a();

  /** @return the B limit */
  public abstract DensityLimit b();

  /** @return the C limit, the minimum acceptable */
  public abstract DensityLimit c();

  /**
   * Returns a row.
   *
   * @param indicator the indicator
   * @param a the A limit
   * @param b the B limit
   * @param c the C limit
   * @return the row
   */
  public static IndicatorThresholds of(VectorIndicator indicator, DensityLimit a, DensityLimit b, DensityLimit c) {
    return ImmutableIndicatorThresholds.builder().indicator(indicator).a(a).b(b).c(c).build();
  }

  /**
   * Grades a value of the indicator.
   *
   * @param value the measured value
   * @return the grade, with the weakest confirmation of the cells it consulted
   */
  public IndicatorGrade grade(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal v = Decimals.normalise(value);
    if (v.compareTo(a().limit()) <= 0) {
      return IndicatorGrade.of(indicator(), v, DensityLevel.A, a().confirmation());
    }
    Confirmation aB = a().confirmation().weaker(b().confirmation());
    if (v.compareTo(b().limit()) <= 0) {
      return IndicatorGrade.of(indicator(), v, DensityLevel.B, aB);
    }
    if (v.compareTo(c().limit()) <= 0) {
      return IndicatorGrade.of(indicator(), v, DensityLevel.C, aB.weaker(c().confirmation()));
    }
    return IndicatorGrade.of(indicator(), v, DensityLevel.BELOW_C, c().confirmation());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(a().limit().compareTo(b().limit()) <= 0 && b().limit().compareTo(c().limit()) <= 0,
        "thresholds", "densityThresholds.order", indicator().name());
    v.throwIfAny();
  }
}
