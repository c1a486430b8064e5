package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each factor of domain reference §5.1 "Risk factors", at its thresholds. */
class RiskFactorTest {

  private static RiskProfile.Builder profile(Sex sex, int age) {
    return RiskProfile.builder().sex(sex).age(age).bloodPressure(bp(150, 95));
  }

  private static RiskProfile.Builder woman() {
    return profile(Sex.FEMALE, 40);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @ParameterizedTest
  @CsvSource({
    "MALE, 55, false",
    "MALE, 56, true",
    "FEMALE, 65, false",
    "FEMALE, 66, true",
    "FEMALE, 60, false",
    "UNKNOWN, 55, false",
    "UNKNOWN, 56, true",
    "UNSTATED, 56, true"
  })
  void ageIsMaleOver55FemaleOver65(Sex sex, int age, boolean present) {
    assertThat(RiskFactor.AGE.isPresentIn(profile(sex, age).build())).isEqualTo(present);
  }

  @Test
  void smokingAndFamilyHistoryAreAsRecorded() {
    assertThat(RiskFactor.SMOKING.isPresentIn(woman().smoker(true).build())).isTrue();
    assertThat(RiskFactor.SMOKING.isPresentIn(woman().build())).isFalse();
    assertThat(RiskFactor.PREMATURE_CVD_FAMILY_HISTORY.isPresentIn(
        woman().prematureCardiovascularFamilyHistory(true).build())).isTrue();
    assertThat(RiskFactor.PREMATURE_CVD_FAMILY_HISTORY.isPresentIn(woman().build())).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"6.0, false", "6.1, true", "6.9, true", "7.0, false"})
  void impairedFastingGlucose(String glucose, boolean present) {
    assertThat(RiskFactor.IMPAIRED_GLUCOSE_REGULATION.isPresentIn(woman().fastingGlucose(fpg(glucose)).build()))
        .isEqualTo(present);
  }

  @ParameterizedTest
  @CsvSource({"7.7, false", "7.8, true", "11.0, true", "11.1, false"})
  void impairedGlucoseTolerance(String glucose, boolean present) {
    assertThat(RiskFactor.IMPAIRED_GLUCOSE_REGULATION.isPresentIn(woman().twoHourGlucose(d(glucose)).build()))
        .isEqualTo(present);
  }

  @Test
  void dyslipidaemia() {
    assertThat(RiskFactor.DYSLIPIDAEMIA.isPresentIn(woman().totalCholesterol(d("5.1")).build())).isFalse();
    assertThat(RiskFactor.DYSLIPIDAEMIA.isPresentIn(woman().totalCholesterol(d("5.2")).build())).isTrue();
    assertThat(RiskFactor.DYSLIPIDAEMIA.isPresentIn(woman().ldlCholesterol(d("3.3")).build())).isFalse();
    assertThat(RiskFactor.DYSLIPIDAEMIA.isPresentIn(woman().ldlCholesterol(d("3.4")).build())).isTrue();
    assertThat(RiskFactor.DYSLIPIDAEMIA.isPresentIn(woman().hdlCholesterol(d("1.0")).build())).isFalse();
    assertThat(RiskFactor.DYSLIPIDAEMIA.isPresentIn(woman().hdlCholesterol(d("0.9")).build())).isTrue();
    assertThat(RiskFactor.DYSLIPIDAEMIA.isPresentIn(woman().build())).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "MALE, 89, false",
    "MALE, 90, true",
    "FEMALE, 84, false",
    "FEMALE, 85, true",
    "UNKNOWN, 85, true"
  })
  void waist(Sex sex, String waist, boolean present) {
    assertThat(RiskFactor.OBESITY.isPresentIn(profile(sex, 40).waistCm(d(waist)).build())).isEqualTo(present);
  }

  @Test
  void bmiAndHomocysteine() {
    assertThat(RiskFactor.OBESITY.isPresentIn(woman().bmi(d("27.9")).build())).isFalse();
    assertThat(RiskFactor.OBESITY.isPresentIn(woman().bmi(d("28")).build())).isTrue();
    assertThat(RiskFactor.HYPERHOMOCYSTEINAEMIA.isPresentIn(woman().homocysteine(d("14.9")).build())).isFalse();
    assertThat(RiskFactor.HYPERHOMOCYSTEINAEMIA.isPresentIn(woman().homocysteine(d("15")).build())).isTrue();
  }

  @Test
  void presentInListsEveryFactorInOrder() {
    RiskProfile all = profile(Sex.MALE, 60).smoker(true).fastingGlucose(fpg("6.5")).totalCholesterol(d("6"))
        .prematureCardiovascularFamilyHistory(true).bmi(d("30")).homocysteine(d("20")).build();
    assertThat(RiskFactor.presentIn(all)).containsExactly(RiskFactor.values());
    assertThat(all.riskFactors()).containsExactly(RiskFactor.values());
    assertThat(RiskFactor.presentIn(woman().build())).isEmpty();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(RiskFactor.class);
    new NullPointerTester().testAllPublicInstanceMethods(RiskFactor.AGE);
  }
}
