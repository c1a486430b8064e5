package io.github.weisheng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The options of the embedded H2 file store. */
class H2FileOptionsTest {

  @Test
  @DisplayName("the defaults compact every 100 commits, so the file is bounded while the store is open")
  void defaultsCompactEveryHundredCommits() {
    assertThat(H2FileOptions.defaults().compactionInterval()).isEqualTo(100);
    assertThat(H2FileOptions.defaults().compactsWhileOpen()).isTrue();
    assertThat(H2FileOptions.DEFAULT_COMPACTION_INTERVAL).isEqualTo(100);
  }

  @Test
  @DisplayName("compactingEvery takes any interval of at least one commit")
  void compactingEvery() {
    assertThat(H2FileOptions.compactingEvery(1).compactionInterval()).isEqualTo(1);
    assertThat(H2FileOptions.compactingEvery(5000).compactionInterval()).isEqualTo(5000);
    assertThat(H2FileOptions.compactingEvery(100)).isSameAs(H2FileOptions.defaults());
    assertThatThrownBy(() -> H2FileOptions.compactingEvery(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H2FileOptions.compactingEvery(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("notCompactingWhileOpen has interval 0 and does not compact while open")
  void notCompactingWhileOpen() {
    assertThat(H2FileOptions.notCompactingWhileOpen().compactionInterval()).isZero();
    assertThat(H2FileOptions.notCompactingWhileOpen().compactsWhileOpen()).isFalse();
  }

  @Test
  @DisplayName("options are equal by interval, and toString names it")
  void equalityAndToString() {
    new EqualsTester()
        .addEqualityGroup(H2FileOptions.defaults(), H2FileOptions.compactingEvery(100))
        .addEqualityGroup(H2FileOptions.compactingEvery(7), H2FileOptions.compactingEvery(7))
        .addEqualityGroup(H2FileOptions.notCompactingWhileOpen())
        .testEquals();
    assertThat(H2FileOptions.compactingEvery(7)).hasToString("H2FileOptions[compaction every 7 commits]");
    assertThat(H2FileOptions.notCompactingWhileOpen()).hasToString("H2FileOptions[no compaction while open]");
  }

  @Test
  @DisplayName("no public factory takes null")
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(H2FileOptions.class);
    new NullPointerTester().testAllPublicInstanceMethods(H2FileOptions.defaults());
  }
}
