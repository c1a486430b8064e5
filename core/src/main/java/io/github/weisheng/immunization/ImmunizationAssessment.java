package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of evaluating a child's history and forecasting on a date (FHIR ImmDS: the evaluations
 * plus the ImmunizationRecommendation): every dose's evaluation, one recommendation per group, and the
 * vaccines that can be given together today (§1 "Same day": all programme vaccines may be given the
 * same day at different sites).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImmunizationAssessment.class)
@JsonDeserialize(as = ImmutableImmunizationAssessment.class)
public abstract class ImmunizationAssessment {
  ImmunizationAssessment() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the assessment date */
  public abstract LocalDate assessmentDate();

  /** @return the schedule's name and version, for example {@code NIP 2025-11-10} */
  public abstract String schedule();

  /** @return the evaluations, by group in schedule order, then by date */
  public abstract List<DoseEvaluation> evaluations();

  /** @return one recommendation per group that applies to the child */
  public abstract List<ImmunizationRecommendation> recommendations();

  /**
   * Returns a group's recommendation.
   *
   * @param group the group, for example {@code DTP}
   * @return the recommendation, if the group applies to the child
   */
  public Optional<ImmunizationRecommendation> recommendation(String group) {
    return recommendations().stream().filter(r -> r.group().equals(group)).findFirst();
  }

  /**
   * Returns the evaluations of a group.
   *
   * @param group the group
   * @return its evaluations, by date
   */
  public List<DoseEvaluation> evaluations(String group) {
    return evaluations().stream().filter(e -> e.group().equals(group)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the doses that can be given together on the assessment date: every due, overdue or
   * catch-up dose whose earliest date has come.
   *
   * @return the recommendations to act on today
   */
  public List<ImmunizationRecommendation> givableToday() {
    return recommendations().stream()
        .filter(r -> r.status().isActionable())
        .filter(r -> r.earliest().map(e -> !e.isAfter(assessmentDate())).orElse(false))
        .collect(Collectors.toUnmodifiableList());
  }

  /** @return true when every group is complete, aged out or contraindicated */
  public boolean isUpToDate() {
    return recommendations().stream().noneMatch(r -> r.status() == ForecastStatus.DUE
        || r.status() == ForecastStatus.OVERDUE || r.status() == ForecastStatus.CATCH_UP);
  }

  /** Builds {@link ImmunizationAssessment}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableImmunizationAssessment.Builder {
    Builder() {}
  }
}
