package io.github.weisheng.reporting;

/**
 * The denominator of 传染病疫情报告及时率 (infectious disease timely report rate), on which vendor
 * implementations disagree [S]: the variant is a named option.
 *
 * @since 0.1.0
 */
public enum TimelinessDenominator {
  /**
   * The cases reported (报告传染病病例数), as the statistics report of the service category divides
   * (传染病及突发公共卫生事件报告和处理统计报表: 报告及时的病例数 ÷ 报告传染病病例数) [S] vendor code. The default.
   */
  REPORTED,
  /**
   * The cases registered (登记传染病病例数), as one vendor dashboard divides (网络直报及时的传染病病例数 ÷
   * 登记传染病病例数) [S] vendor code (conflict): a case never reported counts as not on time.
   */
  REGISTERED
}
