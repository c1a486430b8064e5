package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child's growth measurements at a visit (体格测量): weight, length or height, head circumference
 * and, at the ages of §6.1, haemoglobin (血红蛋白). Checked once for plausibility (input sanity, not
 * a clinical rule), each rule with field {@code growthMeasurement.<attribute>}:
 * {@code growth.weight.range} (0.3–60 kg), {@code growth.length.range} (25–150 cm), {@code
 * growth.headCircumference.range} (20–60 cm), {@code growth.haemoglobin.range} (30–250 g/L); at
 * most one decimal place for weight (0.01 kg allowed) and lengths ({@code growth.precision}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrowthMeasurement.class)
@JsonDeserialize(as = ImmutableGrowthMeasurement.class)
public abstract class GrowthMeasurement {
  GrowthMeasurement() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the weight, kg (体重) */
  public abstract BigDecimal weightKg();

  /** @return the length (under 2: 身长) or height (身高), cm */
  public abstract BigDecimal lengthCm();

  /** @return the head circumference, cm (头围), when measured */
  public abstract Optional<BigDecimal> headCircumferenceCm();

  /** @return the haemoglobin, g/L (血红蛋白), when tested */
  public abstract Optional<Integer> haemoglobinGramsPerLitre();

  @Value.Check
  void check() {
    Violations v = new Violations();
    range(v, weightKg(), "0.3", "60", 2, "growthMeasurement.weightKg", "growth.weight.range");
    range(v, lengthCm(), "25", "150", 1, "growthMeasurement.lengthCm", "growth.length.range");
    headCircumferenceCm().ifPresent(h ->
        range(v, h, "20", "60", 1, "growthMeasurement.headCircumferenceCm", "growth.headCircumference.range"));
    haemoglobinGramsPerLitre().ifPresent(h -> v.require(h >= 30 && h <= 250,
        "growthMeasurement.haemoglobinGramsPerLitre", "growth.haemoglobin.range", 30, 250));
    v.throwIfAny();
  }

  private static void range(Violations v, BigDecimal x, String min, String max, int scale, String field, String rule) {
    v.require(x.compareTo(new BigDecimal(min)) >= 0 && x.compareTo(new BigDecimal(max)) <= 0, field, rule, min, max);
    v.require(x.stripTrailingZeros().scale() <= scale, field, "growth.precision", scale);
  }

  /** Builds {@link GrowthMeasurement}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableGrowthMeasurement.Builder {
    Builder() {}
  }
}
