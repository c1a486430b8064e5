package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every key population's tables in one value, given to the entry point (or to {@link
 * io.github.weisheng.HealthSession#populations(PopulationRules)}), with {@link #defaults()}; and the
 * one place that turns a {@link PopulationCase} into due services and indicator statuses,
 * whatever its group.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulationRules.class)
@JsonDeserialize(as = ImmutablePopulationRules.class)
public abstract class PopulationRules {
  PopulationRules() {}

  /** @return every group's defaults */
  public static PopulationRules defaults() {
    return builder().elderly(ElderlyPolicy.defaults()).child(ChildSchedule.defaults())
        .maternal(MaternalSchedule.defaults()).severeMentalDisorder(SmiPolicy.defaults())
        .tuberculosis(TbPolicy.defaults()).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the elderly rules */
  public abstract ElderlyPolicy elderly();

  /** @return the child schedule */
  public abstract ChildSchedule child();

  /** @return the maternal schedule */
  public abstract MaternalSchedule maternal();

  /** @return the severe-mental-disorder rules */
  public abstract SmiPolicy severeMentalDisorder();

  /** @return the tuberculosis rules */
  public abstract TbPolicy tuberculosis();

  /**
   * Returns what a case is due or overdue for on a date.
   *
   * @param c the case
   * @param birthDate the person's birth date (used by the elderly rules only)
   * @param asOf the date
   * @return the due services
   */
  public List<DueService> due(PopulationCase c, LocalDate birthDate, LocalDate asOf) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(asOf, "asOf");
    if (c.group() == PopulationGroup.ELDERLY) {
      return elderly().due(birthDate, c.elderlyServices(), asOf).map(List::of).orElse(List.of());
    }
    return due(c, asOf);
  }

  /**
   * Returns what a case is due or overdue for on a date, for every group whose rules need no birth
   * date: all but {@link PopulationGroup#ELDERLY} (the child's schedule takes it from the {@link
   * ChildHistory}). A worklist over many cases spares a look-up of each person this way.
   *
   * @param c the case, not of the elderly
   * @param asOf the date
   * @return the due services
   * @throws IllegalArgumentException for an elderly case (use {@link #due(PopulationCase, LocalDate,
   *     LocalDate)})
   */
  public List<DueService> due(PopulationCase c, LocalDate asOf) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(asOf, "asOf");
    switch (c.group()) {
      case ELDERLY:
        throw new IllegalArgumentException("the elderly rules need the birth date / 老年人健康管理需出生日期");
      case CHILD:
        return child().due(c.child().orElseThrow(), asOf);
      case MATERNAL:
        return maternal().due(c.pregnancy().orElseThrow(), asOf);
      case SEVERE_MENTAL_DISORDER:
        Optional<SmiFollowUp> latest = c.smiFollowUps().stream().filter(f -> !f.date().isAfter(asOf))
            .max((a, b) -> a.date().compareTo(b.date()));
        return latest.flatMap(f -> DueService.on(PopulationGroup.SEVERE_MENTAL_DISORDER, SmiPolicy.SERVICE,
            severeMentalDisorder().nextWindow(f), asOf)).map(List::of).orElse(List.of());
      default:
        return tuberculosis().due(c.tuberculosis().orElseThrow(), asOf);
    }
  }

  /**
   * Returns a case's input to an indicator of its group for a year.
   *
   * @param c the case
   * @param indicator an indicator of the case's group
   * @param birthDate the person's birth date (used by the elderly rules only)
   * @param year the calendar year
   * @return the status
   * @throws IllegalArgumentException when the indicator is of another group
   */
  public IndicatorStatus status(PopulationCase c, PopulationIndicator indicator, LocalDate birthDate, int year) {
    Objects.requireNonNull(birthDate, "birthDate");
    if (indicator == PopulationIndicator.ELDERLY_MANAGEMENT) {
      requireGroup(c, indicator);
      return elderly().yearlyStatus(c.archive(), birthDate, c.elderlyServices(), year);
    }
    return status(c, indicator, year);
  }

  /**
   * Returns a case's input to an indicator of its group for a year, for every indicator whose rules
   * need no birth date: all but {@link PopulationIndicator#ELDERLY_MANAGEMENT} (the child's rules
   * take it from the {@link ChildHistory}). A report over many cases spares a look-up of each
   * person this way.
   *
   * @param c the case
   * @param indicator an indicator of the case's group, not {@code ELDERLY_MANAGEMENT}
   * @param year the calendar year
   * @return the status
   * @throws IllegalArgumentException when the indicator is of another group, or is {@code
   *     ELDERLY_MANAGEMENT} (use {@link #status(PopulationCase, PopulationIndicator, LocalDate, int)})
   */
  public IndicatorStatus status(PopulationCase c, PopulationIndicator indicator, int year) {
    requireGroup(c, indicator);
    switch (indicator) {
      case ELDERLY_MANAGEMENT:
        throw new IllegalArgumentException("the elderly rules need the birth date / 老年人健康管理需出生日期");
      case NEWBORN_VISIT:
        return child().newbornVisitStatus(c.child().orElseThrow(), year);
      case CHILD_MANAGEMENT:
        return child().managementStatus(c.child().orElseThrow(), year);
      case EARLY_PREGNANCY_REGISTRATION:
        return maternal().earlyRegistrationStatus(c.pregnancy().orElseThrow(), year);
      case POSTPARTUM_VISIT:
        return maternal().postpartumVisitStatus(c.pregnancy().orElseThrow(), year);
      case SEVERE_MENTAL_DISORDER_STANDARD_MANAGEMENT:
        return severeMentalDisorder().yearlyStatus(c.archive(), c.smiFollowUps(), year);
      case TUBERCULOSIS_MANAGEMENT:
        return tuberculosis().managementStatus(c.tuberculosis().orElseThrow(), year);
      default:
        return tuberculosis().regularDosingStatus(c.tuberculosis().orElseThrow(), year);
    }
  }

  private static void requireGroup(PopulationCase c, PopulationIndicator indicator) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(indicator, "indicator");
    if (indicator.group() != c.group()) {
      throw new IllegalArgumentException("indicator of another group / 指标与人群不符");
    }
  }

  /** Builds {@link PopulationRules}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutablePopulationRules.Builder {
    Builder() {}
  }
}
