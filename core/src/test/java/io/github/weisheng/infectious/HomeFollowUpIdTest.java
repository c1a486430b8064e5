package io.github.weisheng.infectious;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class HomeFollowUpIdTest {

  @Test
  void formEqualityOrderAndJson() {
    assertRules(() -> HomeFollowUpId.parse("a b"), "homeFollowUpId [homeFollowUpId.format]");
    assertRules(() -> HomeFollowUpId.parse(""), "homeFollowUpId [homeFollowUpId.format]");
    assertRules(() -> HomeFollowUpId.parse("x".repeat(65)), "homeFollowUpId [homeFollowUpId.format]");
    assertThat(HomeFollowUpId.parse("x".repeat(64)).value()).hasSize(64);
    new EqualsTester().addEqualityGroup(HomeFollowUpId.parse("x"), HomeFollowUpId.parse("x"))
        .addEqualityGroup(HomeFollowUpId.parse("y")).testEquals();
    HomeFollowUpId id = HomeFollowUpId.random();
    assertThat(roundTrip(id, HomeFollowUpId.class)).isEqualTo(id);
    assertThat(id).hasToString(id.value());
    assertThat(HomeFollowUpId.parse("a").compareTo(HomeFollowUpId.parse("b"))).isNegative();
  }
}
