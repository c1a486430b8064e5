package io.github.weisheng.education;

/**
 * The level of the institution whose health education is assessed: the spec's minimums differ
 * (immunization-sanitation-education-standards-privacy.md §4 [HE, KPI]).
 *
 * @since 0.1.0
 */
public enum InstitutionLevel {
  /** 社区卫生服务中心 / 乡镇卫生院. */
  CENTRE("社区卫生服务中心"),
  /** 社区卫生服务站 / 村卫生室. */
  STATION("社区卫生服务站");

  private final String chineseName;

  InstitutionLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
