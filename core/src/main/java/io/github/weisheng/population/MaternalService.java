package io.github.weisheng.population;

/**
 * The services of maternal health management (孕产妇健康管理), §6.2 [C]; windows in {@link MaternalSchedule}.
 *
 * @since 0.1.0
 */
public enum MaternalService {
  /** 早孕建册 with the first antenatal check: before week 13. */
  REGISTRATION(true),
  /** 孕中期 weeks 16–20. */
  ANTENATAL_16_20(true),
  /** 孕中期 weeks 21–24. */
  ANTENATAL_21_24(true),
  /** 孕晚期 weeks 28–36. */
  ANTENATAL_28_36(true),
  /** 孕晚期 weeks 37–40. */
  ANTENATAL_37_40(true),
  /** 产后访视: home visit within a week of discharge. */
  POSTPARTUM_VISIT(false),
  /** 产后42天健康检查. */
  POSTPARTUM_42_DAY(false);

  private final boolean antenatal;

  MaternalService(boolean antenatal) {
    this.antenatal = antenatal;
  }

  /** @return true before delivery (产前), false after it (产后) */
  public boolean antenatal() {
    return antenatal;
  }

  /** @return the service id used in {@link DueService}, for example {@code maternal.REGISTRATION} */
  public String id() {
    return "maternal." + name();
  }
}
