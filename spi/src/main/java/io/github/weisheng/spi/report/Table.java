package io.github.weisheng.spi.report;

import java.util.List;

/**
 * A table: a caption, column headers (with units, for example {@code 人数（人）}) and rows of cells.
 *
 * @param caption the caption, may be empty
 * @param columns the column headers, at least one
 * @param rows the rows, each with exactly one cell per column
 * @since 0.1.0
 */
public record Table(String caption, List<String> columns, List<List<Cell>> rows) implements Block {

  /** Checks every row has one cell per column, and copies. */
  public Table {
    Texts.optional(caption, "table.caption");
    columns = Texts.copy(columns, "table.columns");
    rows = Texts.copy(rows, "table.rows").stream().map(row -> Texts.copy(row, "table.rows")).toList();
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(
          "table.columns must not be empty / table.columns 表格至少需要一列");
    }
    for (List<Cell> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "table.rows must each have one cell per column / table.rows 每行的单元格数须与列数相同");
      }
    }
  }

  /**
   * Returns a table.
   *
   * @param caption the caption
   * @param columns the headers
   * @param rows the rows
   * @return the table
   */
  public static Table of(String caption, List<String> columns, List<List<Cell>> rows) {
    return new Table(caption, columns, rows);
  }
}
