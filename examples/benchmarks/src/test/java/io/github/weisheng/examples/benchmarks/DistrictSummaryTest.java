package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The district benchmark's smoke test: a small district, both paths give the same figures. */
class DistrictSummaryTest {
  @TempDir
  Path folder;

  @Test
  void weishengAndTheHandWrittenSqlGiveTheSameFigures() {
    try (DistrictSummary district = DistrictSummary.open(folder.resolve("district"), 2_500, 7, line -> { })) {
      Map<String, Long> weisheng = district.weisheng();
      Map<String, Long> sql = district.sql();
      assertThat(sql).isEqualTo(weisheng);
      // the generator's volumes show in the figures: most residents archived, about a quarter of
      // the adults over 35 hypertensive, the year's follow-ups about four a patient
      assertThat(weisheng.get("archive.archived")).isBetween(2_300L, 2_500L);
      assertThat(weisheng.get("HYPERTENSION.patients")).isBetween(300L, 430L);
      assertThat(weisheng.get("TYPE_2_DIABETES.patients")).isBetween(80L, 150L);
      assertThat(weisheng.get("HYPERTENSION.faceToFace")).isBetween(3 * weisheng.get("HYPERTENSION.patients"),
          4 * weisheng.get("HYPERTENSION.patients"));
      assertThat(weisheng.get("HYPERTENSION.managed")).isPositive().isLessThan(weisheng.get("HYPERTENSION.patients"));
      assertThat(weisheng.get("archive.use.numerator")).isPositive()
          .isLessThan(weisheng.get("archive.use.denominator"));
      assertThat(weisheng.get("other.CORONARY_HEART_DISEASE")).isPositive();
    }
  }

  @Test
  void theGeneratorIsDeterministic() {
    Map<String, Long> first;
    try (DistrictSummary district = DistrictSummary.open(folder.resolve("a"), 600, 11, line -> { })) {
      first = district.sql();
    }
    try (DistrictSummary district = DistrictSummary.open(folder.resolve("b"), 600, 11, line -> { })) {
      assertThat(district.sql()).isEqualTo(first);
    }
  }
}
