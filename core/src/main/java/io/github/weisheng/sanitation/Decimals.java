package io.github.weisheng.sanitation;

import java.math.BigDecimal;

/** Decimal helpers: one scale per value, so that equal amounts are equal values. */
final class Decimals {
  private Decimals() {}

  /** Strips trailing zeros, never to a negative scale: 5.00 → 5, 100 → 100, 0.50 → 0.5. */
  static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
