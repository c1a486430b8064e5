package io.github.weisheng.sanitation;

/**
 * How a {@link CampaignGoal}'s completion is measured (完成情况).
 *
 * @since 0.1.0
 */
public enum GoalMeasure {
  /** A total to reach ("clear 20 black spots"): completion is achieved ÷ target and may exceed 100% (超额完成). */
  TOTAL,
  /**
   * Coverage of a whole ("cover every household", target = the households in scope): completion is
   * achieved ÷ target, at most 100% (覆盖率).
   */
  COVERAGE
}
