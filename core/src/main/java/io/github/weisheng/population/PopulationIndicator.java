package io.github.weisheng.population;

/**
 * The indicators whose per-person inputs this package computes ({@link IndicatorStatus}), with
 * their group; names from §7 [S] (vendor dashboards mirroring the specification's 工作指标), formulas
 * in §6 as each constant says.
 *
 * @since 0.1.0
 */
public enum PopulationIndicator {
  /** 老年人健康管理率: 65+ managed in the year ÷ 65+ residents (§6.3 [C]/[S]; "managed" [U]). */
  ELDERLY_MANAGEMENT(PopulationGroup.ELDERLY, "老年人健康管理率"),
  /** 新生儿访视率: newborns with ≥1 visit ÷ live births (§6.1, formula [U]). */
  NEWBORN_VISIT(PopulationGroup.CHILD, "新生儿访视率"),
  /** 儿童健康管理率: children 0–6 with ≥1 check in the year ÷ children 0–6 (§6.1, formula [U]). */
  CHILD_MANAGEMENT(PopulationGroup.CHILD, "儿童健康管理率"),
  /** 早孕建册率: registered with the first check before week 13 ÷ live births (§6.2 [S]). */
  EARLY_PREGNANCY_REGISTRATION(PopulationGroup.MATERNAL, "早孕建册率"),
  /** 产后访视率: visited within 28 days of discharge ÷ live births (§6.2 [S]). */
  POSTPARTUM_VISIT(PopulationGroup.MATERNAL, "产后访视率"),
  /** 严重精神障碍患者规范管理率: managed per the specification ÷ registered patients (§6.4 [S]). */
  SEVERE_MENTAL_DISORDER_STANDARD_MANAGEMENT(PopulationGroup.SEVERE_MENTAL_DISORDER, "严重精神障碍患者规范管理率"),
  /** 肺结核患者管理率: managed ÷ diagnosed and notified in the period (§6.5 [S]). */
  TUBERCULOSIS_MANAGEMENT(PopulationGroup.TUBERCULOSIS, "肺结核患者管理率"),
  /** 规则服药率: dosing regularly ÷ completed treatment (§6.5 [S]; "regular" ≥ 90% [U]). */
  TUBERCULOSIS_REGULAR_DOSING(PopulationGroup.TUBERCULOSIS, "规则服药率");

  private final PopulationGroup group;
  private final String chineseName;

  PopulationIndicator(PopulationGroup group, String chineseName) {
    this.group = group;
    this.chineseName = chineseName;
  }

  /** @return the group the indicator counts */
  public PopulationGroup group() {
    return group;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
