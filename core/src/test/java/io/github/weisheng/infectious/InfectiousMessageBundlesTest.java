package io.github.weisheng.infectious;

import io.github.weisheng.validation.BundleChecks;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.validation.RuleText;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
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

  private static Properties load(String language) throws IOException {
    return BundleChecks.load("infectious", language);
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
