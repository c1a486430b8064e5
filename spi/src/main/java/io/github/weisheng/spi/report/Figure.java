package io.github.weisheng.spi.report;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A figure (数字): what is counted, the exact value, its unit and, optionally, the rounded wording a
 * summary's prose uses (10余, 近万). Tables and key figures show the exact value; a paragraph shows
 * the prose wording when there is one.
 *
 * <p><b>A figure without a value</b> (无数据): a key figure may have no value, for example a rate
 * whose denominator is zero (an area with no diabetic this year has no 糖尿病患者规范管理率). Such a
 * figure is made by {@link #noValue(String, String)}; {@link #hasValue()} is {@code false}, {@link
 * #value()} is {@code null}, and {@link #exact()} and {@link #display()} read {@value #NO_VALUE}
 * with no unit. Every renderer must show it: its label with {@value #NO_VALUE} (and the words
 * 无数据 / "no data" where the format has room), never {@code 0} or {@code 0%}, never left out; a
 * format with typed values writes it as text or null (a spreadsheet cell holds the text {@value
 * #NO_VALUE}, JSON writes {@code "value": null}); a chart drawn from key figures skips it. The
 * renderer TCK checks this. A figure without a value has no prose wording. Figures without a value
 * are key figures only: a {@link Paragraph} refuses them, since prose says "no data" in its own
 * words, so a renderer finds them in {@link ReportDocument#keyFigures()} and nowhere else.
 *
 * @param label what the figure counts, for example {@code 高血压患者} (shown with key figures, kept by
 *     renderers that can carry it, such as JSON)
 * @param value the exact value; {@code null} for a figure without a value (see {@link #hasValue()})
 * @param unit the unit as written after the number, for example {@code 人}, {@code 人次}, {@code %};
 *     may be empty; kept for a figure without a value (a renderer with a unit column still fills it)
 * @param prose the rounded wording for prose without the unit, for example {@code 10余}; empty when
 *     the prose gives the exact value, and always empty for a figure without a value
 * @since 0.1.0
 */
public record Figure(String label, @Nullable BigDecimal value, String unit, String prose) implements Inline {

  /**
   * What a figure without a value reads as: an em dash (U+2014), as the seed summaries' tables write a
   * missing number.
   */
  public static final String NO_VALUE = "\u2014";

  /** Checks every part; a figure without a value must have no prose wording. */
  public Figure {
    Texts.required(label, "figure.label");
    Texts.optional(unit, "figure.unit");
    Texts.optional(prose, "figure.prose");
    if (value == null && !prose.isEmpty()) {
      throw new IllegalArgumentException(
          "figure.prose must be empty for a figure without a value / 无数据的数字不能有约数措辞");
    }
  }

  /**
   * Returns an exact figure.
   *
   * @param label what it counts
   * @param value the value
   * @param unit the unit, may be empty
   * @return the figure
   */
  public static Figure of(String label, BigDecimal value, String unit) {
    Objects.requireNonNull(value, "figure.value");
    return new Figure(label, value, unit, "");
  }

  /**
   * Returns an exact whole-number figure.
   *
   * @param label what it counts
   * @param value the value
   * @param unit the unit, may be empty
   * @return the figure
   */
  public static Figure of(String label, long value, String unit) {
    return of(label, BigDecimal.valueOf(value), unit);
  }

  /**
   * Returns a key figure without a value (无数据), for example a rate whose denominator is zero; it
   * reads {@value #NO_VALUE}.
   *
   * @param label what it would count, for example {@code 2型糖尿病患者规范管理率}
   * @param unit the unit the value would have, for example {@code %}; may be empty
   * @return the figure
   */
  public static Figure noValue(String label, String unit) {
    return new Figure(label, null, unit, "");
  }

  /**
   * Tells whether the figure has a value.
   *
   * @return {@code false} for a figure made by {@link #noValue(String, String)}
   */
  public boolean hasValue() {
    return value != null;
  }

  /**
   * Returns a copy that prose shows with a rounded wording.
   *
   * @param wording the wording without unit, for example {@code 近万}
   * @return the copy
   * @throws IllegalArgumentException when the figure has no value
   */
  public Figure withProse(String wording) {
    return new Figure(label, value, unit, wording);
  }

  /**
   * Returns the exact value with its unit, as tables and key figures show it: plain digits, no
   * grouping separators (as the seed summaries write {@code 8136人}), no exponent; {@value #NO_VALUE}
   * alone (no unit) for a figure without a value.
   *
   * @return for example {@code 8136人} or {@code 88.2%}, or {@code —}
   */
  public String exact() {
    return value == null ? NO_VALUE : value.toPlainString() + unit;
  }

  /**
   * Returns the figure as prose shows it: the rounded wording when there is one, else {@link #exact()}
   * ({@value #NO_VALUE} for a figure without a value).
   */
  @Override
  public String display() {
    return prose.isEmpty() ? exact() : prose + unit;
  }
}
