package io.github.weisheng.infectious;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowUpActionTest {

  @Test
  void everyActionIsNamedInBothLanguagesAndRoundTrips() {
    for (FollowUpAction a : FollowUpAction.values()) {
      assertThat(a.chineseName()).containsPattern("\\p{IsHan}");
      assertThat(a.englishName()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
      assertThat(roundTrip(a, FollowUpAction.class)).isSameAs(a);
    }
    assertThat(FollowUpAction.DISINFECTION_GUIDANCE.chineseName()).isEqualTo("家庭消杀指导");
  }
}
