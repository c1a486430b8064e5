package io.github.weisheng.infectious;

import static io.github.weisheng.infectious.InfectiousTesting.hfmd;
import static io.github.weisheng.infectious.InfectiousTesting.of;
import static io.github.weisheng.infectious.InfectiousTesting.t;
import static io.github.weisheng.testing.Checks.assertResolves;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.chronic.AppliedRule;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The default table and the report time limits, hand-worked from 《传染病信息报告管理规范》 (2 h / 24 h) [C]. */
class NotifiableDiseasesTest {
  private static final NotifiableDiseases TABLE = NotifiableDiseases.defaults();

  private static NotifiableClass classOf(String code) {
    return TABLE.find(code).orElseThrow().notifiableClass();
  }

  @Test
  void theDefaultDiseasesAndTheirClasses() {
    assertThat(classOf("HAND_FOOT_MOUTH")).isEqualTo(NotifiableClass.CLASS_C);
    assertThat(classOf("INFLUENZA")).isEqualTo(NotifiableClass.CLASS_C);
    assertThat(classOf("VIRAL_HEPATITIS")).isEqualTo(NotifiableClass.CLASS_B);
    assertThat(classOf("PULMONARY_TUBERCULOSIS")).isEqualTo(NotifiableClass.CLASS_B);
    assertThat(classOf("CHOLERA")).isEqualTo(NotifiableClass.CLASS_A);
    assertThat(TABLE.find("SARS").orElseThrow().managedAsClassA()).isTrue();
    assertThat(TABLE.find("PULMONARY_ANTHRAX").orElseThrow().managedAsClassA()).isTrue();
    assertThat(TABLE.find("PULMONARY_TUBERCULOSIS").orElseThrow().managedAsClassA()).isFalse();
    assertThat(TABLE.find("hand_foot_mouth")).isEmpty();
    assertThat(TABLE.find("HAND_FOOT_MOUTH").orElseThrow().chineseName()).isEqualTo("手足口病");
  }

