package io.github.weisheng.population;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.testing.BundleChecks;
import io.github.weisheng.validation.RuleText;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The population bundles: every rule id the package throws or cites has a valid text in both languages. */
class PopulationMessageBundlesTest {
  /** The rule ids named in the package's code. */
  private static final List<String> RULES = List.of(
      "child.discharge.beforeBirth",
      "child.management.met",
      "child.management.noCheck",
      "child.management.notInAgeRange",
      "child.newbornVisit.met",
      "child.newbornVisit.missing",
      "child.newbornVisit.notBornInYear",
      "child.schedule.invalid",
      "child.visit.beforeBirth",
      "child.visit.beforeDischarge",
      "child.visit.otherArchive",
      "elderly.assessmentMissing",
      "elderly.guidanceMissing",
      "elderly.labTestsMissing",
      "elderly.met",
      "elderly.minAge.range",
      "elderly.noService",
      "elderly.notInAgeRange",
      "elderly.physicalExamMissing",
      "elderly.selfCareScore.range",
      "elderly.yearlyService",
      "growth.haemoglobin.range",
      "growth.headCircumference.range",
      "growth.length.range",
      "growth.precision",
      "growth.weight.range",
      "maternal.delivery.beforeLmp",
      "maternal.discharge.beforeDelivery",
      "maternal.discharge.withoutDelivery",
      "maternal.highRisk.code",
      "maternal.notLiveBirthInYear",
      "maternal.outcome.required",
      "maternal.outcome.withoutDelivery",
      "maternal.postpartum.late",
      "maternal.postpartum.met",
      "maternal.postpartum.missing",
      "maternal.registration.late",
      "maternal.registration.met",
      "maternal.registration.missing",
      "maternal.schedule.invalid",
      "maternal.visit.afterDelivery",
      "maternal.visit.beforeDelivery",
      "maternal.visit.beforeLmp",
      "population.case.archiveNotFound",
      "population.case.inFuture",
      "population.case.otherArchive",
      "population.case.records",
      "population.due",
      "population.overdue",
      "population.reason",
      "population.year.range",
      "populationCaseId.format",
      "serviceDeadline.hours",
      "serviceWindow.order",
      "smi.class.basicallyStable.domain",
      "smi.class.basicallyStable.risk",
      "smi.class.stable",
      "smi.class.unstable.clinical",
      "smi.class.unstable.risk",
      "smi.followUp",
      "smi.nextVisit",
      "smi.policy.invalid",
      "smi.referral.urgent",
      "smi.riskLevel.range",
      "smi.standard.met",
      "smi.visits.tooFew",
      "tb.completed.beforeStart",
      "tb.dose.beforeStart",
      "tb.dose.duplicate",
      "tb.dose.tooMany",
      "tb.dosingPlan.text",
      "tb.firstVisit",
      "tb.firstVisit.attempts",
      "tb.firstVisit.beforeNotification",
      "tb.firstVisit.late",
      "tb.firstVisit.missing",
      "tb.followUp",
      "tb.management.met",
      "tb.notCompletedInYear",
      "tb.notNotifiedInYear",
      "tb.policy.invalid",
      "tb.regular.met",
      "tb.regular.notMet",
      "tb.reportToCdc",
      "tb.visit.beforeNotification"
  );

  @Test
  void everyRuleHasATextInBothLanguages() {
    Properties en = BundleChecks.load("population", "en");
    assertThat(RULES).doesNotHaveDuplicates().hasSize(en.size());
    for (String rule : RULES) {
      assertThat(RuleText.exists(rule)).as(rule).isTrue();
      assertThat(en.getProperty(rule)).as(rule).isNotBlank();
    }
    // the same keys in both languages, Chinese texts in Chinese and unlike the English, the same
    // arguments in both
    BundleChecks.assertLanguagesAgree("population");
  }

  @Test
  void everyTextIsAValidPatternWithItsArgumentsFilled() {
    BundleChecks.assertValidPatterns("population");
  }
}
