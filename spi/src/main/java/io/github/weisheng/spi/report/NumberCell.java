package io.github.weisheng.spi.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cell holding an exact number; renderers align it right and formats that have numeric cells
 * (spreadsheets) store it as a number. The unit belongs in the column header.
 *
 * @param value the exact value
 * @since 0.1.0
 */
public record NumberCell(BigDecimal value) implements Cell {

  /** Checks the value is present. */
  public NumberCell {
    Objects.requireNonNull(value, "cell.value");
  }

  /** Returns the plain digits, no grouping, no exponent. */
  @Override
  public String display() {
    return value.toPlainString();
  }
}
