package io.github.weisheng.population;

import io.github.weisheng.validation.BundleChecks;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.validation.RuleText;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
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

  private static Properties load(String language) throws IOException {
    return BundleChecks.load("population", language);
  }

  @Test
  void everyRuleHasATextInBothLanguages() throws IOException {
    Properties en = load("en");
    Properties zh = load("zh");
    assertThat(RULES).doesNotHaveDuplicates().hasSize(en.size());
    assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    for (String rule : RULES) {
      assertThat(RuleText.exists(rule)).as(rule).isTrue();
      assertThat(en.getProperty(rule)).as(rule).isNotBlank();
      assertThat(zh.getProperty(rule)).as(rule).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyTextIsAValidPatternWithItsArgumentsFilled() throws IOException {
    for (String language : List.of("en", "zh")) {
      Properties bundle = load(language);
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        new MessageFormat(pattern, Locale.ROOT);
        assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
      }
    }
    for (String rule : RULES) {
      List<Object> args = List.of("A1", "A2", "A3");
      String en = RuleText.format(rule, args, Locale.ENGLISH);
      String zh = RuleText.format(rule, args, Locale.CHINESE);
      assertThat(en).as(rule).doesNotContain("{").isNotEqualTo(rule);
      assertThat(zh).as(rule).doesNotContain("{").isNotEqualTo(en);
      for (Object a : args) {
        assertThat(en.contains((String) a)).as(rule + " uses " + a + " in both languages")
            .isEqualTo(zh.contains((String) a));
      }
    }
  }
}
