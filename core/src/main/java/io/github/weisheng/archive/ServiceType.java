package io.github.weisheng.archive;

/**
 * The kinds of service record an archive holds besides its forms: health checks, key-population
 * follow-ups and other encounters (接诊/转诊/会诊), which make an archive "dynamic" (domain reference
 * §1.2 and §1.4 [C]).
 *
 * @since 0.1.0
 */
public enum ServiceType {
  /** 健康体检. */
  HEALTH_CHECK("健康体检"),
  /** 随访 (hypertension, diabetes, severe mental disorder, tuberculosis …). */
  FOLLOW_UP("随访"),
  /** 接诊. */
  CONSULTATION("接诊"),
  /** 转诊. */
  REFERRAL("转诊"),
  /** 会诊. */
  JOINT_CONSULTATION("会诊"),
  /** 预防接种. */
  IMMUNIZATION("预防接种"),
  /** 儿童健康检查 and newborn visits. */
  CHILD_HEALTH("儿童健康管理"),
  /** 孕产妇健康管理: prenatal and postpartum visits. */
  MATERNAL_HEALTH("孕产妇健康管理"),
  /** 健康教育 given to this resident (health prescription, counselling). */
  HEALTH_EDUCATION("个体化健康教育"),
  /** Any other service the host records. */
  OTHER("其他");

  private final String chineseName;

  ServiceType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
