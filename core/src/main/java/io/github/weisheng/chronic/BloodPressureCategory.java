package io.github.weisheng.chronic;

import java.util.Objects;

/**
 * Blood-pressure category (血压水平分类) of the 2019 primary-care hypertension guideline
 * (高血压基层诊疗指南（实践版·2019）), domain reference §3 "BP grades" [C]. A reading takes the higher
 * of its systolic and diastolic categories. The isolated-systolic flag is {@link
 * BloodPressure#isolatedSystolic()}.
 *
 * <table>
 *   <caption>Lower limits (mmHg)</caption>
 *   <tr><th>Category</th><th>SBP</th><th></th><th>DBP</th></tr>
 *   <tr><td>NORMAL</td><td>&lt;120</td><td>and</td><td>&lt;80</td></tr>
 *   <tr><td>HIGH_NORMAL</td><td>120–139</td><td>and/or</td><td>80–89</td></tr>
 *   <tr><td>GRADE_1</td><td>140–159</td><td>and/or</td><td>90–99</td></tr>
 *   <tr><td>GRADE_2</td><td>160–179</td><td>and/or</td><td>100–109</td></tr>
 *   <tr><td>GRADE_3</td><td>≥180</td><td>and/or</td><td>≥110</td></tr>
 * </table>
 *
 * <p>Constants are declared from the lowest to the highest category, so {@link #compareTo} orders
 * them by severity.
 *
 * @since 0.1.0
 */
public enum BloodPressureCategory {
  /** 正常血压: SBP &lt; 120 and DBP &lt; 80. */
  NORMAL(0, 0),
  /** 正常高值: SBP 120–139 and/or DBP 80–89. */
  HIGH_NORMAL(120, 80),
  /** 1级高血压（轻度）: SBP 140–159 and/or DBP 90–99. */
  GRADE_1(140, 90),
  /** 2级高血压（中度）: SBP 160–179 and/or DBP 100–109. */
  GRADE_2(160, 100),
  /** 3级高血压（重度）: SBP ≥ 180 and/or DBP ≥ 110. */
  GRADE_3(180, 110);

  private final int minSystolic;
  private final int minDiastolic;

  BloodPressureCategory(int minSystolic, int minDiastolic) {
    this.minSystolic = minSystolic;
    this.minDiastolic = minDiastolic;
  }

  /** @return the lowest systolic pressure of this category, mmHg (0 for {@link #NORMAL}) */
  public int minSystolic() {
    return minSystolic;
  }

  /** @return the lowest diastolic pressure of this category, mmHg (0 for {@link #NORMAL}) */
  public int minDiastolic() {
    return minDiastolic;
  }

  /** @return true for grades 1–3 (高血压, ≥ 140/90) */
  public boolean isHypertension() {
    return compareTo(GRADE_1) >= 0;
  }

  /**
   * Returns the category of a systolic pressure alone.
   *
   * @param systolic SBP, mmHg
   * @return the category
   */
  public static BloodPressureCategory ofSystolic(int systolic) {
    BloodPressureCategory found = NORMAL;
    for (BloodPressureCategory c : values()) {
      if (systolic >= c.minSystolic) {
        found = c;
      }
    }
    return found;
  }

  /**
   * Returns the category of a diastolic pressure alone.
   *
   * @param diastolic DBP, mmHg
   * @return the category
   */
  public static BloodPressureCategory ofDiastolic(int diastolic) {
    BloodPressureCategory found = NORMAL;
    for (BloodPressureCategory c : values()) {
      if (diastolic >= c.minDiastolic) {
        found = c;
      }
    }
    return found;
  }

  /**
   * Returns the category of a reading: the higher of its systolic and diastolic categories.
   *
   * @param reading the reading
   * @return the category
   */
  public static BloodPressureCategory of(BloodPressure reading) {
    Objects.requireNonNull(reading, "reading");
    BloodPressureCategory s = ofSystolic(reading.systolic());
    BloodPressureCategory d = ofDiastolic(reading.diastolic());
    return s.compareTo(d) >= 0 ? s : d;
  }
}
