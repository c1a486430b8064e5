package io.github.weisheng.chronic;

/**
 * Management tier of a hypertension patient (分级管理 / 三级管理), domain reference §5.3 [S]: local
 * practice, not a national rule. The tier follows the risk level and sets the follow-up cadence,
 * both through {@link TierPolicy}. Declared from the lightest to the most intensive.
 *
 * @since 0.1.0
 */
public enum ManagementTier {
  /** 一级管理: low risk; every 3 months by default. */
  TIER_1("tier.tier1"),
  /** 二级管理: medium risk; every 2 months by default. */
  TIER_2("tier.tier2"),
  /** 三级管理: high and very high risk; monthly by default. */
  TIER_3("tier.tier3");

  private final String rule;

  ManagementTier(String rule) {
    this.rule = rule;
  }

  /** @return the rule id naming this tier's assignment, for example {@code tier.tier1} */
  public String rule() {
    return rule;
  }
}
