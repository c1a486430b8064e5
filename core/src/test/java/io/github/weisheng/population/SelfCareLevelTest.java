package io.github.weisheng.population;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelfCareLevelTest {
  @Test
  void bandEdges() {
    assertThat(SelfCareLevel.of(0)).isEqualTo(SelfCareLevel.SELF_CARING);
    assertThat(SelfCareLevel.of(3)).isEqualTo(SelfCareLevel.SELF_CARING);
    assertThat(SelfCareLevel.of(4)).isEqualTo(SelfCareLevel.MILD_DEPENDENCE);
    assertThat(SelfCareLevel.of(8)).isEqualTo(SelfCareLevel.MILD_DEPENDENCE);
    assertThat(SelfCareLevel.of(9)).isEqualTo(SelfCareLevel.MODERATE_DEPENDENCE);
    assertThat(SelfCareLevel.of(18)).isEqualTo(SelfCareLevel.MODERATE_DEPENDENCE);
    assertThat(SelfCareLevel.of(19)).isEqualTo(SelfCareLevel.UNABLE);
    assertThat(SelfCareLevel.of(Integer.MAX_VALUE)).isEqualTo(SelfCareLevel.UNABLE);
    assertThat(SelfCareLevel.MILD_DEPENDENCE.from()).isEqualTo(4);
    assertThat(SelfCareLevel.MILD_DEPENDENCE.to()).isEqualTo(8);
  }

  @Test
  void negativeScoreRejected() {
    assertRules(() -> SelfCareLevel.of(-1), "elderlyCheck.selfCareScore [elderly.selfCareScore.range]");
  }
}
