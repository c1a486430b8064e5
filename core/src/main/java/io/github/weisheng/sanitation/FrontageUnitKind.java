package io.github.weisheng.sanitation;

/**
 * The kind of a 门前三包 responsibility unit (责任单位): street-facing units, shops and households
 * (immunization-sanitation-education-standards-privacy.md §3 [MQSB]).
 *
 * @since 0.1.0
 */
public enum FrontageUnitKind {
  /** 沿街商铺/门店. */
  SHOP("沿街商铺"),
  /** 机关、企事业单位. */
  INSTITUTION("机关企事业单位"),
  /** 沿街住户. */
  HOUSEHOLD("沿街住户"),
  /** 农贸市场、摊点等其他. */
  OTHER("其他");

  private final String chineseName;

  FrontageUnitKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
