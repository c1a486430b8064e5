package io.github.weisheng.population;

/**
 * The key populations of this package (重点人群), §1 "Priority groups" [C] and §6.
 *
 * @since 0.1.0
 */
public enum PopulationGroup {
  /** 65岁及以上老年人 (§6.3). */
  ELDERLY("老年人"),
  /** 0～6岁儿童 (§6.1). */
  CHILD("0～6岁儿童"),
  /** 孕产妇 (§6.2). */
  MATERNAL("孕产妇"),
  /** 严重精神障碍患者 (§6.4). */
  SEVERE_MENTAL_DISORDER("严重精神障碍患者"),
  /** 肺结核患者 (§6.5). */
  TUBERCULOSIS("肺结核患者");

  private final String chineseName;

  PopulationGroup(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
