package io.github.weisheng.spi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Figure}: a figure with a value reads back to that value from what it shows;
 * a figure without a value never shows a digit, whatever its label and unit.
 */
class FigureProperties {

  /** Units as the summaries write them, and some with digits that must never leak into "—". */
  private static final String[] UNITS = {"", "人", "人次", "%", "户", "‰", "1/10万", "m2"};

  @Test
  void aFigureWithAValueReadsBackToItsValue() {
    qt().forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(-3, 6),
            integers().between(0, UNITS.length - 1))
        .checkAssert((unscaled, scale, u) -> {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          String unit = UNITS[u];
          Figure figure = Figure.of("数字", value, unit);
          assertThat(figure.hasValue()).isTrue();
          String exact = figure.exact();
          assertThat(exact).endsWith(unit).doesNotContain("E", ",", Figure.NO_VALUE);
          BigDecimal read = new BigDecimal(exact.substring(0, exact.length() - unit.length()));
          assertThat(read).isEqualByComparingTo(value);
          assertThat(read.scale()).isEqualTo(Math.max(0, value.scale()));
          assertThat(figure.display()).isEqualTo(exact);
          assertThat(new Figure(figure.label(), figure.value(), figure.unit(), figure.prose())).isEqualTo(figure);
        });
  }

  @Test
  void aFigureWithoutAValueNeverShowsADigit() {
    qt().forAll(strings().allPossible().ofLengthBetween(1, 12), integers().between(0, UNITS.length - 1))
        .assuming((label, u) -> !label.isBlank())
        .checkAssert((label, u) -> {
          Figure figure = Figure.noValue(label, UNITS[u]);
          assertThat(figure.hasValue()).isFalse();
          assertThat(figure.value()).isNull();
          assertThat(figure.exact()).isEqualTo(Figure.NO_VALUE).doesNotContainPattern("\\p{Nd}");
          assertThat(figure.display()).isEqualTo(Figure.NO_VALUE);
          assertThat(figure.label()).isEqualTo(label);
          assertThat(figure.unit()).isEqualTo(UNITS[u]);
          assertThat(new Figure(label, null, UNITS[u], "")).isEqualTo(figure);
        });
  }
}
