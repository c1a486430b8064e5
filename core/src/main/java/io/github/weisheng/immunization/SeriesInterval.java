package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A minimum interval from a dose of another series (another group), §1 "Intervals": MPSV-AC goes
 * ≥ 3 months after any MPSV-A and ≥ 12 months after the 2nd MPSV-A [KB21].
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeriesInterval.class)
@JsonDeserialize(as = ImmutableSeriesInterval.class)
public abstract class SeriesInterval {
  SeriesInterval() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the group of the earlier dose, for example {@code MenA} */
  public abstract String afterGroup();

  /** @return the earlier dose's number in its series; empty for any dose */
  public abstract Optional<Integer> afterDose();

  /** @return the minimum interval */
  public abstract Period interval();

  /** Builds {@link SeriesInterval}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableSeriesInterval.Builder {
    Builder() {}
  }
}
