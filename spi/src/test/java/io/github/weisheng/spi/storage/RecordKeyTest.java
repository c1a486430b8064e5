package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class RecordKeyTest {

  @Test
  void keepsKindAndId() {
    RecordKey key = RecordKey.of("archive", "A-1.b_:");
    assertThat(key.kind()).isEqualTo("archive");
    assertThat(key.id()).isEqualTo("A-1.b_:");
    assertThat(key).isEqualTo(new RecordKey("archive", "A-1.b_:"));
  }

  @Test
  void acceptsTheLongestKindAndId() {
    String kind = "a" + "b".repeat(62);
    String id = "9".repeat(128);
    assertThat(RecordKey.of(kind, id).kind()).hasSize(63);
    assertThat(RecordKey.of(kind, id).id()).hasSize(128);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Archive", "1archive", "-archive", "arch ive", "arch_ive", "档案"})
  void rejectsMalformedKinds(String kind) {
    assertThatThrownBy(() -> RecordKey.of(kind, "a-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void rejectsAKindOf64Characters() {
    assertThatThrownBy(() -> RecordKey.of("a".repeat(64), "a-1")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a/b", "张三", "a\nb", "a+b"})
  void rejectsMalformedIdsWithoutQuotingThem(String id) {
    assertThatThrownBy(() -> RecordKey.of("archive", id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id")
        .satisfies(e -> {
          if (!id.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(id);
          }
        });
  }

  @Test
  void rejectsAnIdOf129Characters() {
    assertThatThrownBy(() -> RecordKey.of("archive", "x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(String.class, "a1").testAllPublicStaticMethods(RecordKey.class);
    new NullPointerTester().setDefault(String.class, "a1").testAllPublicConstructors(RecordKey.class);
  }

  @Test
  void equalsAndHashCodeFollowKindAndId() {
    new EqualsTester()
        .addEqualityGroup(RecordKey.of("archive", "a1"), RecordKey.of("archive", "a1"))
        .addEqualityGroup(RecordKey.of("archive", "a2"))
        .addEqualityGroup(RecordKey.of("family", "a1"))
        .testEquals();
  }

  @Test
  void ordersByKindThenIdInStringOrder() {
    assertThat(RecordKey.of("archive", "z")).isLessThan(RecordKey.of("family", "a"));
    assertThat(RecordKey.of("archive", "A9")).isLessThan(RecordKey.of("archive", "a1"));
    assertThat(RecordKey.of("archive", "a10")).isLessThan(RecordKey.of("archive", "a9"));
    assertThat(RecordKey.of("archive", "a1")).isEqualByComparingTo(RecordKey.of("archive", "a1"));
  }

  @Test
  void orderIsConsistentWithEqualsAndAntisymmetric() {
    Gen<RecordKey> keys =
        integers().between(0, 2).zip(strings().betweenCodePoints('0', 'z').ofLengthBetween(1, 4),
            (kind, id) -> RecordKey.of(new String[] {"archive", "family", "visit"}[kind], id.replaceAll("[^A-Za-z0-9]", "x")));
    qt().forAll(keys, keys)
        .checkAssert((a, b) -> {
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
          assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        });
  }

  @Test
  void printsKindSlashId() {
    assertThat(RecordKey.of("archive", "a-1")).hasToString("archive/a-1");
  }
}
