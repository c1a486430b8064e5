package io.github.weisheng.chronic;

/**
 * Management level of a type 2 diabetes patient: routine (常规管理) or intensive (强化管理). No
 * national tiering was found; this is vendor practice [S] (domain reference §5.3 "Diabetes
 * tiers"), and which patients are managed intensively is the host's decision [U]. The cadence of
 * each level is {@link DiabetesManagementPolicy}.
 *
 * @since 0.1.0
 */
public enum DiabetesManagementLevel {
  /** 常规管理: every 90 days by default [S]. */
  ROUTINE("diabetesManagement.routine"),
  /** 强化管理: every 30 days by default [S]. */
  INTENSIVE("diabetesManagement.intensive");

  private final String rule;

  DiabetesManagementLevel(String rule) {
    this.rule = rule;
  }

  /** @return the rule id naming this level, for example {@code diabetesManagement.routine}; argument: the interval */
  public String rule() {
    return rule;
  }
}