  @Test
  void twoHoursForClassAAndWhatIsManagedAsClassATwentyFourForTheRest() {
    assertThat(TABLE.limitFor(TABLE.find("CHOLERA").orElseThrow())).isEqualTo(Duration.ofHours(2));
    assertThat(TABLE.limitFor(TABLE.find("SARS").orElseThrow())).isEqualTo(Duration.ofHours(2));
    assertThat(TABLE.limitFor(TABLE.find("VIRAL_HEPATITIS").orElseThrow())).isEqualTo(Duration.ofHours(24));
    assertThat(TABLE.limitFor(TABLE.find("HAND_FOOT_MOUTH").orElseThrow())).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void reportedThirtyHoursAfterDiagnosisIsLateAgainstTwentyFour() {
    ReportTimeliness r = TABLE.timeliness(hfmd().reportedAt(t("2026-06-02T15:00")).build());
    assertThat(r.reported()).isTrue();
    assertThat(r.onTime()).isFalse();
    assertThat(r.delay()).contains(Duration.ofHours(30));
    assertThat(r.rule()).isEqualTo(AppliedRule.of("infectious.report.late", "30", "24"));
    assertThat(r.rule().message(Locale.ENGLISH)).isEqualTo("Reported 30 h after diagnosis, limit 24 h");
    assertThat(r.rule().message(Locale.CHINESE)).isEqualTo("诊断后30小时报告，时限24小时");
    assertResolves(r.rule());
  }

  @Test
  void exactlyAtTheLimitIsOnTimeASecondLaterIsNot() {
    ReportTimeliness at = TABLE.timeliness(hfmd().reportedAt(t("2026-06-02T09:00")).build());
    assertThat(at.onTime()).isTrue();
    assertThat(at.rule()).isEqualTo(AppliedRule.of("infectious.report.onTime", "24", "24"));
    assertResolves(at.rule());
    ReportTimeliness after = TABLE.timeliness(hfmd().reportedAt(t("2026-06-02T09:00:01")).build());
    assertThat(after.onTime()).isFalse();
    assertThat(after.rule().arguments()).containsExactly("24.1", "24");
  }

  @Test
  void choleraThreeHoursAfterIsLateSarsInNinetyMinutesIsOnTime() {
    ReportTimeliness cholera = TABLE.timeliness(of("CHOLERA").reportedAt(t("2026-06-01T12:00")).build());
    assertThat(cholera.onTime()).isFalse();
    assertThat(cholera.rule()).isEqualTo(AppliedRule.of("infectious.report.late", "3", "2"));
    ReportTimeliness sars = TABLE.timeliness(of("SARS").reportedAt(t("2026-06-01T10:30")).build());
    assertThat(sars.onTime()).isTrue();
    assertThat(sars.rule()).isEqualTo(AppliedRule.of("infectious.report.onTime", "1.5", "2"));
  }

  @Test
  void aCaseNotReportedIsNeitherReportedNorOnTime() {
    ReportTimeliness r = TABLE.timeliness(hfmd().build());
    assertThat(r.reported()).isFalse();
    assertThat(r.onTime()).isFalse();
    assertThat(r.delay()).isEmpty();
    assertThat(r.rule()).isEqualTo(AppliedRule.of("infectious.report.missing", "24"));
    assertResolves(r.rule());
  }

  @Test
  void aDiseaseOutsideTheTableIsARule() {
    assertRules(() -> TABLE.timeliness(of("EBOLA").build()),
        "caseReport.disease [infectious.disease.unknown]");
  }

  @Test
  void aHostsTableReplacesTheLimitsAndAddsDiseases() {
    NotifiableDiseases host = TABLE.withDisease(NotifiableDisease.of("EBOLA", "埃博拉出血热", "Ebola",
        NotifiableClass.CLASS_B));
    assertThat(host.find("EBOLA")).isPresent();
    assertThat(host.diseases()).hasSize(TABLE.diseases().size() + 1);
    NotifiableDiseases replaced = host.withDisease(NotifiableDisease.builder().code("EBOLA").chineseName("埃博拉出血热")
        .englishName("Ebola").notifiableClass(NotifiableClass.CLASS_B).managedAsClassA(true).build());
    assertThat(replaced.diseases()).hasSize(host.diseases().size());
    assertThat(replaced.limitFor(replaced.find("EBOLA").orElseThrow())).isEqualTo(Duration.ofHours(2));
    NotifiableDiseases sixHours = TABLE.withReportLimit(NotifiableClass.CLASS_B, Duration.ofHours(6));
    assertThat(sixHours.reportLimits()).containsEntry(NotifiableClass.CLASS_C, Duration.ofHours(24));
    assertThat(sixHours.timeliness(of("VIRAL_HEPATITIS").reportedAt(t("2026-06-01T16:00")).build())
        .onTime()).isFalse();
    assertThat(TABLE.timeliness(of("VIRAL_HEPATITIS").reportedAt(t("2026-06-01T16:00")).build())
        .onTime()).isTrue();
  }

  @Test
  void rulesOfTheTable() {
    NotifiableDisease flu = TABLE.find("INFLUENZA").orElseThrow();
    assertRules(() -> NotifiableDiseases.builder().addDiseases(flu, flu)
            .putReportLimit(NotifiableClass.CLASS_A, Duration.ofHours(2))
            .putReportLimit(NotifiableClass.CLASS_B, Duration.ZERO).build(),
        "notifiableDiseases.diseases [notifiableDiseases.duplicate]",
        "notifiableDiseases.reportLimits [notifiableDiseases.limit]");
  }

  @Test
  void hoursAreRoundedUpToOneDecimal() {
    assertThat(NotifiableDiseases.hours(Duration.ofHours(24))).isEqualTo("24");
    assertThat(NotifiableDiseases.hours(Duration.ofMinutes(90))).isEqualTo("1.5");
    assertThat(NotifiableDiseases.hours(Duration.ofMinutes(61))).isEqualTo("1.1");
    assertThat(NotifiableDiseases.hours(Duration.ZERO)).isEqualTo("0");
  }

  @Test
  void theTableRoundTripsThroughJson() {
    assertThat(roundTrip(TABLE, NotifiableDiseases.class)).isEqualTo(TABLE);
  }
}
