package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.testing.BundleChecks;
import io.github.weisheng.validation.RuleText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chronic bundles: every rule id the package throws or cites has a valid text in both languages. */
class ChronicMessageBundlesTest {
  /** The rule ids not named by an enum constant. */
  private static final List<String> RULES = List.of(
      "bloodPressure.systolic.range", "bloodPressure.diastolic.range", "bloodPressure.systolicAboveDiastolic",
      "fastingGlucose.format", "fastingGlucose.precision", "fastingGlucose.range",
      "chronic.age.range", "chronic.ckdStage.range", "chronic.measurement.positive",
      "chronic.measurement.notNegative", "previousVisit.unsatisfiedStreak", "screening.asOfBeforeBirth",
      HypertensionFollowUpRules.SATISFIED, HypertensionFollowUpRules.UNSATISFIED,
      HypertensionFollowUpRules.URGENT_PREGNANCY,
      DiabetesFollowUpRules.SATISFIED, DiabetesFollowUpRules.UNSATISFIED,
      DiabetesFollowUpRules.URGENT_HIGH, DiabetesFollowUpRules.URGENT_LOW,
      FollowUpDecision.CLASS_ADVERSE_REACTION, FollowUpDecision.CLASS_COMPLICATION,
      FollowUpDecision.NEXT_ROUTINE, FollowUpDecision.NEXT_UNSATISFIED, FollowUpDecision.NEXT_ADVERSE_REACTION,
      FollowUpDecision.NEXT_REFERRAL_CHECK, FollowUpDecision.REFER_UNSATISFIED,
      FollowUpDecision.REFER_ADVERSE_REACTION, FollowUpDecision.REFER_NEW_COMPLICATION,
      FollowUpDecision.REFER_WORSE_COMPLICATION, FollowUpDecision.URGENT_SYSTOLIC, FollowUpDecision.URGENT_DIASTOLIC,
      "risk.burden.none", "risk.burden.riskFactors", "risk.burden.threeRiskFactors",
      "risk.burden.targetOrganDamage", "risk.burden.ckdStage3", "risk.burden.diabetes",
      "risk.burden.clinicalComplication", "risk.burden.ckdStage4", "risk.burden.diabetesWithComplications",
      "risk.column.highNormal", "risk.column.grade1", "risk.column.grade2", "risk.column.grade3",
      "risk2022.high.bloodPressure", "risk2022.high.withConditions", "risk2022.nonHigh",
      "screening.bloodPressure.annual", "screening.bloodPressure.highRisk", "screening.raised.recheck",
      "screening.preliminaryDiagnosis", "screening.confirmation", "screening.glucose.annual",
      "followUpVisitId.format", "medication.text", "lifestyle.cigarettes.range", "lifestyle.alcohol.range",
      "lifestyle.exerciseTimes.range", "lifestyle.exerciseMinutes.range", "followUp.heartRate.range",
      "followUp.weight.range", "followUp.height.range", "followUp.waist.range", "followUp.measurement.precision",
      "followUp.bmi.range", "followUp.text", "followUp.assessmentDate", "followUp.conditionNotFollowedUp",
      "followUp.enrolmentNotActive", "followUp.visitInFuture", "followUp.visitBeforeEnrolment",
      "followUp.bloodPressureRequired", "followUp.tierRequired", "followUp.fastingGlucoseRequired",
      "followUp.diabetesLevelRequired", "followUp.reason", "followUp.year.range",
      YearlyStatus.MET, YearlyStatus.TOO_FEW, YearlyStatus.GAP, YearlyStatus.BP_CONTROLLED,
      YearlyStatus.BP_NOT_CONTROLLED, YearlyStatus.FPG_CONTROLLED, YearlyStatus.FPG_NOT_CONTROLLED,
      YearlyStatus.NO_VISIT, "worklist.scope.code");

  static List<String> allRules() {
    List<String> all = new ArrayList<>(RULES);
    Stream.of(HypertensionDangerSign.values()).map(HypertensionDangerSign::rule).forEach(all::add);
    Stream.of(DiabetesDangerSign.values()).map(DiabetesDangerSign::rule).forEach(all::add);
    Stream.of(RiskFactor.values()).map(RiskFactor::rule).forEach(all::add);
    Stream.of(RiskLevel.values()).map(RiskLevel::rule).forEach(all::add);
    Stream.of(ManagementTier.values()).map(ManagementTier::rule).forEach(all::add);
    Stream.of(DiabetesManagementLevel.values()).map(DiabetesManagementLevel::rule).forEach(all::add);
    Stream.of(HypertensionHighRiskMarker.values()).map(HypertensionHighRiskMarker::rule).forEach(all::add);
    Stream.of(WorklistReason.values()).map(WorklistReason::rule).forEach(all::add);
    return all;
  }

  private static Properties load(String language) throws IOException {
    return BundleChecks.load("chronic", language);
  }

  @Test
  void everyRuleHasATextInBothLanguages() throws IOException {
    Properties en = load("en");
    Properties zh = load("zh");
    List<String> all = allRules();
    assertThat(all).doesNotHaveDuplicates().hasSize(134);
    for (String rule : all) {
      assertThat(RuleText.exists(rule)).as(rule).isTrue();
      assertThat(en.getProperty(rule)).as(rule).isNotBlank();
      assertThat(zh.getProperty(rule)).as(rule).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyTextIsAValidPatternWithoutStrayQuotes() {
    BundleChecks.assertValidPatterns("chronic");
  }

  @Test
  void argumentsAreFilledInBothLanguages() {
    for (String rule : allRules()) {
      Object[] args = {"A1", "A2", "A3", "A4", "A5"};
      String en = RuleText.format(rule, List.of(args), Locale.ENGLISH);
      String zh = RuleText.format(rule, List.of(args), Locale.CHINESE);
      assertThat(en).as(rule).doesNotContain("{").isNotEqualTo(rule);
      assertThat(zh).as(rule).doesNotContain("{");
      for (Object a : args) {
        assertThat(en.contains((String) a)).as(rule + " uses " + a + " in both languages").isEqualTo(zh.contains((String) a));
      }
    }
  }
}
