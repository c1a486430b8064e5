package io.github.weisheng.immunization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of one recorded dose for one group (预防接种评估, FHIR ImmDS
 * ImmunizationEvaluation): the series and dose number it counts as, or the reason it does not, and
 * whether it was timely (given before the dose's "complete before" age, §2 及时接种 [U] suggested
 * formula). A combination product is evaluated once per group it counts for.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDoseEvaluation.class)
@JsonDeserialize(as = ImmutableDoseEvaluation.class)
public abstract class DoseEvaluation {
  DoseEvaluation() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the dose evaluated */
  public abstract AdministeredDose dose();

  /** @return the group, for example {@code DTP} */
  public abstract String group();

  /** @return the id of the series (edition) the dose was judged by, for example {@code DTP-2021} */
  public abstract String seriesId();

  /** @return the dose number it counts as; empty when not valid */
  public abstract Optional<Integer> doseNumber();

  /** @return the reason it does not count; empty when valid */
  public abstract Optional<DoseReason> reason();

  /** @return for a valid dose with a "complete before" age, whether it was given before it */
  public abstract Optional<Boolean> timely();

  /** @return true when the dose counts */
  @JsonIgnore
  public boolean isValid() {
    return reason().isEmpty();
  }

  @Value.Check
  void check() {
    if (doseNumber().isPresent() == reason().isPresent()) {
      throw new IllegalArgumentException("a dose is valid with a number or not valid with a reason / 有效剂次须有剂次号，无效须有原因");
    }
  }

  /** Builds {@link DoseEvaluation}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableDoseEvaluation.Builder {
    Builder() {}
  }
}
