package io.github.weisheng.chronic;

/**
 * The simplified two-level risk of the 2022 Chinese hypertension clinical practice guideline
 * (中国高血压临床实践指南 2022), domain reference §5.2 [C]. Declared from the lower to the higher.
 *
 * @since 0.1.0
 */
public enum TwoLevelRisk {
  /** 非高危. */
  NON_HIGH,
  /** 高危. */
  HIGH
}
