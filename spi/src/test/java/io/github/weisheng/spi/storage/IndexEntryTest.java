package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexEntryTest {

  @Test
  void keepsNameAndValue() {
    IndexEntry entry = IndexEntry.of("born", "2020-01-01");
    assertThat(entry.name()).isEqualTo("born");
    assertThat(entry.value()).isEqualTo("2020-01-01");
  }

  @Test
  void acceptsValuesOfOneTo256Characters() {
    assertThat(IndexEntry.of("tag", "x").value()).hasSize(1);
    assertThat(IndexEntry.of("tag", "值".repeat(IndexEntry.MAX_VALUE_LENGTH)).value()).hasSize(256);
  }

  @Test
  void rejectsEmptyAndOverlongValuesWithoutQuotingThem() {
    assertThatThrownBy(() -> IndexEntry.of("tag", "")).isInstanceOf(IllegalArgumentException.class);
    String overlong = "张".repeat(257);
    assertThatThrownBy(() -> IndexEntry.of("tag", overlong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index.value")
        .hasMessageNotContaining("张");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Born", "9born", "bo rn", "born_date"})
  void rejectsMalformedNames(String name) {
    assertThatThrownBy(() -> IndexEntry.of(name, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index.name");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(String.class, "born").testAllPublicStaticMethods(IndexEntry.class);
    new NullPointerTester().setDefault(String.class, "born").testAllPublicConstructors(IndexEntry.class);
  }

  @Test
  void equalsAndHashCodeFollowNameAndValue() {
    new EqualsTester()
        .addEqualityGroup(IndexEntry.of("born", "2020-01-01"), IndexEntry.of("born", "2020-01-01"))
        .addEqualityGroup(IndexEntry.of("born", "2020-01-02"))
        .addEqualityGroup(IndexEntry.of("died", "2020-01-01"))
        .testEquals();
  }

  @Test
  void toStringNamesTheIndexButNeverTheValue() {
    assertThat(IndexEntry.of("phone", "13800138000").toString())
        .contains("phone")
        .doesNotContain("13800138000");
  }
}
