package io.github.weisheng.reporting;

/**
 * The denominator of 健康档案使用率 (archive use rate), on which the sources disagree (domain
 * reference §1.4): the variant is a named option, not a hidden choice.
 *
 * @since 0.1.0
 */
public enum UsageDenominator {
  /** All archives (建档总数) [C] woyaojiankangwang.com, "tojsijlqly". The default. */
  ALL_ARCHIVES,
  /** Electronic archives only, as one vendor model computes it [S]. */
  ELECTRONIC_ARCHIVES
}
