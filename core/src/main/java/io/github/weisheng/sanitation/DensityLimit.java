package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of a {@link DensityThresholds} table: the highest value of an indicator that still
 * reaches a level (≤ limit), how far that limit is confirmed, and the evidence for it.
 *
 * <p>Rule, under {@code limit}: {@code densityLimit.negative}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDensityLimit.class)
@JsonDeserialize(as = ImmutableDensityLimit.class)
public abstract class DensityLimit {
  DensityLimit() {}

  /** @return the largest value that reaches the level (inclusive) */
  public abstract BigDecimal limit();

  /** @return how far the limit is confirmed */
  public abstract Confirmation confirmation();

  /** @return the evidence or source of the limit, for example {@code [FLY-C]} */
  public abstract Optional<String> evidence();

  /**
   * Returns a cell.
   *
   * @param limit the inclusive limit, for example {@code 5} for ≤5%
   * @param confirmation how far it is confirmed
   * @param evidence its source or evidence
   * @return the cell
   */
  public static DensityLimit of(String limit, Confirmation confirmation, String evidence) {
    Objects.requireNonNull(limit, "limit");
    return builder().limit(new BigDecimal(limit)).confirmation(confirmation).evidence(evidence).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DensityLimit}. */
  public static final class Builder extends ImmutableDensityLimit.Builder {
    Builder() {}
  }

  @Value.Check
  DensityLimit check() {
    Violations v = new Violations();
    v.require(limit().signum() >= 0, "limit", "densityLimit.negative");
    v.throwIfAny();
    BigDecimal normal = Decimals.normalise(limit());
    return normal.equals(limit()) ? this : ((ImmutableDensityLimit) this).withLimit(normal);
  }
}
