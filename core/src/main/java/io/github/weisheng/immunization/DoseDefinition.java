package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dose (剂次) of a schedule series, §1 table and "General rules": the products that count for
 * it, the recommended age, the minimum age (the table age is the minimum age [C] CCW, so it defaults
 * to the recommended age), the minimum and recommended intervals from the previous dose of the
 * series, the "complete before" age that measures timeliness ([C] CCW) and the due window (how long
 * after the recommended date the dose is still "due" rather than overdue; by default the N月龄 or
 * N周岁 window of the recommended age, §1 Ages [C] JXCDC).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDoseDefinition.class)
@JsonDeserialize(as = ImmutableDoseDefinition.class)
public abstract class DoseDefinition {
  DoseDefinition() {}

  /** @return a new builder; number, at least one product and the recommended age are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the dose number within the series, from 1 */
  public abstract int number();

  /** @return the product codes that count for this dose, the preferred one first */
  public abstract List<String> products();

  /** @return the recommended age (推荐接种年龄) */
  public abstract ProgrammeAge recommendedAge();

  /** @return the minimum age (最小接种年龄); the recommended age unless the data says otherwise */
  @Value.Default
  public ProgrammeAge minimumAge() {
    return recommendedAge();
  }

  /** @return the minimum interval from the previous dose of the series (最短间隔) */
  public abstract Optional<Period> minimumInterval();

  /** @return the recommended interval from the previous dose, for example JE-I dose 2: 7 days */
  public abstract Optional<Period> recommendedInterval();

  /** @return the age before which the dose counts as timely (及时接种, "complete before") */
  public abstract Optional<ProgrammeAge> completeBefore();

  /**
   * Returns how long after the recommended date the dose stays "due".
   *
   * @return the window, or empty for the N月龄/N周岁 window of the recommended age
   */
  public abstract Optional<Period> dueWindow();

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new IllegalArgumentException("number must be at least 1 / 剂次须从 1 开始");
    }
    if (products().isEmpty()) {
      throw new IllegalArgumentException("a dose needs at least one product / 每剂至少有一种疫苗");
    }
    if (minimumAge().compareTo(recommendedAge()) > 0) {
      throw new IllegalArgumentException("minimumAge after recommendedAge / 最小年龄晚于推荐年龄");
    }
    for (Optional<Period> p : List.of(minimumInterval(), recommendedInterval(), dueWindow())) {
      if (p.isPresent() && p.get().isNegative()) {
        throw new IllegalArgumentException("intervals must not be negative / 间隔不能为负");
      }
    }
  }

  /** Builds {@link DoseDefinition}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableDoseDefinition.Builder {
    Builder() {}
  }
}
