package io.github.weisheng.spi.report;

/**
 * What a chart series is.
 *
 * @since 0.1.0
 */
public enum SeriesRole {
  /** Measured values (实际值). */
  MEASURED,
  /** Targets the measured values are held against (目标值), drawn as markers. */
  TARGET
}
