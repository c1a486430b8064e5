package io.github.weisheng.reporting;

import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.DensityLevel;
import io.github.weisheng.sanitation.IndicatorGrade;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One survey's grade for one pest (某次监测的某种病媒密度控制水平): the member behind a {@link PestGrade},
 * with the indicators that kept it from level A as its reasons (public survey data, no personal data).
 *
 * @param survey the survey's id
 * @param surveyedOn the day of the survey
 * @param scope the area surveyed
 * @param level the pest's level in this survey: the worst of its indicators
 * @param reasons the pest's indicators graded below A, each with its value and level; empty at level A
 * @since 0.1.0
 */
public record SurveyGrade(String survey, LocalDate surveyedOn, AreaScope scope, DensityLevel level,
    List<IndicatorGrade> reasons) {

  /** Checks every part; copies the reasons. */
  public SurveyGrade {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(surveyedOn, "surveyedOn");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(level, "level");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
  }

  /** @return true when the level is C or better (达标) */
  public boolean acceptable() {
    return level.isAcceptable();
  }
}
