package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontageFindingTest {

  @Test
  void keptAndBrokenFindingsWithAHiddenNote() {
    FrontageFinding broken = FrontageFinding.broken("order", "门前乱堆杂物，店主张三拒不清理");
    assertThat(broken.compliant()).isFalse();
    assertThat(broken.toString()).doesNotContain("张三");
    assertThat(FrontageFinding.kept("hygiene").compliant()).isTrue();
    assertThat(roundTrip(broken, FrontageFinding.class)).isEqualTo(broken);
    assertRules(() -> FrontageFinding.broken("order", " "), "note [sanitation.text]");
  }
}
