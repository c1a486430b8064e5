package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdverseReactionTest {

  @Test
  void presentUnlessNone() {
    assertThat(AdverseReaction.NONE.present()).isFalse();
    assertThat(AdverseReaction.CONTROLLABLE.present()).isTrue();
    assertThat(AdverseReaction.UNCONTROLLABLE.present()).isTrue();
  }
}
