package io.github.weisheng.archive;

import static io.github.weisheng.testing.Checks.assertResolves;
import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.CountyCode;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveNumberTest {
  private static final CommitteeCode DONGCHENG_001 = CommitteeCode.parse("110101001001");
  private static final CommitteeCode TIANHE_105 = CommitteeCode.parse("440106012105");

  @Test
  void theFourSegments() {
    // archives-chronic-populations.md §1.1: county 6 + township 3 + committee 3 + serial 5.
    ArchiveNumber number = ArchiveNumber.parse("11010100100100042");
    assertThat(number.committee()).isEqualTo(DONGCHENG_001);
    assertThat(number.committee().county()).isEqualTo(CountyCode.parse("110101"));
    assertThat(number.committee().township()).isEqualTo(TownshipCode.parse("110101001"));
    assertThat(number.committee().committeeNumber()).isEqualTo(1);
    assertThat(number.serial()).isEqualTo(42);
    assertThat(number.value()).isEqualTo("11010100100100042");
    assertThat(number).hasToString("11010100100100042");
  }

  @Test
  void ofPadsTheSerial() {
    assertThat(ArchiveNumber.of(TIANHE_105, 1).value()).isEqualTo("44010601210500001");
    assertThat(ArchiveNumber.of(TIANHE_105, 12345).value()).isEqualTo("44010601210512345");
    assertThat(ArchiveNumber.of(TIANHE_105, 99999).value()).isEqualTo("44010601210599999");
    assertThat(ArchiveNumber.of(DONGCHENG_001, 42)).isEqualTo(ArchiveNumber.parse("11010100100100042"));
  }

  @Test
  void shortFormIsTheBoxOfThePaperForm() {
    assertThat(ArchiveNumber.of(DONGCHENG_001, 42).shortForm()).isEqualTo("001-00042");
    assertThat(ArchiveNumber.of(TIANHE_105, 12345).shortForm()).isEqualTo("105-12345");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1101010010010004", "110101001001000421", "1101010010010004a", "110101001001-00042", "110101-001-001-00042", "１１０１０１００１００１００００１"})
  void formatRule(String text) {
    assertRules(text, () -> ArchiveNumber.parse(text), "archiveNumber [archiveNumber.format]");
  }

  @Test
  void serialRule() {
    assertRules("11010100100100000", () -> ArchiveNumber.parse("11010100100100000"), "archiveNumber [archiveNumber.serial]");
    assertRules("0", () -> ArchiveNumber.of(DONGCHENG_001, 0), "archiveNumber [archiveNumber.serial]");
    assertRules("100000", () -> ArchiveNumber.of(DONGCHENG_001, 100_000), "archiveNumber [archiveNumber.serial]");
    assertRules("-1", () -> ArchiveNumber.of(DONGCHENG_001, -1), "archiveNumber [archiveNumber.serial]");
  }

  @Test
  void serialMessageShowsTheLimitsAsDigits() {
    RuleViolationException e =
        assertRules("0", () -> ArchiveNumber.of(DONGCHENG_001, 0), "archiveNumber [archiveNumber.serial]");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("archiveNumber: the serial number must be between 00001 and 99999");
    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("archiveNumber: 顺序号须在 00001 至 99999 之间");
  }

  @Test
  void committeeRulesAreReportedUnderTheArchiveNumberField() {
    assertRules("99010100100100001", () -> ArchiveNumber.parse("99010100100100001"), "archiveNumber [countyCode.province]");
    assertRules("11010000100100001", () -> ArchiveNumber.parse("11010000100100001"), "archiveNumber [countyCode.level]");
    assertRules("11010100000100001", () -> ArchiveNumber.parse("11010100000100001"), "archiveNumber [townshipCode.number]");
    assertRules("11010100100000001", () -> ArchiveNumber.parse("11010100100000001"), "archiveNumber [committeeCode.number]");
    assertRules(
        "99000000000000000",
        () -> ArchiveNumber.parse("99000000000000000"),
        "archiveNumber [countyCode.province]",
        "archiveNumber [countyCode.level]",
        "archiveNumber [townshipCode.number]",
        "archiveNumber [committeeCode.number]",
        "archiveNumber [archiveNumber.serial]");
  }

  @Test
  void ordersByCommitteeThenSerial() {
    List<ArchiveNumber> numbers =
        new ArrayList<>(
            List.of(
                ArchiveNumber.of(TIANHE_105, 1),
                ArchiveNumber.of(DONGCHENG_001, 100),
                ArchiveNumber.of(DONGCHENG_001, 9),
                ArchiveNumber.of(CommitteeCode.parse("110101001002"), 1)));
    Collections.sort(numbers);
    assertThat(numbers)
        .extracting(ArchiveNumber::value)
        .containsExactly(
            "11010100100100009", "11010100100100100", "11010100100200001", "44010601210500001");
  }

  @Test
  void jsonIsTheSeventeenDigits() {
    JsonCodec json = JsonCodec.create();
    ArchiveNumber number = ArchiveNumber.of(DONGCHENG_001, 42);
    assertThat(new String(json.write(number), StandardCharsets.UTF_8))
        .isEqualTo("\"11010100100100042\"");
    assertThat(json.read(json.write(number), ArchiveNumber.class)).isEqualTo(number);
    assertThatThrownBy(
            () -> json.read("\"11010100100100000\"".getBytes(StandardCharsets.UTF_8), ArchiveNumber.class))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void bundlesHoldEveryArchiveRuleInBothLanguages() {
    for (String rule : List.of("archiveNumber.format", "archiveNumber.serial")) {
      RuleViolationException e = RuleViolationException.of("archiveNumber", rule, 1, 99999);
      assertResolves(e);
    }
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ArchiveNumber.of(DONGCHENG_001, 42), ArchiveNumber.parse("11010100100100042"))
        .addEqualityGroup(ArchiveNumber.of(DONGCHENG_001, 43))
        .addEqualityGroup(ArchiveNumber.of(TIANHE_105, 42))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(ArchiveNumber.class);
    new NullPointerTester().testAllPublicInstanceMethods(ArchiveNumber.of(TIANHE_105, 1));
  }
}
