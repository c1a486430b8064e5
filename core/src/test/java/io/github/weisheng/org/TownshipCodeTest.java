package io.github.weisheng.org;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TownshipCodeTest {
  private static final CountyCode DONGCHENG = CountyCode.parse("110101");
  private static final CountyCode TIANHE = CountyCode.parse("440106");

  @Test
  void firstStreetOfDongcheng() {
    TownshipCode street = TownshipCode.parse("110101001");
    assertThat(street.value()).isEqualTo("110101001");
    assertThat(street.county()).isEqualTo(DONGCHENG);
    assertThat(street.townshipNumber()).isEqualTo(1);
    assertThat(street.isWithin(DONGCHENG)).isTrue();
    assertThat(street.isWithin(TIANHE)).isFalse();
    assertThat(street).hasToString("110101001");
  }

  @Test
  void ofPadsTheNumber() {
    assertThat(TownshipCode.of(TIANHE, 7).value()).isEqualTo("440106007");
    assertThat(TownshipCode.of(TIANHE, 42).value()).isEqualTo("440106042");
    assertThat(TownshipCode.of(TIANHE, 999).value()).isEqualTo("440106999");
    assertThat(TownshipCode.of(TIANHE, 1)).isEqualTo(TownshipCode.parse("440106001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "11010100", "1101010011", "11010100a", "１１０１０１００１", "110101-001", "110101 001"})
  void formatRule(String text) {
    assertRules(text, () -> TownshipCode.parse(text), "townshipCode [townshipCode.format]");
  }

  @Test
  void numberRule() {
    assertRules("110101000", () -> TownshipCode.parse("110101000"), "townshipCode [townshipCode.number]");
    assertRules("0", () -> TownshipCode.of(DONGCHENG, 0), "townshipCode [townshipCode.number]");
    assertRules("1000", () -> TownshipCode.of(DONGCHENG, 1000), "townshipCode [townshipCode.number]");
    assertRules("-1", () -> TownshipCode.of(DONGCHENG, -1), "townshipCode [townshipCode.number]");
  }

  @Test
  void countyRulesAreReportedUnderTheTownshipField() {
    assertRules("990101001", () -> TownshipCode.parse("990101001"), "townshipCode [countyCode.province]");
    assertRules("110100001", () -> TownshipCode.parse("110100001"), "townshipCode [countyCode.level]");
    assertRules(
        "990000000",
        () -> TownshipCode.parse("990000000"),
        "townshipCode [countyCode.province]",
        "townshipCode [countyCode.level]",
        "townshipCode [townshipCode.number]");
  }

  @Test
  void jsonIsTheNineDigits() {
    JsonCodec json = JsonCodec.create();
    TownshipCode street = TownshipCode.parse("440106001");
    assertThat(new String(json.write(street), StandardCharsets.UTF_8)).isEqualTo("\"440106001\"");
    assertThat(json.read(json.write(street), TownshipCode.class)).isEqualTo(street);
  }

  @Test
  void ordersByDigits() {
    assertThat(TownshipCode.parse("110101001")).isLessThan(TownshipCode.parse("110101002"));
    assertThat(TownshipCode.parse("110101999")).isLessThan(TownshipCode.parse("110102001"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(TownshipCode.parse("110101001"), TownshipCode.of(DONGCHENG, 1))
        .addEqualityGroup(TownshipCode.of(DONGCHENG, 2))
        .addEqualityGroup(TownshipCode.of(TIANHE, 1))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(TownshipCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(TownshipCode.of(TIANHE, 1));
  }
}
