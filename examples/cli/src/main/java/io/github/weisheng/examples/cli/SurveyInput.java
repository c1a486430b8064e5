package io.github.weisheng.examples.cli;

import io.github.weisheng.sanitation.VectorIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code survey.json} of {@code weisheng vector-grade} (docs/cli.md): when and where, and one
 * measurement per indicator, either a value or the positive and examined counts of a rate.
 */
record SurveyInput(String id, LocalDate surveyedOn, String scope, String place, List<Measurement> measurements) {

  /** One indicator: {@code value}, or {@code positive} of {@code examined} for a percentage. */
  record Measurement(VectorIndicator indicator, BigDecimal value, Integer positive, Integer examined) {}
}
