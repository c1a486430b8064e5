package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.DensityGrading;
import io.github.weisheng.sanitation.DensityLevel;
import io.github.weisheng.sanitation.DensityThresholds;
import io.github.weisheng.sanitation.IndicatorGrade;
import io.github.weisheng.sanitation.Pest;
import io.github.weisheng.sanitation.VectorSurvey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The four-pest density control levels of an area for a period (四害密度控制水平), one {@link PestGrade}
 * per pest, from the vector-density surveys recorded in the area (through {@code
 * HealthSession.campaigns().surveys}), graded by a {@link DensityThresholds} table: GB/T
 * 27770–27773-2011 levels A, B, C (C the minimum acceptable) and below C, a pest's level the worst of
 * its indicators and of its surveys (immunization-sanitation-education-standards-privacy.md §3 [C:
 * GB27770, XA-R, XA-M]; most cells of the table are [U], so the table is data with {@link
 * DensityThresholds#defaults()} the host can replace).
 *
 * @since 0.1.0
 */
public final class SanitationFigures {
  private static final Map<Pest, IndicatorDefinition> DEFINITIONS = definitions();

  private final Map<Pest, PestGrade> grades;
  private final int surveys;

  private SanitationFigures(Map<Pest, PestGrade> grades, int surveys) {
    this.grades = grades;
    this.surveys = surveys;
  }

  /**
   * Returns the definition of a pest's density control level.
   *
   * @param pest the pest
   * @return its definition, id {@code vector.<pest>.control-level}, for example {@code vector.rat.control-level},
   *     counting the pest's monitoring indicators ({@link Counting#ITEMS 监测指标, 项}) measured against the
   *     levels' limits (§3 [C: GB27770])
   */
  public static IndicatorDefinition definition(Pest pest) {
    return DEFINITIONS.get(Objects.requireNonNull(pest, "pest"));
  }

  /**
   * Grades the surveys of an area in a period.
   *
   * @param session the principal's session (needs search on sanitation records)
   * @param area the area; surveys of it and of the areas within it
   * @param period the period
   * @param thresholds the grading table
   * @return the figures
   */
  public static SanitationFigures compute(HealthSession session, AreaScope area, ReportingPeriod period,
      DensityThresholds thresholds) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(thresholds, "thresholds");
    List<VectorSurvey> surveys = session.campaigns().surveys(area, period.start(), period.end()).stream()
        .map(Recorded::value).sorted(Comparator.comparing(VectorSurvey::surveyedOn)).toList();
    Map<Pest, List<SurveyGrade>> byPest = new EnumMap<>(Pest.class);
    for (VectorSurvey survey : surveys) {
      DensityGrading grading = thresholds.grade(survey);
      for (Map.Entry<Pest, DensityLevel> pest : grading.byPest().entrySet()) {
        List<IndicatorGrade> reasons = grading.grades().stream()
            .filter(g -> g.indicator().pest() == pest.getKey() && g.level() != DensityLevel.A).toList();
        byPest.computeIfAbsent(pest.getKey(), p -> new ArrayList<>()).add(new SurveyGrade(survey.id().value(),
            survey.surveyedOn(), survey.scope(), pest.getValue(), reasons));
      }
    }
    Map<Pest, PestGrade> grades = new EnumMap<>(Pest.class);
    for (Pest pest : Pest.values()) {
      grades.put(pest, PestGrade.of(pest, period, byPest.getOrDefault(pest, List.of())));
    }
    return new SanitationFigures(grades, surveys.size());
  }

  /**
   * Returns a pest's grade.
   *
   * @param pest the pest
   * @return its grade (with no level when no survey measured it)
   */
  public PestGrade grade(Pest pest) {
    return grades.get(Objects.requireNonNull(pest, "pest"));
  }

  /** @return the four grades, rat, mosquito, fly, cockroach */
  public List<PestGrade> grades() {
    return List.copyOf(grades.values());
  }

  /** @return the overall level: the worst pest's; empty without surveys */
  public java.util.Optional<DensityLevel> overall() {
    return grades.values().stream().flatMap(g -> g.level().stream()).reduce(DensityLevel::worse);
  }

  /** @return the surveys graded */
  public int surveys() {
    return surveys;
  }

  private static Map<Pest, IndicatorDefinition> definitions() {
    Map<Pest, IndicatorDefinition> d = new EnumMap<>(Pest.class);
    for (Pest pest : Pest.values()) {
      String id = pest.name().toLowerCase(java.util.Locale.ROOT);
      d.put(pest, new IndicatorDefinition("vector." + id + ".control-level", pest.chineseName() + "密度控制水平",
          id + " density control level", "各监测指标的密度测定值（取最差一项）",
          pest.standard() + " A、B、C级控制水平限值", Counting.ITEMS,
          "immunization-sanitation-education-standards-privacy.md §3 [C: GB27770]; limits mostly [U] (DensityThresholds)"));
    }
    return Map.copyOf(d);
  }
}
