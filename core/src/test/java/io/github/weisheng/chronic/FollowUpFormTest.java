package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.weisheng.testing.Checks;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpFormTest {

  /** A complete hypertension form, every item filled. */
  static FollowUpForm full() {
    return FollowUpForm.builder()
        .visitDate(DAY)
        .mode(VisitMode.CLINIC)
        .addSymptoms(Symptom.HEADACHE_OR_DIZZINESS, Symptom.LEG_OEDEMA)
        .otherSymptoms("夜间多梦")
        .bloodPressure(bp(152, 94))
        .heartRate(76)
        .weightKg(new BigDecimal("72.5"))
        .targetWeightKg(new BigDecimal("68"))
        .heightCm(new BigDecimal("168.0"))
        .waistCm(new BigDecimal("92"))
        .fastingGlucose(fpg("6.2"))
        .lifestyle(LifestyleTest.typical().build())
        .addMedications(Medication.of("氨氯地平", "5 mg", "每日1次"))
        .adherence(MedicationAdherence.INTERMITTENT)
        .adverseReaction(AdverseReaction.CONTROLLABLE)
        .adverseReactionNote("踝部水肿")
        .complication(ComplicationChange.NONE)
        .addComplications(ClinicalComplication.HEART_DISEASE)
        .tier(ManagementTier.TIER_2)
        .referralTo("区医院心内科")
        .build();
  }

  @Test
  void aFullFormRoundTripsAndPrintsNoReading() {
    FollowUpForm form = full();
    assertThat(roundTrip(form, FollowUpForm.class)).isEqualTo(form);
    assertThat(form.toString()).doesNotContain("152").doesNotContain("72.5").doesNotContain("夜间多梦")
        .doesNotContain("氨氯地平").doesNotContain("踝部水肿").contains("***");
    assertThat(new String(Checks.JSON.write(form), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("bmi");
  }

  @Test
  void theBmiIsWeightOverHeightSquaredToOneDecimal() {
    // 72.5 / 1.68² = 25.69 → 25.7
    assertThat(full().bmi()).contains(new BigDecimal("25.7"));
    FollowUpForm noHeight = FollowUpForm.builder().visitDate(DAY).mode(VisitMode.HOME)
        .weightKg(new BigDecimal("60")).build();
    assertThat(noHeight.bmi()).isEmpty();
    // 60 / 1.60² = 23.4375 → 23.4; 64 / 1.60² = 25.0
    assertThat(FollowUpForm.builder().visitDate(DAY).mode(VisitMode.HOME).weightKg(new BigDecimal("60"))
        .heightCm(new BigDecimal("160")).build().bmi()).contains(new BigDecimal("23.4"));
    assertThat(FollowUpForm.builder().visitDate(DAY).mode(VisitMode.HOME).weightKg(new BigDecimal("64"))
        .heightCm(new BigDecimal("160")).build().bmi()).contains(new BigDecimal("25.0"));
  }

  @ParameterizedTest
  @CsvSource({
    "19, 1.9, 39.9, 29.9",
    "251, 300.1, 250.1, 200.1",
  })
  void valuesJustOutsideTheLimitsAreRefused(int heartRate, String weight, String height, String waist) {
    assertRules(() -> FollowUpForm.builder().visitDate(DAY).mode(VisitMode.CLINIC).heartRate(heartRate)
            .weightKg(new BigDecimal(weight)).heightCm(new BigDecimal(height)).waistCm(new BigDecimal(waist))
            .build(),
        "followUp.heartRate [followUp.heartRate.range]", "followUp.weightKg [followUp.weight.range]",
        "followUp.heightCm [followUp.height.range]", "followUp.waistCm [followUp.waist.range]");
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    FollowUpForm low = FollowUpForm.builder().visitDate(DAY).mode(VisitMode.CLINIC).heartRate(20)
        .weightKg(new BigDecimal("30")).heightCm(new BigDecimal("150")).waistCm(new BigDecimal("30"))
        .targetWeightKg(new BigDecimal("2")).build();
    FollowUpForm high = FollowUpForm.builder().visitDate(DAY).mode(VisitMode.CLINIC).heartRate(250)
        .weightKg(new BigDecimal("300")).heightCm(new BigDecimal("250")).waistCm(new BigDecimal("200")).build();
    assertThat(low.heartRate()).contains(20);
    assertThat(high.bmi()).contains(new BigDecimal("48.0"));
  }

  @Test
  void moreThanOneDecimalAWeightAndHeightThatCannotBelongTogetherAndBlankTextAreRefused() {
    assertRules(() -> FollowUpForm.builder().visitDate(DAY).mode(VisitMode.CLINIC)
            .weightKg(new BigDecimal("70.25")).build(),
        "followUp.weightKg [followUp.measurement.precision]");
    // 300 kg at 1.5 m is BMI 133
    assertRules(() -> FollowUpForm.builder().visitDate(DAY).mode(VisitMode.CLINIC)
            .weightKg(new BigDecimal("300")).heightCm(new BigDecimal("150")).build(),
        "followUp.bmi [followUp.bmi.range]");
    assertRules(() -> FollowUpForm.builder().visitDate(DAY).mode(VisitMode.CLINIC).otherSymptoms(" ")
            .adverseReactionNote("x".repeat(201)).referralTo("").build(),
        "followUp.otherSymptoms [followUp.text]", "followUp.adverseReactionNote [followUp.text]",
        "followUp.referralTo [followUp.text]");
  }

  @Test
  void aMinimalFormDefaultsToNothingFound() {
    FollowUpForm form = FollowUpForm.builder().visitDate(DAY).mode(VisitMode.PHONE).build();
    assertThat(form.symptoms()).isEmpty();
    assertThat(form.adverseReaction()).isEqualTo(AdverseReaction.NONE);
    assertThat(form.complication()).isEqualTo(ComplicationChange.NONE);
    assertThat(form.pregnantOrLactating()).isFalse();
    assertThat(form.lowerTargetIndicated()).isFalse();
    assertThat(form.tier()).isEmpty();
    assertThat(roundTrip(form, FollowUpForm.class)).isEqualTo(form);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(full(), full())
        .addEqualityGroup(FollowUpForm.builder().visitDate(DAY).mode(VisitMode.PHONE).build())
        .addEqualityGroup(FollowUpForm.builder().visitDate(DAY).mode(VisitMode.HOME)
            .addAllDiabetesDangerSigns(Set.of(DiabetesDangerSign.values()[0])).build())
        .testEquals();
  }
}
