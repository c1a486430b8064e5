package io.github.weisheng.reporting;

import io.github.weisheng.sanitation.DensityLevel;
import io.github.weisheng.sanitation.Pest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A pest's density control level for a period (鼠/蚊/蝇/蟑螂密度控制水平): the worst level of the
 * period's surveys that measured it — the overall level is the worst indicator level
 * (immunization-sanitation-education-standards-privacy.md §3 [C: GB27770, XA-R, XA-M]) — with every
 * survey behind it ({@link SurveyGrade}) and why each fell short of A. A grade, not a rate: levels A,
 * B, C and below C (不达标), graded by the {@link io.github.weisheng.sanitation.DensityThresholds}
 * table in use.
 *
 * @since 0.1.0
 */
public final class PestGrade {
  private final IndicatorDefinition definition;
  private final Pest pest;
  private final ReportingPeriod period;
  private final List<SurveyGrade> surveys;

  private PestGrade(IndicatorDefinition definition, Pest pest, ReportingPeriod period, List<SurveyGrade> surveys) {
    this.definition = definition;
    this.pest = pest;
    this.period = period;
    this.surveys = List.copyOf(surveys);
  }

  /**
   * Returns a pest's grade over its surveys.
   *
   * @param pest the pest
   * @param period the period
   * @param surveys the period's surveys that measured the pest
   * @return the grade
   */
  public static PestGrade of(Pest pest, ReportingPeriod period, List<SurveyGrade> surveys) {
    Objects.requireNonNull(pest, "pest");
    Objects.requireNonNull(period, "period");
    return new PestGrade(SanitationFigures.definition(pest), pest, period, Objects.requireNonNull(surveys, "surveys"));
  }

  /** @return the definition */
  public IndicatorDefinition definition() {
    return definition;
  }

  /** @return the pest */
  public Pest pest() {
    return pest;
  }

  /** @return the period */
  public ReportingPeriod period() {
    return period;
  }

  /** @return the surveys behind the grade */
  public List<SurveyGrade> surveys() {
    return surveys;
  }

  /** @return the level, the worst of the surveys'; empty when no survey measured the pest */
  public Optional<DensityLevel> level() {
    return surveys.stream().map(SurveyGrade::level).reduce(DensityLevel::worse);
  }

  /** @return the surveys below level C (不达标), each with its reasons */
  public List<SurveyGrade> belowC() {
    return surveys.stream().filter(s -> !s.acceptable()).toList();
  }

  /**
   * Returns the level of each unit at a level: a unit's level is the worst of the surveys of its area
   * or of an area within it; a survey of a wider area (a whole street) is not in a committee's.
   *
   * @param level committee, township or county
   * @return the levels by unit code, in code order
   */
  public Map<String, DensityLevel> by(OrgLevel level) {
    Objects.requireNonNull(level, "level");
    int digits = level.digits();
    Map<String, DensityLevel> out = new TreeMap<>();
    for (SurveyGrade s : surveys) {
      String scope = s.scope().value();
      if (scope.length() >= digits) {
        out.merge(scope.substring(0, digits), s.level(), DensityLevel::worse);
      }
    }
    return out;
  }

  /** Shows the pest, the period and the level. */
  @Override
  public String toString() {
    return definition.id() + " " + period + ": " + level().map(DensityLevel::name).orElse("—");
  }
}
