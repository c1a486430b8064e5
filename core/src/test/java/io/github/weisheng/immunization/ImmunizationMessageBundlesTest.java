package io.github.weisheng.immunization;

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

/** The immunization bundles: every rule id the package throws or cites has a text in both languages. */
class ImmunizationMessageBundlesTest {
  private static final List<String> RULES = List.of(
      "immunization.age.format", "immunization.assessment.beforeBirth", "immunization.dose.future",
      "immunization.dose.beforeBirth", "immunization.dose.unknownProduct", "immunization.immunoglobulin.future",
      "immunization.note.contraindicated", "immunization.note.noLiveVaccines", "immunization.note.bcgPpd",
      "immunization.note.bcgPpdPositive", "immunization.note.bcgBeforeDischarge", "immunization.note.bcgWhenStable",
      "immunization.note.chronologicalAge", "immunization.note.onceStable", "immunization.note.hbigWithin12h",
      "immunization.note.hepBFourDose", "immunization.note.hepBTestAfterSeries", "immunization.note.dtpCatchUp",
      "immunization.note.mmrCohort", "immunization.note.menAcEarlyStart",
      "vaccinationRecordId.format", "vaccinationRecord.doseNumber.range", "vaccinationRecord.text",
      "immunization.record.future", "immunization.record.beforeBirth",
      "vaccinationCertificate.text", "immunization.certificate.future", "immunization.certificate.beforeBirth",
      "immunization.coverage.period", CoverageReason.NOT_RECEIVED, CoverageReason.INVALID_DOSES,
      CoverageReason.CONTRAINDICATED, CoverageReason.AGED_OUT, CoverageReason.LATE, CoverageReason.NO_CERTIFICATE,
      CoverageReason.CERTIFICATE_LATE);

  static List<String> allRules() {
    List<String> all = new ArrayList<>(RULES);
    Stream.of(DoseReason.values()).map(DoseReason::rule).forEach(all::add);
    Stream.of(ForecastStatus.values()).map(ForecastStatus::rule).forEach(all::add);
    return all;
  }

  private static Properties load(String language) throws IOException {
    return BundleChecks.load("immunization", language);
  }

  @Test
  void everyRuleHasATextInBothLanguagesAndNoTextIsOrphaned() throws IOException {
    Properties en = load("en");
    Properties zh = load("zh");
    List<String> all = allRules();
    assertThat(all).doesNotHaveDuplicates().hasSize(51);
    for (String rule : all) {
      assertThat(RuleText.exists(rule)).as(rule).isTrue();
      assertThat(RuleText.format(rule, List.of(), Locale.ENGLISH)).as(rule).isNotEqualTo(rule).isEqualTo(en.getProperty(rule));
      assertThat(zh.getProperty(rule)).as(rule).containsPattern("\\p{IsHan}");
    }
    assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(all);
    assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void everyTextIsAValidPatternWithoutStrayQuotes() {
    BundleChecks.assertValidPatterns("immunization");
  }
}
