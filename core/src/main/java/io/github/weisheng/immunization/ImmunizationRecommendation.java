package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The forecast of one group on the assessment date (接种建议, FHIR ImmDS ImmunizationRecommendation
 * .recommendation): the series followed, the next dose with its products, its dates and status, the
 * valid doses so far and the notes (rule ids) of the special situations and catch-up rules applied.
 *
 * <p>Dates (FHIR dateCriterion): <b>earliest</b> = minimum age, minimum intervals (same series, other
 * series, live-vaccine spacing, immunoglobulin) and clinical stability; <b>recommended</b> = the
 * recommended age or interval, never before the earliest date; <b>past due</b> = the day after the
 * recommended 月龄/周岁 window (§1 Ages [C] JXCDC); <b>timely before</b> = the "complete before" age
 * ([C] CCW), from which the dose is a catch-up; <b>latest</b> = the last day a dose is still given.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImmunizationRecommendation.class)
@JsonDeserialize(as = ImmutableImmunizationRecommendation.class)
public abstract class ImmunizationRecommendation {
  ImmunizationRecommendation() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the group, for example {@code MMR} */
  public abstract String group();

  /** @return the series (edition and path) followed, for example {@code JE-I-2021} */
  public abstract String seriesId();

  /** @return the status */
  public abstract ForecastStatus status();

  /** @return the next dose's number; empty when complete, aged out or contraindicated */
  public abstract Optional<Integer> doseNumber();

  /** @return the products to give, preferred first; empty when nothing is to be given */
  public abstract List<String> products();

  /** @return the earliest date the next dose counts */
  public abstract Optional<LocalDate> earliest();

  /** @return the recommended date */
  public abstract Optional<LocalDate> recommended();

  /** @return the day from which the dose is overdue */
  public abstract Optional<LocalDate> pastDue();

  /** @return the day from which the dose is no longer timely (a catch-up) */
  public abstract Optional<LocalDate> timelyBefore();

  /** @return the last day a dose is still given */
  public abstract Optional<LocalDate> latest();

  /** @return the number of valid doses of the series */
  public abstract int validDoses();

  /** @return the number of doses that completes the series for this child */
  public abstract int targetDoses();

  /** @return the rule ids of the special situations and catch-up rules applied */
  public abstract List<String> notes();

  /** Builds {@link ImmunizationRecommendation}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableImmunizationRecommendation.Builder {
    Builder() {}
  }
}
