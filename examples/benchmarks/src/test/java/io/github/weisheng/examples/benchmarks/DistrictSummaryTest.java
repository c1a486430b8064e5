package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
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
