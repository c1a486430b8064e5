package io.github.weisheng.infectious;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.testing.BundleChecks;
import io.github.weisheng.validation.RuleText;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The infectious-disease bundles: every rule id the package throws or cites has a valid text in both languages. */
class InfectiousMessageBundlesTest {
  /** The rule ids named in the package's code. */
  private static final List<String> RULES = List.of(
      "caseReportId.format",
      "homeFollowUpId.format",
      "infectious.case.archiveChanged",
      "infectious.case.archiveNotFound",
      "infectious.case.exists",
      "infectious.case.inFuture",
      "infectious.disease.unknown",
      "infectious.followUp.actions",
      "infectious.followUp.beforeDiagnosis",
      "infectious.followUp.caseNotFound",
      "infectious.followUp.exists",
      "infectious.followUp.inFuture",
      "infectious.followUp.otherArchive",
      "infectious.isolation.order",
      "infectious.lifted.beforeStart",
      "infectious.lifted.withoutIsolation",
      "infectious.onset.afterDiagnosis",
      "infectious.period.order",
      "infectious.report.beforeDiagnosis",
      "infectious.report.late",
      "infectious.report.missing",
      "infectious.report.onTime",
      "notifiableDisease.code",
      "notifiableDisease.managedAsClassA",
      "notifiableDisease.name",
      "notifiableDiseases.duplicate",
      "notifiableDiseases.limit"
  );

  @Test
  void everyRuleHasATextInBothLanguages() {
    Properties en = BundleChecks.load("infectious", "en");
    assertThat(RULES).doesNotHaveDuplicates().hasSize(en.size());
    for (String rule : RULES) {
      assertThat(RuleText.exists(rule)).as(rule).isTrue();
      assertThat(en.getProperty(rule)).as(rule).isNotBlank();
    }
    // the same keys in both languages, Chinese texts in Chinese, the same arguments in both
    BundleChecks.assertLanguagesAgree("infectious");
  }

  @Test
  void everyTextIsAValidPatternWithItsArgumentsFilled() {
    BundleChecks.assertValidPatterns("infectious");
  }
}
