package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What a count counts, and the words written after it. */
class CountingTest {
  @ParameterizedTest
  @CsvSource({
      "PERSONS, 人, persons",
      "PERSON_TIMES, 人次, person-times",
      "CASES, 例, cases",
      "HOUSEHOLDS, 户, households",
      "RECORDS, 份, records",
      "ITEMS, 项, items"})
  void eachCountingHasItsChineseAndEnglishUnit(Counting counting, String unit, String english) {
    assertThat(counting.unit()).isEqualTo(unit);
    assertThat(counting.englishUnit()).isEqualTo(english);
  }

  @ParameterizedTest
  @EnumSource(Counting.class)
  void everyUnitIsAWordOfItsLanguage(Counting counting) {
    assertThat(counting.unit()).matches("\\p{IsHan}+");
    assertThat(counting.englishUnit()).matches("[a-z]+(-[a-z]+)?");
  }

  @ParameterizedTest
  @CsvSource({
      "PERSONS, person",
      "PERSON_TIMES, person-time",
      "CASES, case",
      "HOUSEHOLDS, household",
      "RECORDS, record",
      "ITEMS, item"})
  void oneIsSingularInEnglishAndEveryOtherNumberPlural(Counting counting, String one) {
    assertThat(counting.englishUnit(1)).isEqualTo(one);
    for (long n : new long[] {0, 2, 709, Long.MAX_VALUE}) {
      assertThat(counting.englishUnit(n)).isEqualTo(counting.englishUnit());
    }
  }

  @Test
  void noTwoCountingsShareAUnit() {
    assertThat(Arrays.stream(Counting.values()).map(Counting::unit)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(Counting.values()).map(Counting::englishUnit)).doesNotHaveDuplicates();
  }
}
