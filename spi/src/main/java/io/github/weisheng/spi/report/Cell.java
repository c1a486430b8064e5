package io.github.weisheng.spi.report;

/**
 * A table cell: {@link TextCell} or {@link NumberCell}.
 *
 * @since 0.1.0
 */
public sealed interface Cell permits TextCell, NumberCell {

  /**
   * Returns the cell as a reader sees it.
   *
   * @return the displayed text
   */
  String display();

  /**
   * Returns a text cell.
   *
   * @param text the text
   * @return the cell
   */
  static Cell text(String text) {
    return new TextCell(text);
  }

  /**
   * Returns a number cell.
   *
   * @param value the exact value
   * @return the cell
   */
  static Cell number(java.math.BigDecimal value) {
    return new NumberCell(value);
  }

  /**
   * Returns a whole-number cell.
   *
   * @param value the value
   * @return the cell
   */
  static Cell number(long value) {
    return new NumberCell(java.math.BigDecimal.valueOf(value));
  }
}
