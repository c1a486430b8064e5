package io.github.weisheng.spi.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart: bars or a line over categories, with one or more series (measured values, targets).
 * Renderers that cannot draw (Markdown, plain text) show the same numbers as a table, so no figure
 * is lost in any format.
 *
 * @param kind bars or line
 * @param title the title
 * @param unit the unit of the values, for example {@code %}; may be empty
 * @param categories the category labels, at least one
 * @param series the series, at least one, each with one value per category
 * @since 0.1.0
 */
public record Chart(ChartKind kind, String title, String unit, List<String> categories, List<Series> series)
    implements Block {

  /** Checks the series fit the categories, and copies. */
  public Chart {
    Objects.requireNonNull(kind, "chart.kind");
    Texts.required(title, "chart.title");
    Texts.optional(unit, "chart.unit");
    categories = Texts.copy(categories, "chart.categories");
    series = Texts.copy(series, "chart.series");
    if (categories.isEmpty() || series.isEmpty()) {
      throw new IllegalArgumentException(
          "chart.categories and chart.series must not be empty / 图表至少需要一个类别和一个数据系列");
    }
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "chart.series must each have one value per category / 每个数据系列的值个数须与类别数相同");
      }
    }
  }

  /**
   * Returns a chart.
   *
   * @param kind bars or line
   * @param title the title
   * @param unit the unit
   * @param categories the categories
   * @param series the series
   * @return the chart
   */
  public static Chart of(ChartKind kind, String title, String unit, List<String> categories, List<Series> series) {
    return new Chart(kind, title, unit, categories, series);
  }
}
