package io.github.weisheng.reporting;

/**
 * The key-population services a summary counts in person-times (人次) for a period, as the seed's
 * summaries state them (新生儿访视 810人次, 产前检查 1050人次, 产后访视 810人次, 体检儿童 200人次; the domain
 * reference README, "What a work summary states"): each service dated in the period counts once,
 * a person as many times as served — apart from the persons (人) the rates count.
 *
 * @since 0.1.0
 */
public enum KeyService {
  /** 新生儿访视: newborn home visits (archives-chronic-populations.md §6.1). */
  NEWBORN_VISITS("新生儿访视", "newborn visits"),
  /** 儿童健康检查: the full-month visit and the checks of children 0–6 (§6.1). */
  CHILD_CHECKS("儿童健康检查", "child health checks"),
  /** 产前检查: the registration check and the antenatal checks (§6.2). */
  ANTENATAL_CHECKS("产前检查", "antenatal checks"),
  /** 产后访视: postpartum home visits (§6.2). */
  POSTPARTUM_VISITS("产后访视", "postpartum visits"),
  /** 老年人健康管理服务: the elderly's yearly services (§6.3). */
  ELDERLY_SERVICES("老年人健康管理服务", "elderly health services"),
  /** 严重精神障碍患者随访 (§6.4). */
  SMI_FOLLOW_UPS("严重精神障碍患者随访", "severe mental disorder follow-ups"),
  /** 肺结核患者随访: the first home visit and the visits during treatment (§6.5). */
  TB_VISITS("肺结核患者随访", "tuberculosis visits");

  private final String chineseName;
  private final String englishName;

  KeyService(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /** @return the English name */
  public String englishName() {
    return englishName;
  }
}
