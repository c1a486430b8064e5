package io.github.weisheng.sanitation;

/**
 * The kind of a sanitation {@link Campaign} (爱国卫生运动的活动类别);
 * immunization-sanitation-education-standards-privacy.md §3.
 *
 * @since 0.1.0
 */
public enum CampaignType {
  /** 爱国卫生月: every April since 1989, the Nth in year 1988+N ([C: AWM]); see {@link PatrioticHealthMonth}. */
  PATRIOTIC_HEALTH_MONTH("爱国卫生月"),
  /** 除四害: killing rats, mosquitoes, flies and cockroaches ([NWS]). */
  FOUR_PESTS("除四害"),
  /** 创建国家卫生城市: a National Health City drive (2014 standard, [NWS]). */
  NATIONAL_HEALTH_CITY("创建国家卫生城市"),
  /** 创建全国文明城市: a civilised-city drive. */
  CIVILISED_CITY("创建文明城市"),
  /** A local drive (专项整治, 环境综合整治 …). */
  LOCAL("专项整治");

  private final String chineseName;

  CampaignType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
