package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChronicConditionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // hypertensive diseases I10-I15 (WHO); I14 is not used, I16 is US ICD-10-CM only
      "I10, HYPERTENSION", "I11.9, HYPERTENSION", "I12.0, HYPERTENSION", "I13.2, HYPERTENSION",
      "I15, HYPERTENSION", "I15.0, HYPERTENSION", "I15.9, HYPERTENSION",
      "I09, ''", "I09.9, ''", "I14, ''", "I16, ''", "I16.1, ''",
      // type 2 diabetes E11 within E10-E14
      "E11, TYPE_2_DIABETES", "E11.9, TYPE_2_DIABETES", "E11.2, TYPE_2_DIABETES", "E11.900, TYPE_2_DIABETES",
      "E10, ''", "E10.9, ''", "E12, ''", "E13.9, ''", "E14, ''", "E08, ''",
      // ischaemic heart diseases I20-I25
      "I20.0, CORONARY_HEART_DISEASE", "I21.9, CORONARY_HEART_DISEASE", "I25, CORONARY_HEART_DISEASE",
      "I25.1, CORONARY_HEART_DISEASE", "I19, ''", "I26.9, ''",
      // stroke I60-I64 and its sequelae I69.0-I69.4
      "I60.9, STROKE", "I61.0, STROKE", "I63.9, STROKE", "I64, STROKE", "I69.3, STROKE", "I69.4, STROKE",
      "I65.2, ''", "I67.9, ''", "I69, ''", "I69.8, ''", "G45.9, ''",
      // malignant neoplasms C00-C97
      "C00.0, CANCER", "C34.9, CANCER", "C97, CANCER", "D00.0, ''", "D36.9, ''",
      // COPD J44, chronic bronchitis J41-J42
      "J44, COPD", "J44.9, COPD", "J43.9, ''", "J41.0, CHRONIC_BRONCHITIS", "J42, CHRONIC_BRONCHITIS",
      "J40, ''", "J45.9, ''"})
  void handWorkedCodesAreClassifiedByTheWhoBlocks(String text, String expected) {
    IcdCode code = IcdCode.parse(text);
    assertThat(ChronicCondition.of(code).map(Enum::name).orElse("")).isEqualTo(expected);
    for (ChronicCondition c : ChronicCondition.values()) {
      assertThat(c.includes(code)).as("%s includes %s", c, code).isEqualTo(c.name().equals(expected));
    }
  }

  @Test
  void usIcd10CmCodesWithALetterInTheCategoryAreNotEvenCodes() {
    // I1A (resistant hypertension) exists only in ICD-10-CM; the WHO shape has two digits
    assertThat(catchThrowable(() -> IcdCode.parse("I1A.0"))).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void namesAndRangesReadAsTheSeedAndTheClassification() {
    assertThat(Arrays.stream(ChronicCondition.values()).map(ChronicCondition::chineseName).collect(Collectors.toList()))
        .containsExactly("高血压", "2型糖尿病", "冠心病", "脑卒中", "恶性肿瘤", "慢性阻塞性肺疾病", "慢性支气管炎");
    assertThat(ChronicCondition.HYPERTENSION.icdRanges()).containsExactly("I10-I13", "I15");
    assertThat(ChronicCondition.TYPE_2_DIABETES.icdRanges()).containsExactly("E11");
    assertThat(ChronicCondition.STROKE.icdRanges()).containsExactly("I60-I64", "I69.0-I69.4");
    assertThat(ChronicCondition.CHRONIC_BRONCHITIS.icdRanges()).containsExactly("J41-J42");
  }

  @Test
  void classificationIsExclusiveAndAgreesWithIncludes() {
    qt().forAll(IcdCodeProperties.codes()).checkAssert(code -> {
      var including = Arrays.stream(ChronicCondition.values()).filter(c -> c.includes(code)).collect(Collectors.toList());
      assertThat(including).hasSizeLessThanOrEqualTo(1);
      assertThat(ChronicCondition.of(code)).isEqualTo(including.stream().findFirst());
    });
  }

  @Test
  void aConditionIncludesTheSubdivisionsOfItsCodes() {
    qt().forAll(IcdCodeProperties.codes()).checkAssert(code -> ChronicCondition.of(code.category())
        .ifPresent(c -> assertThat(c.includes(code)).isTrue()));
  }

  @Test
  void jsonWritesTheConstantsName() {
    JsonCodec json = JsonCodec.create();
    for (ChronicCondition c : ChronicCondition.values()) {
      assertThat(new String(json.write(c), StandardCharsets.UTF_8)).isEqualTo("\"" + c.name() + "\"");
      assertThat(json.read(json.write(c), ChronicCondition.class)).isEqualTo(c);
    }
  }
}
