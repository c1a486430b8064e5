package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IndexQueryTest {

  @Test
  void anExactQueryMatchesOneValue() {
    IndexQuery query = IndexQuery.equalTo("archive", "born", "2020-01-01");
    assertThat(query.isExact()).isTrue();
    assertThat(query.kind()).isEqualTo("archive");
    assertThat(query.index()).isEqualTo("born");
    assertThat(query.from()).isEqualTo("2020-01-01");
    assertThat(query.to()).isEmpty();
    assertThat(query.matches("2020-01-01")).isTrue();
    assertThat(query.matches("2020-01-01T00")).isFalse();
    assertThat(query.matches("2020-01-0")).isFalse();
  }

  @Test
  void aRangeIsHalfOpen() {
    IndexQuery year = IndexQuery.range("archive", "born", "2020-01-01", "2021-01-01");
    assertThat(year.isExact()).isFalse();
    assertThat(year.to()).hasValue("2021-01-01");
    assertThat(year.matches("2019-12-31")).isFalse();
    assertThat(year.matches("2020-01-01")).isTrue();
    assertThat(year.matches("2020-12-31")).isTrue();
    assertThat(year.matches("2021-01-01")).isFalse();
  }

  @Test
  void anEmptyRangeIsAllowedAndMatchesNothing() {
    IndexQuery empty = IndexQuery.range("archive", "born", "2020-01-01", "2020-01-01");
    assertThat(empty.matches("2020-01-01")).isFalse();
  }

  @Test
  void rejectsAnUpsideDownRangeWithoutQuotingIt() {
    assertThatThrownBy(() -> IndexQuery.range("archive", "born", "2021-01-01", "2020-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("2021-01-01");
  }

  @Test
  void rejectsMalformedKindsAndIndexNames() {
    assertThatThrownBy(() -> IndexQuery.equalTo("Archive", "born", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndexQuery.range("archive", "born date", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "born");
    tester.testAllPublicStaticMethods(IndexQuery.class);
    tester.testAllPublicInstanceMethods(IndexQuery.equalTo("archive", "born", "x"));
    tester.testAllPublicInstanceMethods(IndexQuery.range("archive", "born", "a", "b"));
    assertThatThrownBy(() -> IndexQuery.range("archive", "born", null, "b"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from");
  }

  @Test
  void equalsFollowsEveryPart() {
    new EqualsTester()
        .addEqualityGroup(IndexQuery.equalTo("archive", "born", "a"), IndexQuery.equalTo("archive", "born", "a"))
        .addEqualityGroup(IndexQuery.equalTo("archive", "born", "b"))
        .addEqualityGroup(IndexQuery.equalTo("archive", "died", "a"))
        .addEqualityGroup(IndexQuery.equalTo("family", "born", "a"))
        .addEqualityGroup(IndexQuery.range("archive", "born", "a", "b"), IndexQuery.range("archive", "born", "a", "b"))
        .addEqualityGroup(IndexQuery.range("archive", "born", "a", "c"))
        .addEqualityGroup(IndexQuery.range("archive", "born", "a", "a"))
        .testEquals();
  }

  @Test
  void toStringNeverPrintsValues() {
    assertThat(IndexQuery.equalTo("archive", "phone", "13800138000").toString())
        .contains("archive", "phone")
        .doesNotContain("13800138000");
    assertThat(IndexQuery.range("archive", "born", "1990-01-01", "1991-01-01").toString())
        .doesNotContain("1990", "1991");
  }

  @Test
  void rangeMatchingIsStringOrder() {
    Gen<String> values = strings().betweenCodePoints('0', 'z').ofLengthBetween(0, 4);
    qt().forAll(values, values, values)
        .assuming((a, b, v) -> !a.isEmpty() || !b.isEmpty())
        .checkAssert((a, b, v) -> {
          String from = a.compareTo(b) <= 0 ? a : b;
          String to = a.compareTo(b) <= 0 ? b : a;
          boolean expected = v.compareTo(from) >= 0 && v.compareTo(to) < 0;
          assertThat(IndexQuery.range("archive", "born", from, to).matches(v)).isEqualTo(expected);
          assertThat(IndexQuery.equalTo("archive", "born", from).matches(v)).isEqualTo(v.equals(from));
        });
  }
}
