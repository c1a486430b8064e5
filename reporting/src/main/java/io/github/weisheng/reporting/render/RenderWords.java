package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.Figure;
import java.util.Locale;

/**
 * The few fixed words a renderer adds to a document (the heading of the key figures, a chart table's
 * "category" column, the wording of a key figure without a value), in the document's language:
 * Chinese unless the document is in English. Shared by the built-in renderers and available to a
 * host's own.
 *
 * @param keyFigures the heading of the key figures (主要数据)
 * @param value the heading of a value column (数值)
 * @param category the heading of a chart table's category column (类别)
 * @param chartData the label of a chart's data table (图表数据)
 * @param noValue how a key figure without a value reads where there is room for words: {@value
 *     Figure#NO_VALUE} and "no data" (—（无数据）); the one source of these words, which the work
 *     summary's prose also writes for a rate whose denominator is zero
 * @since 0.1.0
 */
public record RenderWords(String keyFigures, String value, String category, String chartData, String noValue) {
  private static final RenderWords CHINESE =
      new RenderWords("主要数据", "数值", "类别", "图表数据", Figure.NO_VALUE + "（无数据）");
  private static final RenderWords ENGLISH =
      new RenderWords("Key figures", "Value", "Category", "Chart data", Figure.NO_VALUE + " (no data)");

  /**
   * Returns the words for a document's language.
   *
   * @param locale the document's locale
   * @return English words for an English document, else Chinese
   */
  public static RenderWords of(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? ENGLISH : CHINESE;
  }

  /**
   * Returns a key figure's value as a table of key figures shows it: {@link Figure#exact()}, or
   * {@link #noValue()} for a figure without a value (never 0).
   *
   * @param figure the key figure
   * @return for example {@code 33.3%} or {@code —（无数据）}
   */
  public String keyFigureValue(Figure figure) {
    return figure.hasValue() ? figure.exact() : noValue;
  }
}
