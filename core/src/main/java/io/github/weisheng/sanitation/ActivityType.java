package io.github.weisheng.sanitation;

/**
 * The type of a sanitation {@link Activity} (活动类型), after the activities community work
 * summaries report (../shared/domain/README.md, sanitation and civic campaigns).
 *
 * @since 0.1.0
 */
public enum ActivityType {
  /** 大扫除 / 环境清理: a clean-up. */
  CLEAN_UP("大扫除"),
  /** 卫生检查 / 巡查: an inspection. */
  INSPECTION("卫生检查"),
  /** 除四害 / 消杀: pest control. */
  PEST_CONTROL("除四害消杀"),
  /** 宣传: publicity (banners, leaflets, exhibitions). */
  PUBLICITY("宣传"),
  /** 植树绿化: tree planting. */
  TREE_PLANTING("植树绿化"),
  /** 防火安全会议: a fire-safety meeting. */
  FIRE_SAFETY_MEETING("防火安全会议"),
  /** 入户走访: household visits. */
  HOUSEHOLD_VISITS("入户走访"),
  /** 集中整治 / 整改: rectification (street vendors, illegal ads, frontages). */
  RECTIFICATION("集中整治"),
  /** 其他. */
  OTHER("其他");

  private final String chineseName;

  ActivityType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
