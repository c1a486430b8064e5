package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontageDutyTest {

  @Test
  void aDutyHasACodeANameAndAWording() {
    FrontageDuty d = FrontageDuty.of("hygiene", "包卫生", "门前无垃圾");
    assertThat(roundTrip(d, FrontageDuty.class)).isEqualTo(d);
    assertRules(() -> FrontageDuty.of("Hygiene!", "", "x".repeat(201)),
        "code [frontageDuty.code]", "name [sanitation.text]", "description [sanitation.text]");
  }
}
