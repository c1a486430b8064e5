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

class CommitteeCodeTest {
  @Test
  void theStatisticalCodeExampleOfTheSource() {
    // immunization-sanitation-education-standards-privacy.md §5: 110101001001.
    CommitteeCode committee = CommitteeCode.parse("110101001001");
    assertThat(committee.county()).isEqualTo(CountyCode.parse("110101"));
    assertThat(committee.township()).isEqualTo(TownshipCode.parse("110101001"));
    assertThat(committee.committeeNumber()).isEqualTo(1);
    assertThat(committee.value()).isEqualTo("110101001001");
    assertThat(committee).hasToString("110101001001");
    assertThat(CommitteeKindTable.defaults().kindOf(committee))
        .isEqualTo(CommitteeKind.RESIDENTS_COMMITTEE);
  }

  @Test
  void aVillageInTianhe() {
    CommitteeCode village = CommitteeCode.parse("440106012105");
    assertThat(village.county().value()).isEqualTo("440106");
    assertThat(village.county().provinceCode()).isEqualTo("44");
    assertThat(village.township().value()).isEqualTo("440106012");
    assertThat(village.township().townshipNumber()).isEqualTo(12);
    assertThat(village.committeeNumber()).isEqualTo(105);
    assertThat(CommitteeKindTable.defaults().kindOf(village))
        .isEqualTo(CommitteeKind.VILLAGERS_COMMITTEE);
  }

  @Test
  void aCommitteeOfDongguanSitsDirectlyUnderThePrefectureCode() {
    CommitteeCode committee = CommitteeCode.parse("441900003001");
    assertThat(committee.county()).isEqualTo(CountyCode.parse("441900"));
    assertThat(committee.township().value()).isEqualTo("441900003");
  }

  @Test
  void ofBuildsFromATownship() {
    TownshipCode street = TownshipCode.parse("110105001");
    CommitteeCode committee = CommitteeCode.of(street, 23);
    assertThat(committee.value()).isEqualTo("110105001023");
    assertThat(committee.township()).isEqualTo(street);
    assertThat(committee.isWithin(street)).isTrue();
    assertThat(committee.isWithin(street.county())).isTrue();
    assertThat(committee.isWithin(TownshipCode.parse("110105002"))).isFalse();
    assertThat(committee.isWithin(CountyCode.parse("110101"))).isFalse();
    // 110105 and 110101 share a prefix; containment is by whole segments.
    assertThat(CommitteeCode.parse("110101001001").isWithin(CountyCode.parse("110105"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "11010100100", "1101010010011", "11010100100a", "110101-001-001", "１１０１０１００１００１"})
  void formatRule(String text) {
    assertRules(text, () -> CommitteeCode.parse(text), "committeeCode [committeeCode.format]");
  }

  @Test
  void numberRule() {
    TownshipCode street = TownshipCode.parse("110101001");
    assertRules("110101001000", () -> CommitteeCode.parse("110101001000"), "committeeCode [committeeCode.number]");
    assertRules("0", () -> CommitteeCode.of(street, 0), "committeeCode [committeeCode.number]");
    assertRules("1000", () -> CommitteeCode.of(street, 1000), "committeeCode [committeeCode.number]");
  }

  @Test
  void countyAndTownshipRulesAreReportedUnderTheCommitteeField() {
    assertRules("720101001001", () -> CommitteeCode.parse("720101001001"), "committeeCode [countyCode.province]");
    assertRules("110100001001", () -> CommitteeCode.parse("110100001001"), "committeeCode [countyCode.level]");
    assertRules("110101000001", () -> CommitteeCode.parse("110101000001"), "committeeCode [townshipCode.number]");
    assertRules(
        "110000000000",
        () -> CommitteeCode.parse("110000000000"),
        "committeeCode [countyCode.level]",
        "committeeCode [townshipCode.number]",
        "committeeCode [committeeCode.number]");
  }

  @Test
  void jsonIsTheTwelveDigits() {
    JsonCodec json = JsonCodec.create();
    CommitteeCode committee = CommitteeCode.parse("110101001001");
    assertThat(new String(json.write(committee), StandardCharsets.UTF_8))
        .isEqualTo("\"110101001001\"");
    assertThat(json.read(json.write(committee), CommitteeCode.class)).isEqualTo(committee);
  }

  @Test
  void ordersByDigits() {
    assertThat(CommitteeCode.parse("110101001002")).isGreaterThan(CommitteeCode.parse("110101001001"));
    assertThat(CommitteeCode.parse("110101001999")).isLessThan(CommitteeCode.parse("110101002001"));
  }

  @Test
  void equality() {
    TownshipCode street = TownshipCode.parse("110101001");
    new EqualsTester()
        .addEqualityGroup(CommitteeCode.parse("110101001001"), CommitteeCode.of(street, 1))
        .addEqualityGroup(CommitteeCode.of(street, 101))
        .addEqualityGroup(CommitteeCode.parse("440106001001"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(CommitteeCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(CommitteeCode.parse("110101001001"));
  }
}
