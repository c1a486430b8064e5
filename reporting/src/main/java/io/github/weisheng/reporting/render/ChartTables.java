package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.Table;
import java.util.ArrayList;
import java.util.List;

/** A chart's numbers as a table, for formats that cannot draw and as a chart's accessible data. */
final class ChartTables {
  private ChartTables() {}

  /** One row per category, one column per series; the unit goes in the headers. */
  static Table of(Chart chart, Words words) {
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
