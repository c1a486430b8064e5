package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import io.github.weisheng.reporting.EducationFigures;
import io.github.weisheng.reporting.ImmunizationFigures;
import io.github.weisheng.reporting.IndicatorResult;
import io.github.weisheng.reporting.PopulationFigures;
import io.github.weisheng.reporting.Rate;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.education.EducationCompliance;
import io.github.weisheng.education.EducationMinimums;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.org.OrgUnitId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The district benchmark's smoke test: a small district on which every path gives the same figures. */
class DistrictSummaryTest {
  @TempDir
  Path folder;

  @Test
  void weishengItsFiguresAloneAndTheHandWrittenSqlGiveTheSameFigures() {
    int residents = 500;
    try (DistrictSummary district = DistrictSummary.open(folder.resolve("district"), residents, 7, line -> { })) {
      Map<String, Long> weisheng = district.weisheng();
      assertThat(district.sql()).isEqualTo(weisheng);
      assertThat(district.weishengUnaudited()).isEqualTo(weisheng);
      assertThat(district.weishengFigures()).isEqualTo(weisheng);
      // the generator's volumes show in the figures: most residents archived, about a quarter of
      // the 58% aged 35 or more hypertensive and 8% diabetic, about four follow-ups a patient
      assertThat(weisheng.get("archive.archived")).isBetween(residents * 9L / 10, (long) residents);
      assertThat(weisheng.get("HYPERTENSION.patients")).isBetween(45L, 110L);
      assertThat(weisheng.get("TYPE_2_DIABETES.patients")).isBetween(10L, 45L);
      assertThat(weisheng.get("HYPERTENSION.faceToFace")).isBetween(3 * weisheng.get("HYPERTENSION.patients"),
          4 * weisheng.get("HYPERTENSION.patients"));
      assertThat(weisheng.get("HYPERTENSION.managed")).isPositive().isLessThan(weisheng.get("HYPERTENSION.patients"));
      assertThat(weisheng.get("HYPERTENSION.controlled")).isPositive()
          .isLessThan(weisheng.get("HYPERTENSION.patients"));
      assertThat(weisheng.get("archive.use.numerator")).isPositive()
          .isLessThan(weisheng.get("archive.use.denominator"));
      assertThat(weisheng.get("other.CORONARY_HEART_DISEASE")).isPositive();
    }
  }

  @Test
  void theSummaryDraftsEverySectionFromTheDistrictsProgrammes() {
    try (DistrictSummary district = DistrictSummary.open(folder.resolve("district"), 2_000, 5, line -> { })) {
      WorkSummary summary = district.draft();
      Map<String, Rate> rates = summary.indicators().stream()
          .collect(Collectors.toMap(r -> r.definition().id(), IndicatorResult::rate, (a, b) -> a));
      // about 18% aged 65 or more, seven in ten of them checked in the year; a check counts when
      // complete (every test and the physical exam: about 85% of them)
      assertThat(rates.get(PopulationFigures.ELDERLY_MANAGEMENT.id()).denominator()).isBetween(300L, 420L);
      assertThat(rates.get(PopulationFigures.ELDERLY_MANAGEMENT.id()).percent()).hasValueSatisfying(
          p -> assertThat(p.doubleValue()).isBetween(50.0, 70.0));
      // 7% children 0-6 under management, about nine in ten of their checks given
      assertThat(rates.get(PopulationFigures.CHILD_MANAGEMENT.id()).denominator()).isBetween(100L, 180L);
      assertThat(rates.get(PopulationFigures.CHILD_MANAGEMENT.id()).numerator()).isPositive();
      assertThat(rates.get(PopulationFigures.NEWBORN_VISIT.id()).denominator()).isPositive();
      // pregnancies of about 6% of the women aged 20-42: some delivered and visited in the year
      assertThat(rates.get(PopulationFigures.POSTPARTUM_VISIT.id()).denominator()).isBetween(3L, 40L);
      assertThat(rates.get(PopulationFigures.POSTPARTUM_VISIT.id()).numerator()).isPositive();
      assertThat(rates.get(ImmunizationFigures.TIMELY_RATE.id()).denominator()).isPositive();
      assertThat(rates.get(EducationFigures.COMPLIANCE.id()).denominator()).isPositive();
      // most children hold a certificate, most issued within the month it falls due in
      assertThat(rates.get(ImmunizationFigures.CERTIFICATE_RATE.id()).percent()).hasValueSatisfying(
          p -> assertThat(p.doubleValue()).isBetween(85.0, 100.0));
      Map<String, Long> figures = new HashMap<>();
      collect(summary.document().sections(), figures);
      // households of one to four residents (about 2.4 each); nearly every one has an archived member
      District.Load load = district.load;
      assertThat(load.households).isBetween(2_000L / 3, 2_000L / 2);
      assertThat(figures.get("建档家庭")).isBetween(load.households * 9 / 10, load.households);
      // the street's campaigns and surveys (one committee here): 12 clean-ups and 3 campaign activities
      assertThat(figures.get("病媒密度监测")).isEqualTo(5L);
      assertThat(load.activities).isEqualTo(15 + 5 + 37);
      // severe mental disorders (about 4.5 per thousand adults) and pregnancies
      assertThat(figures.get("登记严重精神障碍患者")).isPositive();
      assertThat(figures.get("管理孕妇")).isPositive();
      // the centre's own health education: all 37 activities count towards its yearly minimums
      EducationCompliance centre = district.officer().education().compliance(District.YEAR,
          OrgUnitId.of("centre-" + District.committee(0).township().value()), InstitutionLevel.CENTRE,
          EducationMinimums.spec2017());
      assertThat(centre.lectures()).isEqualTo(12);
    }
  }

  private static void collect(java.util.List<io.github.weisheng.spi.report.Section> sections, Map<String, Long> figures) {
    for (io.github.weisheng.spi.report.Section section : sections) {
      for (io.github.weisheng.spi.report.Block block : section.blocks()) {
        if (block instanceof io.github.weisheng.spi.report.Paragraph p) {
          p.content().stream().filter(io.github.weisheng.spi.report.Figure.class::isInstance)
              .map(io.github.weisheng.spi.report.Figure.class::cast).filter(f -> f.value() != null)
              .forEach(f -> figures.merge(f.label(), f.value().longValue(), Long::sum));
        }
      }
      collect(section.subsections(), figures);
    }
  }

  @Test
  void theGeneratorIsDeterministic() {
    Map<String, Long> first;
    try (DistrictSummary district = DistrictSummary.open(folder.resolve("a"), 300, 11, line -> { })) {
      first = district.sql();
    }
    try (DistrictSummary district = DistrictSummary.open(folder.resolve("b"), 300, 11, line -> { })) {
      assertThat(district.sql()).isEqualTo(first);
    }
  }
}
