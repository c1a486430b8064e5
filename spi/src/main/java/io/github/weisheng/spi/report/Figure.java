package io.github.weisheng.spi.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure (数字): what is counted, the exact value, its unit and, optionally, the rounded wording a
 * summary's prose uses (10余, 近万). Tables and key figures show the exact value; a paragraph shows
 * the prose wording when there is one.
 *
 * @param label what the figure counts, for example {@code 高血压患者} (shown with key figures, kept by
 *     renderers that can carry it, such as JSON)
 * @param value the exact value
 * @param unit the unit as written after the number, for example {@code 人}, {@code 人次}, {@code %};
 *     may be empty
 * @param prose the rounded wording for prose without the unit, for example {@code 10余}; empty when
 *     the prose gives the exact value
 * @since 0.1.0
 */
public record Figure(String label, BigDecimal value, String unit, String prose) implements Inline {

  /** Checks every part. */
  public Figure {
    Texts.required(label, "figure.label");
    Objects.requireNonNull(value, "figure.value");
    Texts.optional(unit, "figure.unit");
    Texts.optional(prose, "figure.prose");
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
   * Returns a copy that prose shows with a rounded wording.
   *
   * @param wording the wording without unit, for example {@code 近万}
   * @return the copy
   */
  public Figure withProse(String wording) {
    return new Figure(label, value, unit, wording);
  }

  /**
   * Returns the exact value with its unit, as tables and key figures show it: plain digits, no
   * grouping separators (as the seed summaries write {@code 8136人}), no exponent.
   *
   * @return for example {@code 8136人} or {@code 88.2%}
   */
  public String exact() {
    return value.toPlainString() + unit;
  }

  /** Returns the figure as prose shows it: the rounded wording when there is one, else {@link #exact()}. */
  @Override
  public String display() {
    return prose.isEmpty() ? exact() : prose + unit;
  }
}
