package io.github.weisheng.reporting;

import static io.github.weisheng.reporting.Station.EAST;
import static io.github.weisheng.reporting.Station.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.DensityLevel;
import io.github.weisheng.sanitation.DensityMeasurement;
import io.github.weisheng.sanitation.DensityThresholds;
import io.github.weisheng.sanitation.IndicatorGrade;
import io.github.weisheng.sanitation.Pest;
import io.github.weisheng.sanitation.SurveyId;
import io.github.weisheng.sanitation.VectorIndicator;
import io.github.weisheng.sanitation.VectorSurvey;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Four surveys of street 110105001, graded by the default table by hand: in 2026, S1 (east
 * committee, May) rats 0.5% indoor signs = A, cockroaches 4% = C; S2 (the whole street, August) rats 2%
 * = B, flies in 10% of rooms = below C (C ≤ 9%); S4 (east, October) a landing index of exactly 0.5 =
 * A (the limit reaches the level); S3 (31 December 2025, rats 6%) is outside the year.
 */
class SanitationFiguresTest {
  private static final AreaScope STREET = AreaScope.parse("110105001");
  private final Station station = new Station();

  private void survey(String id, String on, AreaScope scope, VectorIndicator indicator, String value) {
    station.officer.campaigns().recordSurvey(VectorSurvey.builder().id(SurveyId.parse(id)).surveyedOn(d(on)).scope(scope)
        .addMeasurement(DensityMeasurement.of(indicator, new BigDecimal(value))).build());
  }

  private SanitationFigures compute() {
    survey("S1", "2026-05-10", AreaScope.of(EAST), VectorIndicator.RAT_INDOOR_SIGNS, "0.5");
    station.officer.campaigns().recordSurvey(VectorSurvey.builder().id(SurveyId.parse("S1c")).surveyedOn(d("2026-05-10"))
        .scope(AreaScope.of(EAST))
        .addMeasurement(DensityMeasurement.of(VectorIndicator.COCKROACH_INFESTATION, new BigDecimal("4"))).build());
    station.officer.campaigns().recordSurvey(VectorSurvey.builder().id(SurveyId.parse("S2")).surveyedOn(d("2026-08-10"))
        .scope(STREET).addMeasurement(DensityMeasurement.of(VectorIndicator.RAT_INDOOR_SIGNS, new BigDecimal("2")))
        .addMeasurement(DensityMeasurement.of(VectorIndicator.FLY_INDOOR_ROOMS, new BigDecimal("10"))).build());
    survey("S3", "2025-12-31", AreaScope.of(EAST), VectorIndicator.RAT_INDOOR_SIGNS, "6");
    survey("S4", "2026-10-01", AreaScope.of(EAST), VectorIndicator.MOSQUITO_LANDING_INDEX, "0.5");
    return SanitationFigures.compute(station.officer, STREET, ReportingPeriod.year(2026), DensityThresholds.defaults());
  }

  @Test
  void eachPestsLevelIsTheWorstOfItsSurveys() {
    SanitationFigures f = compute();
    assertThat(f.surveys()).isEqualTo(4);
    assertThat(f.grade(Pest.RAT).level()).contains(DensityLevel.B);
    assertThat(f.grade(Pest.RAT).surveys()).extracting(SurveyGrade::survey).containsExactly("S1", "S2");
    assertThat(f.grade(Pest.MOSQUITO).level()).contains(DensityLevel.A);
    assertThat(f.grade(Pest.FLY).level()).contains(DensityLevel.BELOW_C);
    assertThat(f.grade(Pest.COCKROACH).level()).contains(DensityLevel.C);
    assertThat(f.overall()).contains(DensityLevel.BELOW_C);
    assertThat(f.grade(Pest.FLY).belowC()).singleElement().satisfies(s -> {
      assertThat(s.survey()).isEqualTo("S2");
      assertThat(s.reasons()).extracting(IndicatorGrade::indicator, IndicatorGrade::level)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(VectorIndicator.FLY_INDOOR_ROOMS, DensityLevel.BELOW_C));
    });
    assertThat(f.grade(Pest.RAT).surveys().get(0).reasons()).isEmpty(); // level A: nothing held it back
    assertThat(f.grades()).extracting(g -> g.definition().id()).containsExactly("vector.rat.control-level",
        "vector.mosquito.control-level", "vector.fly.control-level", "vector.cockroach.control-level");
  }

  /** A level weighs a pest's monitoring indicators (监测指标) against limits: it counts items (项). */
  @Test
  void everyPestsLevelCountsMonitoringIndicatorsAsItems() {
    for (Pest pest : Pest.values()) {
      assertThat(SanitationFigures.definition(pest).counting()).isEqualTo(Counting.ITEMS);
      assertThat(SanitationFigures.definition(pest).numerator()).contains("监测指标");
    }
  }

  @Test
  void levelsByUnitTakeTheSurveysOfTheUnitsArea() {
    SanitationFigures f = compute();
    assertThat(f.grade(Pest.RAT).by(OrgLevel.COMMITTEE)).containsExactly(java.util.Map.entry(EAST.value(), DensityLevel.A));
    assertThat(f.grade(Pest.RAT).by(OrgLevel.TOWNSHIP)).containsExactly(java.util.Map.entry("110105001", DensityLevel.B));
    assertThat(f.grade(Pest.RAT).by(OrgLevel.COUNTY)).containsExactly(java.util.Map.entry("110105", DensityLevel.B));
  }

  @Test
  void noSurveyNoLevel() {
    SanitationFigures f = SanitationFigures.compute(station.officer, STREET, ReportingPeriod.year(2026),
        DensityThresholds.defaults());
    assertThat(f.overall()).isEmpty();
    assertThat(f.grade(Pest.RAT).level()).isEmpty();
    assertThat(f.grade(Pest.RAT).toString()).endsWith("—");
  }
}
