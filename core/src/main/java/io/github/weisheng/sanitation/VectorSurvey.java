package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A four-pest vector-density survey (病媒生物密度监测/调查) in an area on a day: the indicators
 * measured, graded by a {@link DensityThresholds} table (GB/T 27770–27773-2011;
 * immunization-sanitation-education-standards-privacy.md §3).
 *
 * <p>Rules: {@code vectorSurvey.empty} (field {@code measurements}), {@code
 * vectorSurvey.duplicateIndicator} (field {@code measurements[i]}), {@code sanitation.text} (field
 * {@code place} or {@code surveyor}: 1–200 characters, not blank).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVectorSurvey.class)
@JsonDeserialize(as = ImmutableVectorSurvey.class)
public abstract class VectorSurvey {
  VectorSurvey() {}

  /** @return the survey's id */
  public abstract SurveyId id();

  /** @return the day of the survey */
  public abstract LocalDate surveyedOn();

  /** @return the area surveyed */
  public abstract AreaScope scope();

  /** @return the place or setting (for example 农贸市场, 居民区), a public place */
  public abstract Optional<String> place();

  /** @return who surveyed (the monitoring team or institution) */
  public abstract Optional<String> surveyor();

  /** @return the measured indicators, at most one per indicator */
  public abstract List<DensityMeasurement> measurements();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VectorSurvey}. */
  public static final class Builder extends ImmutableVectorSurvey.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(!measurements().isEmpty(), "measurements", "vectorSurvey.empty");
    Set<VectorIndicator> seen = EnumSet.noneOf(VectorIndicator.class);
    for (int i = 0; i < measurements().size(); i++) {
      v.require(seen.add(measurements().get(i).indicator()), "measurements[" + i + "]",
          "vectorSurvey.duplicateIndicator", measurements().get(i).indicator().name());
    }
    place().ifPresent(t -> Texts.check(v, "place", t));
    surveyor().ifPresent(t -> Texts.check(v, "surveyor", t));
    v.throwIfAny();
  }
}
