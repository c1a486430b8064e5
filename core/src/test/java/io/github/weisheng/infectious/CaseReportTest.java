package io.github.weisheng.infectious;

import static io.github.weisheng.infectious.InfectiousTesting.d;
import static io.github.weisheng.infectious.InfectiousTesting.hfmd;
import static io.github.weisheng.infectious.InfectiousTesting.of;
import static io.github.weisheng.infectious.InfectiousTesting.t;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/** The report card's rules, each hand-worked on a hand, foot and mouth case diagnosed 2026-06-01 09:00. */
class CaseReportTest {

  @Test
  void aCaseReportedBeforeItWasDiagnosedIsRefused() {
    assertRules(() -> hfmd().reportedAt(t("2026-06-01T08:59")).build(),
        "caseReport.reportedAt [infectious.report.beforeDiagnosis]");
    assertThat(hfmd().reportedAt(t("2026-06-01T09:00")).build().status()).isEqualTo(CaseStatus.REPORTED);
  }

  @Test
  void theOnsetComesOnOrBeforeTheDiagnosisDay() {
    assertRules(() -> hfmd().onsetOn(d("2026-06-02")).build(), "caseReport.onsetOn [infectious.onset.afterDiagnosis]");
    assertThat(hfmd().onsetOn(d("2026-06-01")).build().onsetOn()).contains(d("2026-06-01"));
  }

  @Test
  void anIsolationRunsForwardAndIsLiftedOnlyAfterItBegan() {
    assertRules(() -> hfmd().isolationFrom(d("2026-06-10")).isolationUntil(d("2026-06-09")).build(),
        "caseReport.isolationUntil [infectious.isolation.order]");
    assertRules(() -> hfmd().isolationUntil(d("2026-06-09")).build(),
        "caseReport.isolationUntil [infectious.isolation.order]");
    assertRules(() -> hfmd().isolationLiftedOn(d("2026-06-09")).build(),
        "caseReport.isolationLiftedOn [infectious.lifted.withoutIsolation]");
    assertRules(() -> hfmd().isolationFrom(d("2026-06-01")).isolationLiftedOn(d("2026-05-31")).build(),
        "caseReport.isolationLiftedOn [infectious.lifted.beforeStart]");
  }

  @Test
  void everyBrokenRuleAtOnceAndTheDiseaseCodesForm() {
    assertRules(() -> of("手足口病").reportedAt(t("2026-05-31T09:00")).onsetOn(d("2026-06-05")).build(),
        "caseReport.disease [notifiableDisease.code]", "caseReport.reportedAt [infectious.report.beforeDiagnosis]",
        "caseReport.onsetOn [infectious.onset.afterDiagnosis]");
  }

  @Test
  void theStatusFollowsTheCard() {
    CaseReport registered = hfmd().isolationFrom(d("2026-06-01")).isolationUntil(d("2026-06-10")).build();
    assertThat(registered.status()).isEqualTo(CaseStatus.REGISTERED);
    CaseReport reported = registered.reported(t("2026-06-01T15:30"));
    assertThat(reported.status()).isEqualTo(CaseStatus.REPORTED);
    assertThat(reported.reportedAt()).contains(t("2026-06-01T15:30"));
    CaseReport lifted = reported.liftIsolation(d("2026-06-08"));
    assertThat(lifted.status()).isEqualTo(CaseStatus.ISOLATION_LIFTED);
    assertThat(lifted.isolationLiftedOn()).contains(d("2026-06-08"));
    assertRules(() -> reported.liftIsolation(d("2026-05-30")), "caseReport.isolationLiftedOn [infectious.lifted.beforeStart]");
    assertRules(() -> hfmd().build().reported(t("2026-06-01T08:00")),
        "caseReport.reportedAt [infectious.report.beforeDiagnosis]");
    assertThat(CaseStatus.ISOLATION_LIFTED.chineseName()).isEqualTo("解除隔离");
  }

  @Test
  void valueSemanticsJsonAndNothingHealthRelatedInToString() {
    CaseReport c = hfmd().onsetOn(d("2026-05-31")).reportedAt(t("2026-06-01T10:00")).isolationFrom(d("2026-06-01"))
        .isolationUntil(d("2026-06-10")).isolationLiftedOn(d("2026-06-09")).build();
    assertThat(roundTrip(c, CaseReport.class)).isEqualTo(c);
    CaseReport bare = hfmd().build();
    assertThat(roundTrip(bare, CaseReport.class)).isEqualTo(bare);
    assertThat(c.toString()).doesNotContain("HAND_FOOT_MOUTH").contains("***");
    new EqualsTester().addEqualityGroup(hfmd().build(), hfmd().build())
        .addEqualityGroup(of("INFLUENZA").build())
        .addEqualityGroup(hfmd().build().reported(t("2026-06-02T09:00"))).testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(c);
  }
}
