package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthnicityTest {
  @Test
  void fiftySixGroupsWithCodes01To56InDeclarationOrder() {
    Ethnicity[] all = Ethnicity.values();
    assertThat(all).hasSize(56);
    for (int i = 0; i < all.length; i++) {
      assertThat(all[i].code()).isEqualTo(String.format(Locale.ROOT, "%02d", i + 1));
    }
  }

  @Test
  void codesLetterCodesAndNamesAreDistinct() {
    assertThat(distinct(Ethnicity::code)).hasSize(56);
    assertThat(distinct(Ethnicity::letterCode)).hasSize(56);
    assertThat(distinct(Ethnicity::chineseName)).hasSize(56);
    assertThat(distinct(Ethnicity::romanization)).hasSize(56);
  }

  @ParameterizedTest
  @EnumSource(Ethnicity.class)
  void shapeOfEachEntry(Ethnicity e) {
    assertThat(e.letterCode()).matches("[A-Z]{2}");
    assertThat(e.chineseName()).endsWith("族");
    // The naming convention: the constant is the GB/T 3304 romanization in upper case.
    assertThat(e.name()).isEqualTo(e.romanization().toUpperCase(Locale.ROOT));
  }

  /** Spot checks against the GB 3304-91 table (Wikisource restatement), read by hand. */
  @ParameterizedTest
  @CsvSource({
    "01, HA, 汉族, Han, HAN",
    "02, MG, 蒙古族, Mongol, MONGOL",
    "03, HU, 回族, Hui, HUI",
    "04, ZA, 藏族, Zang, ZANG",
    "05, UG, 维吾尔族, Uygur, UYGUR",
    "06, MH, 苗族, Miao, MIAO",
    "08, ZH, 壮族, Zhuang, ZHUANG",
    "10, CS, 朝鲜族, Chosen, CHOSEN",
    "11, MA, 满族, Man, MAN",
    "15, TJ, 土家族, Tujia, TUJIA",
    "21, VA, 佤族, Va, VA",
    "29, KG, 柯尔克孜族, Kirgiz, KIRGIZ",
    "30, TU, 土族, Tu, TU",
    "31, DU, 达斡尔族, Daur, DAUR",
    "44, RS, 俄罗斯族, Russ, RUSS",
    "46, DE, 德昂族, Deang, DEANG",
    "49, GI, 京族, Gin, GIN",
    "52, OR, 鄂伦春族, Oroqen, OROQEN",
    "55, LB, 珞巴族, Lhoba, LHOBA",
    "56, JN, 基诺族, Jino, JINO"
  })
  void spotChecks(String code, String letters, String chinese, String roman, Ethnicity expected) {
    Ethnicity e = Ethnicity.fromCode(code);
    assertThat(e).isSameAs(expected);
    assertThat(Ethnicity.fromLetterCode(letters)).isSameAs(expected);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.letterCode()).isEqualTo(letters);
    assertThat(e.chineseName()).isEqualTo(chinese);
    assertThat(e.romanization()).isEqualTo(roman);
  }

  @ParameterizedTest
  @EnumSource(Ethnicity.class)
  void lookupsInvertAccessors(Ethnicity e) {
    assertThat(Ethnicity.fromCode(e.code())).isSameAs(e);
    assertThat(Ethnicity.fromLetterCode(e.letterCode())).isSameAs(e);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "00", "57", "97", "1", "001", " 01", "01 ", "HA"})
  void unknownNumericCodesAreRejected(String code) {
    assertThatThrownBy(() -> Ethnicity.fromCode(code))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations())
                  .containsExactly(RuleViolation.of("ethnicity", "ethnicity.code"));
              assertThat(e.getMessage(Locale.ENGLISH)).isNotEqualTo("ethnicity: ethnicity.code");
              assertThat(e.getMessage(Locale.CHINESE)).contains("民族数字代码");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ha", "Ha", "XX", "H", "HAN", "01"})
  void unknownLetterCodesAreRejected(String code) {
    assertThatThrownBy(() -> Ethnicity.fromLetterCode(code))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations())
                  .containsExactly(RuleViolation.of("ethnicity", "ethnicity.letterCode"));
              assertThat(e.getMessage(Locale.ENGLISH))
                  .isNotEqualTo("ethnicity: ethnicity.letterCode");
              assertThat(e.getMessage(Locale.CHINESE)).contains("民族字母代码");
            });
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> Ethnicity.fromCode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Ethnicity.fromLetterCode(null))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @EnumSource(Ethnicity.class)
  void jsonIsTheConstantName(Ethnicity e) {
    JsonCodec codec = JsonCodec.create();
    byte[] json = codec.write(e);
    assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("\"" + e.name() + "\"");
    assertThat(codec.read(json, Ethnicity.class)).isSameAs(e);
  }

  private static Set<String> distinct(java.util.function.Function<Ethnicity, String> f) {
    return Arrays.stream(Ethnicity.values()).map(f).collect(Collectors.toSet());
  }
}
