package io.github.weisheng.spi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficialNumberingTest {

  @Test
  void numbersTheFourLevelsAsGbT9704() {
    assertThat(OfficialNumbering.label(1, 1)).isEqualTo("一、");
    assertThat(OfficialNumbering.label(2, 3)).isEqualTo("（三）");
    assertThat(OfficialNumbering.label(3, 4)).isEqualTo("4.");
    assertThat(OfficialNumbering.label(4, 2)).isEqualTo("（2）");
  }

  @Test
  void writesChineseNumeralsAsOfficialDocumentsCount() {
    assertThat(OfficialNumbering.chinese(9)).isEqualTo("九");
    assertThat(OfficialNumbering.chinese(10)).isEqualTo("十");
    assertThat(OfficialNumbering.chinese(11)).isEqualTo("十一");
    assertThat(OfficialNumbering.chinese(20)).isEqualTo("二十");
    assertThat(OfficialNumbering.chinese(21)).isEqualTo("二十一");
    assertThat(OfficialNumbering.chinese(99)).isEqualTo("九十九");
    assertThat(OfficialNumbering.label(2, 12)).isEqualTo("（十二）");
  }

  @Test
  void rejectsLevelsAndOrdinalsOutOfRange() {
    assertThatThrownBy(() -> OfficialNumbering.label(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OfficialNumbering.label(5, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OfficialNumbering.label(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OfficialNumbering.label(3, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OfficialNumbering.chinese(100)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyOrdinalHasItsOwnNumeralThatReadsBackToIt() {
    Map<String, Integer> seen = new HashMap<>();
    qt().forAll(integers().between(1, 99)).checkAssert(n -> {
      String numeral = OfficialNumbering.chinese(n);
      assertThat(readBack(numeral)).isEqualTo(n);
      Integer earlier = seen.putIfAbsent(numeral, n);
      assertThat(earlier == null || earlier.equals(n)).isTrue();
    });
  }

  /** An independent reader of 一…九十九, written from the counting rule, not from the code under test. */
  private static int readBack(String numeral) {
    String digits = "一二三四五六七八九";
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return digits.indexOf(numeral.charAt(0)) + 1;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0)) + 1;
    int ones = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1)) + 1;
    return tens * 10 + ones;
  }
}
