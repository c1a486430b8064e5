package io.github.weisheng.infectious;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotifiableClassTest {

  @Test
  void theThreeClassesOfTheLaw() {
    assertThat(NotifiableClass.values()).extracting(NotifiableClass::chineseName).containsExactly("甲类", "乙类", "丙类");
    assertThat(NotifiableClass.CLASS_C.englishName()).isEqualTo("class C");
    for (NotifiableClass c : NotifiableClass.values()) {
      assertThat(roundTrip(c, NotifiableClass.class)).isSameAs(c);
    }
  }
}
