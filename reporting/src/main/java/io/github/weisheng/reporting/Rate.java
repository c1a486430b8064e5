package io.github.weisheng.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate: a numerator over a denominator, as the official indicators (…率) are stated. The percent
 * is rounded half-up to one decimal, as work summaries print it; the counts stay exact.
 *
 * @since 0.1.0
 */
public final class Rate {
  private final long numerator;
  private final long denominator;

  private Rate(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns a rate.
   *
   * @param numerator the count of members that meet the indicator, 0 or more
   * @param denominator the count of members the indicator is about, 0 or more
   * @return the rate
   * @throws IllegalArgumentException when a count is negative
   */
  public static Rate of(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    return new Rate(numerator, denominator);
  }

  /** @return the numerator */
  public long numerator() {
    return numerator;
  }

  /** @return the denominator */
  public long denominator() {
    return denominator;
  }

  /** @return the percent, half-up to one decimal; empty when the denominator is 0 */
  public Optional<BigDecimal> percent() {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate r && numerator == r.numerator && denominator == r.denominator;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  /** Shows {@code 5 / 8 = 62.5%}, or {@code 0 / 0} when undefined. */
  @Override
  public String toString() {
    return numerator + " / " + denominator + percent().map(p -> " = " + p.toPlainString() + "%").orElse("");
  }
}
