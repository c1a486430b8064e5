package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 2019 primary-care table, cell by cell and at every boundary (domain reference §3 BP grades). */
class BloodPressureCategoryTest {

  @ParameterizedTest
  @CsvSource({
    "119, 79, NORMAL",
    "120, 79, HIGH_NORMAL",
    "119, 80, HIGH_NORMAL",
    "139, 89, HIGH_NORMAL",
    "140, 89, GRADE_1",
    "139, 90, GRADE_1",
    "159, 99, GRADE_1",
    "160, 99, GRADE_2",
    "159, 100, GRADE_2",
    "179, 109, GRADE_2",
    "180, 109, GRADE_3",
    "179, 110, GRADE_3",
    "185, 70, GRADE_3",
    "125, 105, GRADE_2",
    "145, 60, GRADE_1",
    "100, 60, NORMAL"
  })
  void aReadingTakesTheHigherCategory(int systolic, int diastolic, BloodPressureCategory expected) {
    assertThat(BloodPressureCategory.of(bp(systolic, diastolic))).isEqualTo(expected);
  }

  @Test
  void eachPressureAlone() {
    assertThat(BloodPressureCategory.ofSystolic(179)).isEqualTo(BloodPressureCategory.GRADE_2);
    assertThat(BloodPressureCategory.ofSystolic(180)).isEqualTo(BloodPressureCategory.GRADE_3);
    assertThat(BloodPressureCategory.ofDiastolic(109)).isEqualTo(BloodPressureCategory.GRADE_2);
    assertThat(BloodPressureCategory.ofDiastolic(110)).isEqualTo(BloodPressureCategory.GRADE_3);
    assertThat(BloodPressureCategory.ofDiastolic(79)).isEqualTo(BloodPressureCategory.NORMAL);
  }

  @Test
  void hypertensionIsGradeOneAndAbove() {
    assertThat(BloodPressureCategory.HIGH_NORMAL.isHypertension()).isFalse();
    assertThat(BloodPressureCategory.GRADE_1.isHypertension()).isTrue();
    assertThat(BloodPressureCategory.GRADE_3.isHypertension()).isTrue();
    assertThat(BloodPressureCategory.GRADE_2.minSystolic()).isEqualTo(160);
    assertThat(BloodPressureCategory.GRADE_2.minDiastolic()).isEqualTo(100);
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(BloodPressureCategory.class);
  }
}
