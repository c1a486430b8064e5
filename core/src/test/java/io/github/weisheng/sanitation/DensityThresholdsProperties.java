package io.github.weisheng.sanitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of grading: the overall level is the worst; a higher density never grades better. */
class DensityThresholdsProperties {
  private static final DensityThresholds TABLE = DensityThresholds.defaults();

  /** Values from 0 to 30 in hundredths, a third of them exactly on a limit of the indicator. */
  private static Gen<BigDecimal> valuesOf(VectorIndicator indicator) {
    IndicatorThresholds row = TABLE.row(indicator);
    Gen<BigDecimal> onLimits = Generate.pick(List.of(row.a().limit(), row.b().limit(), row.c().limit()));
    return Generate.range(0, 3000).map(h -> BigDecimal.valueOf(h, 2)).mix(onLimits, 33);
  }

  private static Gen<DensityMeasurement> measurements() {
    return Generate.enumValues(VectorIndicator.class)
        .flatMap(i -> valuesOf(i).map(v -> DensityMeasurement.of(i, v)));
  }

  /** Surveys of 1–11 distinct indicators with random values. */
  private static Gen<VectorSurvey> surveys() {
    return in -> {
      List<VectorIndicator> indicators = new ArrayList<>(List.of(VectorIndicator.values()));
      Collections.shuffle(indicators, new java.util.Random(Generate.longRange(0, Long.MAX_VALUE).generate(in)));
      int n = Generate.range(1, indicators.size()).generate(in);
      VectorSurvey.Builder b = VectorSurvey.builder().id(SurveyId.parse("s")).surveyedOn(LocalDate.of(2025, 7, 1))
          .scope(AreaScope.parse("110105001"));
      for (VectorIndicator i : indicators.subList(0, n)) {
        b.addMeasurement(DensityMeasurement.of(i, valuesOf(i).generate(in)));
      }
      return b.build();
    };
  }

  @Test
  void theOverallLevelIsTheWorstIndicatorLevel() {
    qt().withExamples(500).forAll(surveys()).checkAssert(survey -> {
      DensityGrading grading = TABLE.grade(survey);
      DensityLevel worst = grading.grades().stream().map(IndicatorGrade::level)
          .max(Enum::compareTo).orElseThrow();
      assertThat(grading.overall()).isEqualTo(worst);
      for (IndicatorGrade g : grading.grades()) {
        assertThat(g.level()).isLessThanOrEqualTo(grading.overall());
        assertThat(g.level()).isLessThanOrEqualTo(grading.levelOf(g.indicator().pest()).orElseThrow());
      }
      grading.byPest().values().forEach(level -> assertThat(level).isLessThanOrEqualTo(grading.overall()));
    });
  }

  @Test
  void raisingADensityNeverImprovesTheGrade() {
    qt().withExamples(1000)
        .forAll(measurements(), Generate.range(0, 2000))
        .checkAssert((m, hundredths) -> {
          BigDecimal higher = m.value().add(BigDecimal.valueOf(hundredths, 2));
          if (m.indicator().unit() == IndicatorUnit.PERCENT && higher.compareTo(BigDecimal.valueOf(100)) > 0) {
            higher = BigDecimal.valueOf(100);
          }
          DensityLevel before = TABLE.grade(m.indicator(), m.value()).level();
          DensityLevel after = TABLE.grade(m.indicator(), higher).level();
          assertThat(after).as("%s %s -> %s", m.indicator(), m.value(), higher).isGreaterThanOrEqualTo(before);
        });
  }

  @Test
  void raisingOneMeasurementOfASurveyNeverImprovesTheOverallLevel() {
    qt().withExamples(300)
        .forAll(surveys(), Generate.range(1, 2000))
        .checkAssert((survey, hundredths) -> {
          DensityMeasurement first = survey.measurements().get(0);
          BigDecimal raised = first.value().add(BigDecimal.valueOf(hundredths, 2)).min(BigDecimal.valueOf(100));
          List<DensityMeasurement> changed = new ArrayList<>(survey.measurements());
          changed.set(0, DensityMeasurement.of(first.indicator(), raised));
          VectorSurvey worse = VectorSurvey.builder().id(survey.id()).surveyedOn(survey.surveyedOn())
              .scope(survey.scope()).addAllMeasurements(changed).build();
          assertThat(TABLE.grade(worse).overall()).isGreaterThanOrEqualTo(TABLE.grade(survey).overall());
        });
  }
}
