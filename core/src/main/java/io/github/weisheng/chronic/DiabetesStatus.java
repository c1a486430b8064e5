package io.github.weisheng.chronic;

/**
 * Diabetes in a hypertension patient's risk profile (糖尿病), which selects the row of the 2018 risk
 * table; domain reference §5.1.
 *
 * @since 0.1.0
 */
public enum DiabetesStatus {
  /** No diabetes. */
  NONE,
  /** 糖尿病（无并发症）: diabetes without complications (row 3 of the table). */
  WITHOUT_COMPLICATIONS,
  /** 糖尿病（有并发症）: diabetes with complications (row 4 of the table). */
  WITH_COMPLICATIONS
}
