package io.github.weisheng.org;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.storage.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountyCodeTest {
  static final List<String> PROVINCES = OrgTesting.PROVINCES;

  @Test
  void chaoyangDistrictOfBeijing() {
    CountyCode chaoyang = CountyCode.parse("110105");
    assertThat(chaoyang.value()).isEqualTo("110105");
    assertThat(chaoyang.provinceCode()).isEqualTo("11");
    assertThat(chaoyang).hasToString("110105");
  }

  @Test
  void tianheDistrictOfGuangzhou() {
    CountyCode tianhe = CountyCode.parse(new StringBuilder("440106"));
    assertThat(tianhe.value()).isEqualTo("440106");
    assertThat(tianhe.provinceCode()).isEqualTo("44");
  }

  @Test
  void countyLevelCitiesDirectlyUnderAProvinceAreCounties() {
    // 济源市 419001 and 仙桃市 429004: county-level cities under a province, prefecture digits 90.
    assertThat(CountyCode.parse("419001").provinceCode()).isEqualTo("41");
    assertThat(CountyCode.parse("429004").provinceCode()).isEqualTo("42");
  }

  @ParameterizedTest
  @ValueSource(strings = {"441900", "442000", "460400"})
  void prefectureCitiesWithoutCountiesStandInForACounty(String code) {
    // 东莞市, 中山市, 儋州市: townships such as 441900003 (东城街道) sit directly under them.
    assertThat(CountyCode.parse(code).value()).isEqualTo(code);
  }

  @Test
  void otherPrefecturesAreNotCounties() {
    // 嘉峪关市 codes its townships under 620201 (市辖区); 620200 itself is a prefecture.
    assertRules("620200", () -> CountyCode.parse("620200"), "countyCode [countyCode.level]");
    assertRules("441800", () -> CountyCode.parse("441800"), "countyCode [countyCode.level]");
    assertRules("440000", () -> CountyCode.parse("440000"), "countyCode [countyCode.level]");
  }

  @ParameterizedTest
  @FieldSource("PROVINCES")
  void everyProvinceCodeIsAccepted(String province) {
    assertThat(CountyCode.parse(province + "0101").provinceCode()).isEqualTo(province);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "11010", "1101051", "11010a", "１１０１０５", " 110105", "110105 ", "11-105", "+11010"})
  void formatRule(String text) {
    assertRules(text, () -> CountyCode.parse(text), "countyCode [countyCode.format]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100101", "160101", "200101", "240101", "380101", "470101", "550101", "600101", "660101", "720101", "800101", "830101", "990101", "000101"})
  void provinceRule(String text) {
    assertRules(text, () -> CountyCode.parse(text), "countyCode [countyCode.province]");
  }

  @Test
  void levelRuleRejectsProvincesAndPrefectures() {
    assertRules("110000", () -> CountyCode.parse("110000"), "countyCode [countyCode.level]");
    assertRules("110100", () -> CountyCode.parse("110100"), "countyCode [countyCode.level]");
    assertRules("440100", () -> CountyCode.parse("440100"), "countyCode [countyCode.level]");
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertRules(
        "990000",
        () -> CountyCode.parse("990000"),
        "countyCode [countyCode.province]",
        "countyCode [countyCode.level]");
  }

  @Test
  void jsonIsTheSixDigits() {
    JsonCodec json = JsonCodec.create();
    CountyCode tianhe = CountyCode.parse("440106");
    assertThat(new String(json.write(tianhe), StandardCharsets.UTF_8)).isEqualTo("\"440106\"");
    assertThat(json.read("\"440106\"".getBytes(StandardCharsets.UTF_8), CountyCode.class))
        .isEqualTo(tianhe);
  }

  @Test
  void jsonWithABrokenCodeIsRefused() {
    JsonCodec json = JsonCodec.create();
    assertThatThrownBy(
            () -> json.read("\"110000\"".getBytes(StandardCharsets.UTF_8), CountyCode.class))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void ordersByDigits() {
    assertThat(CountyCode.parse("110105")).isLessThan(CountyCode.parse("440106"));
    assertThat(CountyCode.parse("110105").compareTo(CountyCode.parse("110105"))).isZero();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CountyCode.parse("110105"), CountyCode.parse(new StringBuilder("110105")))
        .addEqualityGroup(CountyCode.parse("440106"))
        .addEqualityGroup(CountyCode.parse("110101"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(CountyCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(CountyCode.parse("110105"));
  }
}
