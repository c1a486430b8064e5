package io.github.weisheng.chronic;

/**
 * Cardiovascular risk level of a hypertension patient (心血管风险水平, 危险分层), the result of the 2018
 * Chinese hypertension guideline table ({@link RiskTable}); domain reference §5.1. Vendor codes 1–4
 * [S]. Declared from the lowest to the highest, so {@link #compareTo} orders by risk.
 *
 * @since 0.1.0
 */
public enum RiskLevel {
  /** 低危, code 1. */
  LOW(1, "risk.level.low"),
  /** 中危, code 2. */
  MEDIUM(2, "risk.level.medium"),
  /** 高危, code 3. */
  HIGH(3, "risk.level.high"),
  /** 很高危, code 4. */
  VERY_HIGH(4, "risk.level.veryHigh");

  private final int code;
  private final String rule;

  RiskLevel(int code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  /** @return the vendor code, 1–4 [S] */
  public int code() {
    return code;
  }

  /** @return the rule id naming this level as the table's result, for example {@code risk.level.high} */
  public String rule() {
    return rule;
  }
}
