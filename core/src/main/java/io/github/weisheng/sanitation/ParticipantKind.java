package io.github.weisheng.sanitation;

/**
 * Who took part in an activity (参与人员), as summaries count them: "组织辖区单位4次, 组织辖区居民60人,
 * 联合上级进驻社区的干部10余人" (seed, 银丰社区). Residents, cadres, staff and volunteers are counted
 * in persons (人); units in establishments (家/次).
 *
 * @since 0.1.0
 */
public enum ParticipantKind {
  /** 居民. */
  RESIDENTS("居民"),
  /** 辖区单位: institutions, shops and other units of the area. */
  UNITS("辖区单位"),
  /** 干部: committee and street cadres. */
  CADRES("干部"),
  /** 工作人员: centre staff, cleaners, disinfection staff. */
  STAFF("工作人员"),
  /** 志愿者. */
  VOLUNTEERS("志愿者");

  private final String chineseName;

  ParticipantKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
