package io.github.weisheng.sanitation;

import java.math.BigDecimal;

/**
 * Test support of the sanitation package. The JSON and rule checks are
 * {@link io.github.weisheng.testing.Checks}.
 */
final class SanitationTesting {

  private SanitationTesting() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

}
