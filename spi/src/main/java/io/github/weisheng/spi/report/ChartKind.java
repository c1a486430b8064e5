package io.github.weisheng.spi.report;

/**
 * How a chart is drawn.
 *
 * @since 0.1.0
 */
public enum ChartKind {
  /** Bars per category (条形图), for example indicators against their targets, tiers, coverage. */
  BAR,
  /** A line across ordered categories (折线图), for example monthly follow-ups. */
  LINE
}
