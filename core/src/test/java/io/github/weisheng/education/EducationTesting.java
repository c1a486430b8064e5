package io.github.weisheng.education;

import java.math.BigDecimal;

/**
 * Test support of the education package. The JSON and rule checks are
 * {@link io.github.weisheng.testing.Checks}.
 */
final class EducationTesting {

  private EducationTesting() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

}
