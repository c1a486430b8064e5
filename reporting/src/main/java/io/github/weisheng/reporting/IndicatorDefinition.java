package io.github.weisheng.reporting;

import java.util.Objects;

/**
 * What an official indicator (指标) is: its id, names, the numerator and denominator in words, what
 * they count, and the source of the formula (a section of the domain reference with its confidence
 * tag). Where sources disagree the variant is part of the id (for example {@code
 * archive.use-rate.electronic}).
 *
 * @param id a stable id, for example {@code hypertension.standard-management-rate}
 * @param name the Chinese name, for example {@code 高血压患者规范管理率}
 * @param englishName the English name
 * @param numerator the numerator in Chinese words
 * @param denominator the denominator in Chinese words
 * @param counting what numerator and denominator count
 * @param source where the formula comes from, for example {@code archives-chronic-populations.md §3 [C]}
 * @since 0.1.0
 */
public record IndicatorDefinition(
    String id, String name, String englishName, String numerator, String denominator, Counting counting,
    String source) {

  /** Checks every part is present. */
  public IndicatorDefinition {
    for (String part : new String[] {id, name, englishName, numerator, denominator, source}) {
      Objects.requireNonNull(part, "indicator definition part");
      if (part.isBlank()) {
        throw new IllegalArgumentException("indicator definition parts must not be blank / 指标定义各项不能为空");
      }
    }
    Objects.requireNonNull(counting, "counting");
  }
}
