package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The grading of a vector-density survey: each indicator's level, each pest's level and the overall
 * level — each the worst of the indicators under it (GB/T 27770–27773-2011; Xi'an rated rats B
 * overall, A outdoors and B indoors; immunization-sanitation-education-standards-privacy.md §3 [C:
 * XA-R, XA-M]).
 *
 * <p>Rule, under {@code grades}: {@code densityGrading.empty}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDensityGrading.class)
@JsonDeserialize(as = ImmutableDensityGrading.class)
public abstract class DensityGrading {
  DensityGrading() {}

  /** @return the indicators' grades, in the survey's order */
  public abstract List<IndicatorGrade> grades();

  /**
   * Returns a grading.
   *
   * @param grades at least one grade
   * @return the grading
   */
  public static DensityGrading of(List<IndicatorGrade> grades) {
    Objects.requireNonNull(grades, "grades");
    return ImmutableDensityGrading.builder().addAllGrades(grades).build();
  }

  /** @return the overall level: the worst indicator level */
  @JsonIgnore
  public DensityLevel overall() {
    DensityLevel worst = DensityLevel.A;
    for (IndicatorGrade g : grades()) {
      worst = worst.worse(g.level());
    }
    return worst;
  }

  /** @return each graded pest's level, the worst of its indicators */
  @JsonIgnore
  public Map<Pest, DensityLevel> byPest() {
    Map<Pest, DensityLevel> levels = new EnumMap<>(Pest.class);
    for (IndicatorGrade g : grades()) {
      levels.merge(g.indicator().pest(), g.level(), DensityLevel::worse);
    }
    return levels;
  }

  /**
   * Returns a pest's level.
   *
   * @param pest the pest
   * @return its level, or empty when the survey measured none of its indicators
   */
  public Optional<DensityLevel> levelOf(Pest pest) {
    return Optional.ofNullable(byPest().get(Objects.requireNonNull(pest, "pest")));
  }

  /** @return the weakest confirmation of any grade: whether the grading rests on unconfirmed cells */
  @JsonIgnore
  public Confirmation confirmation() {
    Confirmation weakest = Confirmation.CONFIRMED;
    for (IndicatorGrade g : grades()) {
      weakest = weakest.weaker(g.confirmation());
    }
    return weakest;
  }

  @Value.Check
  void check() {
    new Violations().require(!grades().isEmpty(), "grades", "densityGrading.empty").throwIfAny();
  }
}
