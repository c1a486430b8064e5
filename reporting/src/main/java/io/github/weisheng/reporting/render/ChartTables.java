package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's numbers as a table, for formats that cannot draw and as a drawn chart's data.
 *
 * @since 0.1.0
 */
public final class ChartTables {
  private ChartTables() {}

  /**
   * Returns one row per category and one column per series, the unit in the headers.
   *
   * @param chart the chart
   * @param words the words of the document's language
   * @return the table, captioned with the chart's title
   */
  public static Table of(Chart chart, RenderWords words) {
    String unit = chart.unit().isEmpty() ? "" : "（" + chart.unit() + "）";
    List<String> columns = new ArrayList<>();
    columns.add(words.category());
    for (Series series : chart.series()) {
      columns.add(series.name() + unit);
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (int c = 0; c < chart.categories().size(); c++) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(chart.categories().get(c)));
      for (Series series : chart.series()) {
        row.add(Cell.number(series.values().get(c)));
      }
      rows.add(row);
    }
    return Table.of(chart.title(), columns, rows);
  }
}
