package io.github.weisheng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.Fixtures;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.spi.storage.StoreException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingTest {
  private static final Masking DEFAULTS = Masking.defaults();
  /** 11010519491231002X: Chaoyang, Beijing, born 1949-12-31, female (the fixtures' number). */
  private static final CitizenId ID = CitizenId.parse("11010519491231002X");

  private final JsonCodec json = JsonCodec.create();

  // ---- citizen ID numbers ----------------------------------------------------------------------

  @Test
  void idNumbersKeepTheFirstSixAndTheLastFourByDefault() {
    assertThat(DEFAULTS.citizenId(ID)).isEqualTo("110105********002X");
    assertThat(DEFAULTS.citizenIdHead()).isEqualTo(6);
    assertThat(DEFAULTS.citizenIdTail()).isEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({
    "6, 4, 110105********002X",
    "3, 4, 110***********002X",
    "4, 4, 1101**********002X",
    "2, 2, 11**************2X",
    "0, 0, ******************",
    "17, 0, 11010519491231002*",
    "0, 17, *1010519491231002X"
  })
  void idNumberMasksSeenInPracticeAndAtTheLimits(int head, int tail, String expected) {
    assertThat(DEFAULTS.withCitizenIdKept(head, tail).citizenId(ID)).isEqualTo(expected);
  }

  @Test
  void aLegacyNumberIsMaskedInItsEighteenCharacterForm() {
    CitizenId legacy = CitizenId.parse("110105491231002");
    assertThat(DEFAULTS.citizenId(legacy)).isEqualTo("110105********002X");
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "'', ''",
        "1, *",
        "12345, *****",
        // head + tail = 10 characters: revealing them all would be no mask
        "1234567890, **********",
        "12345678901, 123456*8901",
        "11010519491231002, 110105*******1002",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ, ABCDEF****************WXYZ"
      })
  void textThatIsNotAValidNumberIsStillMasked(String text, String expected) {
    assertThat(DEFAULTS.citizenId(text)).isEqualTo(expected);
  }

  // ---- phones ----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      value = {
        "13800138000, 138****8000",
        "010-65001234, 010-****1234",
        "0755-12345678, 0755-****5678",
        "0755-1234, 0755-****",
        "010-65001234-801, 010-********-801",
        "01065001234, 010****1234",
        "+8613800138000, +86*******8000",
        "138 0013 8000, 138******8000",
        "1234567, *******",
        "'', ''"
      })
  void phonesKeepThreeAndFourAndLandlinesTheirAreaCode(String phone, String expected) {
    assertThat(DEFAULTS.phone(phone)).isEqualTo(expected);
  }

  @Test
  void landlineAreaCodesCanBeMaskedLikeAnyOtherCharacters() {
    Masking m = DEFAULTS.withLandlineAreaCodeKept(false);
    assertThat(m.landlineAreaCodeKept()).isFalse();
    assertThat(m.phone("010-65001234")).isEqualTo("010*****1234");
    assertThat(m.phone("0755-12345678")).isEqualTo("075******5678");
    assertThat(m.phone("13800138000")).isEqualTo("138****8000");
  }

  @Test
  void phoneHeadAndTailAreConfigurableAndApplyTheTailToLandlines() {
    Masking m = DEFAULTS.withPhoneKept(0, 2).withMaskCharacter('#');
    assertThat(m.phone("13800138000")).isEqualTo("#########00");
    assertThat(m.phone("010-65001234")).isEqualTo("010-######34");
    assertThat(DEFAULTS.withPhoneKept(7, 3).phone("13800138000")).isEqualTo("1380013*000");
  }

  // ---- names -----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "张三, 张*",
    "张秀英, 张**",
    "欧阳修, 欧阳*",
    "司马相如, 司马**",
    "诸葛亮, 诸葛*",
    "上官婉儿, 上官**",
    // a name that is a compound surname may be surname 欧 + given name 阳: only the first is kept
    "欧阳, 欧*",
    "张, *",
    "阿卜杜拉·买买提, 阿***·***",
    "玛丽•居里, 玛*•**",
    "迪丽热巴・迪力木拉提, 迪***・*****",
    "John Smith, J*********"
  })
  void namesKeepTheSurname(String name, String expected) {
    assertThat(DEFAULTS.name(name)).isEqualTo(expected);
  }

  @Test
  void anEmptyNameStaysEmptyAndCharactersOutsideTheBasicPlaneCountOnce() {
    assertThat(DEFAULTS.name("")).isEmpty();
    // 𠀾 (U+2003E) is one character written with two chars
    assertThat(DEFAULTS.name("张𠀾英")).isEqualTo("张**");
    assertThat(DEFAULTS.name("𠀾英")).isEqualTo("𠀾*");
  }

  @Test
  void theDefaultCompoundSurnamesIncludeTheCommonOnes() {
    assertThat(DEFAULTS.compoundSurnames())
        .contains(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
            "夏侯", "令狐", "端木", "南宫", "西门", "独孤", "轩辕")
        .allMatch(s -> s.length() == 2);
  }

  @Test
  void aHostCanReplaceTheCompoundSurnames() {
    Masking none = DEFAULTS.withCompoundSurnames(Set.of());
    assertThat(none.name("欧阳修")).isEqualTo("欧**");
    Masking own = DEFAULTS.withCompoundSurnames(Set.of("张秀", "爱新觉罗"));
    assertThat(own.name("张秀英")).isEqualTo("张秀*");
    assertThat(own.name("爱新觉罗溥仪")).isEqualTo("爱新觉罗**");
    assertThat(own.name("欧阳修")).isEqualTo("欧**");
    assertThat(own.compoundSurnames()).containsExactly("张秀", "爱新觉罗");
  }

  // ---- addresses -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "北京市朝阳区某街道1号楼101, 北京市朝阳区****",
    "朝阳区建国路88号, 朝阳区****",
    "北京市朝阳区, 北京市朝阳区****",
    "广东省广州市越秀区北京路1号, 广东省广州市越秀区****",
    "上海市浦东新区张江镇, 上海市浦东新区****",
    "河北省保定市涞水县某村, 河北省保定市涞水县****",
    "山东省济南市市中区某路, 山东省济南市市中区****",
    "内蒙古自治区呼和浩特市新城区某路, 内蒙古自治区呼和浩特市新城区****",
    "内蒙古自治区锡林郭勒盟正蓝旗上都镇, 内蒙古自治区锡林郭勒盟正蓝旗****",
    "新疆维吾尔自治区喀什地区疏附县某乡, 新疆维吾尔自治区喀什地区疏附县****",
    "四川省凉山彝族自治州木里藏族自治县某乡, 四川省凉山彝族自治州木里藏族自治县****",
    "云南省临沧市双江拉祜族佤族布朗族傣族自治县勐勐镇, 云南省临沧市双江拉祜族佤族布朗族傣族自治县****",
    "湖北省神农架林区松柏镇, 湖北省神农架林区****",
    "香港特别行政区九龙城区某道, 香港特别行政区九龙城区****"
  })
  void addressesKeepTheUnitsDownToTheDistrictOrCounty(String address, String expected) {
    assertThat(DEFAULTS.address(address)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // no county-level unit
        "北京市建国路88号",
        "某某大厦3层",
        // starts below the district: a street or compound name must not leak
        "建国路街道阳光小区3号楼",
        "阳光小区3号楼101",
        "和平镇工业区1号",
        "幸福村3组",
        // a county-level city is not a district under the defaults
        "江苏省苏州市昆山市玉山镇某路",
        // the 区 of 自治区 is not a district
        "内蒙古自治区",
        // units must be written together in Han characters
        "北京市 朝阳区某街道",
        "1号楼区",
        "Chaoyang District, Beijing",
        // a unit longer than 15 characters is not an administrative unit
        "一二三四五六七八九十一二三四五六区"
      })
  void addressesWithoutADistrictPrefixAreMaskedCompletely(String address) {
    assertThat(DEFAULTS.address(address)).isEqualTo("****");
  }

  @Test
  void anEmptyAddressStaysEmpty() {
    assertThat(DEFAULTS.address("")).isEmpty();
  }

  @Test
  void countyLevelCitiesAreKeptWhenTheHostCountsThemAsDistricts() {
    Masking m = DEFAULTS.withDistrictSuffixes(Set.of("区", "县", "旗", "市"));
    assertThat(m.address("江苏省苏州市昆山市玉山镇某路")).isEqualTo("江苏省苏州市昆山市****");
    // 市 followed by a district: read as the prefecture
    assertThat(m.address("北京市朝阳区某街道")).isEqualTo("北京市朝阳区****");
    // 市 with nothing county-level after it: read as the county level
    assertThat(m.address("上海市某某大厦")).isEqualTo("上海市****");
    assertThat(m.address("海南省琼海市嘉积镇")).isEqualTo("海南省琼海市****");
  }

  @Test
  void withoutDistrictSuffixesEveryAddressIsMaskedCompletely() {
    Masking m = DEFAULTS.withDistrictSuffixes(Set.of());
    assertThat(m.address("北京市朝阳区某街道")).isEqualTo("****");
    assertThat(m.address("")).isEmpty();
  }

  @Test
  void belowDistrictSuffixesCanBeReplaced() {
    assertThat(DEFAULTS.address("阳光小区3号楼")).isEqualTo("****");
    Masking lax = DEFAULTS.withBelowDistrictSuffixes(Set.of());
    assertThat(lax.address("阳光小区3号楼")).isEqualTo("阳光小区****");
    assertThat(DEFAULTS.address("江西省景德镇市珠山区某路")).isEqualTo("****");
    assertThat(lax.address("江西省景德镇市珠山区某路")).isEqualTo("江西省景德镇市珠山区****");
    // a suffix in both lists counts as a district suffix
    Masking towns = DEFAULTS.withDistrictSuffixes(Set.of("区", "县", "旗", "镇"));
    assertThat(towns.address("和平镇工业区1号")).isEqualTo("和平镇****");
  }

  @Test
  void theMaskCharacterIsUsedEverywhere() {
    Masking m = DEFAULTS.withMaskCharacter('●');
    assertThat(m.maskCharacter()).isEqualTo('●');
    assertThat(m.citizenId(ID)).isEqualTo("110105●●●●●●●●002X");
    assertThat(m.phone("13800138000")).isEqualTo("138●●●●8000");
    assertThat(m.name("欧阳修")).isEqualTo("欧阳●");
    assertThat(m.address("北京市朝阳区某街道")).isEqualTo("北京市朝阳区●●●●");
  }

  // ---- residents -------------------------------------------------------------------------------

  @Test
  void aResidentIsMaskedFieldByFieldWithTheBirthYearOnly() {
    Resident r = Fixtures.resident(Fixtures.COMMITTEE_1, LocalDate.of(1949, 12, 31), 2);
    MaskedResident m = DEFAULTS.resident(r);
    assertThat(m.id()).isEqualTo(r.id());
    assertThat(m.name()).isEqualTo("张*");
    assertThat(m.sex()).isEqualTo(Sex.FEMALE);
    assertThat(m.birthYear()).isEqualTo(1949);
    assertThat(m.citizenId()).contains("110105********002X");
    assertThat(m.phone()).contains("138****8000");
    assertThat(m.address()).isEqualTo("朝阳区****");
    assertThat(m.committee()).isEqualTo(Fixtures.COMMITTEE_1);

    MaskedResident newborn =
        DEFAULTS.resident(
            r.withCitizenId(Optional.empty()).withPhone(Optional.of("010-65001234")).withName("欧阳修"));
    assertThat(newborn.citizenId()).isEmpty();
    assertThat(newborn.phone()).contains("010-****1234");
    assertThat(newborn.name()).isEqualTo("欧阳*");
    assertThat(DEFAULTS.resident(r.withPhone(Optional.empty())).phone()).isEmpty();
  }

  @Test
  void aMaskedResidentsJsonHoldsNoneOfTheOriginalIdentifiers() {
    Resident r = Fixtures.resident(Fixtures.COMMITTEE_1, LocalDate.of(1949, 12, 31), 2);
    String text = new String(json.write(DEFAULTS.resident(r)), StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain("张三")
        .doesNotContain("11010519491231002X")
        .doesNotContain("13800138000")
        .doesNotContain("某街道")
        .doesNotContain("1949-12-31")
        .contains("\"birthYear\":1949");
  }

  // ---- configuration ---------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"-1, 4", "6, -1", "14, 4", "18, 0", "0, 18", "9, 9"})
  void invalidIdNumberMasksAreRejected(int head, int tail) {
    assertThatThrownBy(() -> DEFAULTS.withCitizenIdKept(head, tail))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("citizenId");
  }

  @ParameterizedTest
  @CsvSource({"-1, 4", "3, -1", "7, 4", "11, 0", "0, 11"})
  void invalidPhoneMasksAreRejected(int head, int tail) {
    assertThatThrownBy(() -> DEFAULTS.withPhoneKept(head, tail))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone");
  }

  @Test
  void theWidestMasksAllowedStillHideOneCharacter() {
    assertThat(DEFAULTS.withCitizenIdKept(9, 8).citizenIdTail()).isEqualTo(8);
    assertThat(DEFAULTS.withPhoneKept(6, 4).phone("13800138000")).isEqualTo("138001*8000");
  }

  @ParameterizedTest
  @ValueSource(chars = {'a', 'X', '0', '9', '张', ' ', '\u00A0', '\t', '\u0000', '\uD800', '·', '•', '\u0378',
      '-', '+', '(', ')'})
  void lettersDigitsSpacesControlsSurrogatesAndSeparatorsAreNoMaskCharacters(char c) {
    assertThatThrownBy(() -> DEFAULTS.withMaskCharacter(c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mask character")
        .hasMessageContaining("掩码字符");
  }

  @ParameterizedTest
  @ValueSource(chars = {'*', '#', '?', '●', '×', '_', '~'})
  void symbolsAreMaskCharacters(char c) {
    assertThat(DEFAULTS.withMaskCharacter(c).maskCharacter()).isEqualTo(c);
  }

  @Test
  void invalidSurnameAndSuffixListsAreRejected() {
    assertThatThrownBy(() -> DEFAULTS.withCompoundSurnames(Set.of("欧")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("复姓");
    assertThatThrownBy(() -> DEFAULTS.withCompoundSurnames(Set.of("欧*")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEFAULTS.withCompoundSurnames(Set.of("欧 阳")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEFAULTS.withDistrictSuffixes(Set.of("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("districtSuffixes");
    assertThatThrownBy(() -> DEFAULTS.withDistrictSuffixes(Set.of("District")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEFAULTS.withBelowDistrictSuffixes(Set.of("1号")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belowDistrictSuffixes");
  }

  @Test
  void withersLeaveTheOriginalUnchanged() {
    DEFAULTS
        .withMaskCharacter('#')
        .withCitizenIdKept(3, 4)
        .withPhoneKept(0, 4)
        .withLandlineAreaCodeKept(false)
        .withCompoundSurnames(Set.of())
        .withDistrictSuffixes(Set.of())
        .withBelowDistrictSuffixes(Set.of());
    assertThat(Masking.defaults()).isSameAs(DEFAULTS);
    assertThat(DEFAULTS.maskCharacter()).isEqualTo('*');
    assertThat(DEFAULTS.citizenIdHead()).isEqualTo(6);
    assertThat(DEFAULTS.phoneHead()).isEqualTo(3);
    assertThat(DEFAULTS.phoneTail()).isEqualTo(4);
    assertThat(DEFAULTS.landlineAreaCodeKept()).isTrue();
    assertThat(DEFAULTS.districtSuffixes()).containsExactlyInAnyOrder("区", "县", "旗");
    assertThat(DEFAULTS.belowDistrictSuffixes()).contains("街道", "镇", "小区", "路", "号");
    assertThat(DEFAULTS.compoundSurnames()).isNotEmpty();
  }

  @Test
  void equalityIsByConfiguration() {
    new EqualsTester()
        .addEqualityGroup(
            DEFAULTS,
            DEFAULTS.withCitizenIdKept(6, 4),
            DEFAULTS.withCompoundSurnames(Set.copyOf(DEFAULTS.compoundSurnames())),
            json.read(json.write(DEFAULTS), Masking.class))
        .addEqualityGroup(DEFAULTS.withMaskCharacter('#'))
        .addEqualityGroup(DEFAULTS.withCitizenIdKept(3, 4))
        .addEqualityGroup(DEFAULTS.withCitizenIdKept(6, 3))
        .addEqualityGroup(DEFAULTS.withPhoneKept(4, 4))
        .addEqualityGroup(DEFAULTS.withPhoneKept(3, 3))
        .addEqualityGroup(DEFAULTS.withLandlineAreaCodeKept(false))
        .addEqualityGroup(DEFAULTS.withCompoundSurnames(Set.of()))
        .addEqualityGroup(DEFAULTS.withDistrictSuffixes(Set.of("区")))
        .addEqualityGroup(DEFAULTS.withBelowDistrictSuffixes(Set.of()))
        .testEquals();
  }

  @Test
  void jsonRoundTripsEveryOverride() {
    Masking m =
        DEFAULTS
            .withMaskCharacter('#')
            .withCitizenIdKept(3, 4)
            .withPhoneKept(0, 4)
            .withLandlineAreaCodeKept(false)
            .withCompoundSurnames(Set.of("欧阳", "爱新觉罗"))
            .withDistrictSuffixes(Set.of("区", "市"))
            .withBelowDistrictSuffixes(Set.of("路"));
    assertThat(json.read(json.write(m), Masking.class)).isEqualTo(m);
  }

  @Test
  void jsonPropertiesLeftOutTakeTheirDefaults() {
    byte[] partial =
        "{\"maskCharacter\":\"#\",\"citizenIdHead\":3,\"districtSuffixes\":[\"区\",\"县\",\"旗\",\"市\"]}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(json.read(partial, Masking.class))
        .isEqualTo(
            DEFAULTS
                .withMaskCharacter('#')
                .withCitizenIdKept(3, 4)
                .withDistrictSuffixes(Set.of("区", "县", "旗", "市")));
    assertThat(json.read("{}".getBytes(StandardCharsets.UTF_8), Masking.class)).isEqualTo(DEFAULTS);
  }

  @Test
  void invalidJsonConfigurationIsRejected() {
    assertThatThrownBy(
            () -> json.read("{\"phoneHead\":9}".getBytes(StandardCharsets.UTF_8), Masking.class))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(
            () -> json.read("{\"maskCharacter\":\"a\"}".getBytes(StandardCharsets.UTF_8), Masking.class))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void toStringShowsTheConfigurationInBrief() {
    assertThat(DEFAULTS.toString())
        .startsWith("Masking[mask=*, citizenId=6+4, phone=3+4, landline area code, ")
        .contains("compound surnames");
  }

  @Test
  void nullsAreRejected() {
    Resident r = Fixtures.resident(Fixtures.COMMITTEE_1, LocalDate.of(1949, 12, 31), 2);
    NullPointerTester tester =
        new NullPointerTester().setDefault(CitizenId.class, ID).setDefault(Resident.class, r);
    tester.testAllPublicStaticMethods(Masking.class);
    tester.testAllPublicInstanceMethods(DEFAULTS);
  }
}
