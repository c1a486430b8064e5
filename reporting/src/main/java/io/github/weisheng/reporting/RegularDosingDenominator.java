package io.github.weisheng.reporting;

/**
 * The denominator of 肺结核患者规则服药率 (tuberculosis regular dosing rate), on which the sources
 * disagree (archives-chronic-populations.md §6.5 [S]): the variant is a named option.
 *
 * @since 0.1.0
 */
public enum RegularDosingDenominator {
  /** Patients whose treatment was completed in the year (已完成治疗) [S] vendor code. The default. */
  COMPLETED_TREATMENT,
  /** Patients diagnosed and notified in the year (确诊并通知), as one vendor model divides [S] (conflict). */
  NOTIFIED
}
