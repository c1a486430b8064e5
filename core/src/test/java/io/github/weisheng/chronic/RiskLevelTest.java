package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskLevelTest {

  @Test
  void vendorCodesAndOrder() {
    assertThat(RiskLevel.values()).extracting(RiskLevel::code).containsExactly(1, 2, 3, 4);
    assertThat(RiskLevel.LOW).isLessThan(RiskLevel.MEDIUM);
    assertThat(RiskLevel.HIGH).isLessThan(RiskLevel.VERY_HIGH);
    assertThat(RiskLevel.VERY_HIGH.rule()).isEqualTo("risk.level.veryHigh");
  }
}
