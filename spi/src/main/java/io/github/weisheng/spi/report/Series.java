package io.github.weisheng.spi.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One series of a chart: a name, its role and one value per category of the chart.
 *
 * @param name the legend name
 * @param role measured values or targets
 * @param values one value per category
 * @since 0.1.0
 */
public record Series(String name, SeriesRole role, List<BigDecimal> values) {

  /** Checks and copies. */
  public Series {
    Texts.required(name, "series.name");
    Objects.requireNonNull(role, "series.role");
    values = Texts.copy(values, "series.values");
  }

  /**
   * Returns a series of measured values.
   *
   * @param name the legend name
   * @param values one per category
   * @return the series
   */
  public static Series measured(String name, List<BigDecimal> values) {
    return new Series(name, SeriesRole.MEASURED, values);
  }

  /**
   * Returns a series of targets.
   *
   * @param name the legend name
   * @param values one per category
   * @return the series
   */
  public static Series target(String name, List<BigDecimal> values) {
    return new Series(name, SeriesRole.TARGET, values);
  }
}
