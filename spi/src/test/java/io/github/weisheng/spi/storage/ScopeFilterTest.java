package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScopeFilterTest {

  @Test
  void allMatchesEveryScope() {
    assertThat(ScopeFilter.all().isAll()).isTrue();
    assertThat(ScopeFilter.all().prefixes()).isEmpty();
    assertThat(ScopeFilter.all().matches("110101001001")).isTrue();
    assertThat(ScopeFilter.all().matches("9")).isTrue();
  }

  @Test
  void anEmptyPrefixSetMatchesNothing() {
    ScopeFilter none = ScopeFilter.within(Set.of());
    assertThat(none.isAll()).isFalse();
    assertThat(none.matches("110101001001")).isFalse();
    assertThat(ScopeFilter.within().matches("110101001001")).isFalse();
  }

  @Test
  void matchesByPrefix() {
    ScopeFilter township = ScopeFilter.within("110101001");
    assertThat(township.matches("110101001001")).isTrue();
    assertThat(township.matches("110101001")).isTrue();
    assertThat(township.matches("110101002001")).isFalse();
    assertThat(township.matches("110101")).as("a shorter scope is not inside").isFalse();

    ScopeFilter two = ScopeFilter.within("110101001002", "110102");
    assertThat(two.matches("110101001002")).isTrue();
    assertThat(two.matches("110102003004")).isTrue();
    assertThat(two.matches("110101001001")).isFalse();
  }

  @Test
  void aPrefixGivenTwiceCountsOnce() {
    ScopeFilter twice = ScopeFilter.within("110101", "110101");
    assertThat(twice.prefixes()).containsExactly("110101");
    assertThat(twice).isEqualTo(ScopeFilter.within("110101"));
  }

  @Test
  void rejectsMalformedPrefixesWithoutQuotingThem() {
    assertThatThrownBy(() -> ScopeFilter.within("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScopeFilter.within("1101 01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScopeFilter.within("朝阳区"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scope")
        .hasMessageNotContaining("朝阳区");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(ScopeFilter.class);
    new NullPointerTester().testAllPublicInstanceMethods(ScopeFilter.within("110101"));
    new NullPointerTester().testAllPublicInstanceMethods(ScopeFilter.all());
    assertThatThrownBy(() -> ScopeFilter.within("110101", null)).isInstanceOf(NullPointerException.class);
    Set<String> withNull = new HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> ScopeFilter.within(withNull)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void copiesThePrefixes() {
    Set<String> prefixes = new HashSet<>(Set.of("110101"));
    ScopeFilter filter = ScopeFilter.within(prefixes);
    prefixes.add("110102");
    assertThat(filter.prefixes()).containsExactly("110101");
    assertThat(filter.matches("110102001001")).isFalse();
  }

  @Test
  void equalsFollowsThePrefixSet() {
    new EqualsTester()
        .addEqualityGroup(ScopeFilter.all(), ScopeFilter.all())
        .addEqualityGroup(ScopeFilter.within(), ScopeFilter.within(Set.of()))
        .addEqualityGroup(ScopeFilter.within("110101", "110102"), ScopeFilter.within(Set.of("110102", "110101")))
        .addEqualityGroup(ScopeFilter.within("110101"))
        .testEquals();
  }

  @Test
  void printsThePrefixesInOrder() {
    assertThat(ScopeFilter.all()).hasToString("ScopeFilter[all]");
    assertThat(ScopeFilter.within("2", "1")).hasToString("ScopeFilter[1, 2]");
  }

  @Test
  void matchesExactlyWhenSomePrefixStartsTheScope() {
    Gen<String> codes = strings().betweenCodePoints('0', '3').ofLengthBetween(1, 6);
    qt().forAll(lists().of(codes).ofSizeBetween(0, 4), codes)
        .checkAssert((prefixes, scope) -> {
          boolean expected = prefixes.stream().anyMatch(scope::startsWith);
          assertThat(ScopeFilter.within(new HashSet<>(prefixes)).matches(scope)).isEqualTo(expected);
          assertThat(ScopeFilter.all().matches(scope)).isTrue();
        });
  }
}
