package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.ARCHIVE;
import static io.github.weisheng.population.PopulationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.testing.Checks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmiPolicyTest {
  private static final SmiPolicy POLICY = SmiPolicy.defaults();

  private static SmiFollowUp.Builder followUp(int risk) {
    return SmiFollowUp.builder().archive(ARCHIVE).date(d("2026-03-01")).disorder(SevereMentalDisorder.SCHIZOPHRENIA)
        .riskLevel(SmiRiskLevel.of(risk));
  }

  @ParameterizedTest
  @CsvSource({
      "0, STABLE, false, 90, smi.class.stable",
      "1, BASICALLY_STABLE, false, 14, smi.class.basicallyStable.risk",
      "2, BASICALLY_STABLE, false, 14, smi.class.basicallyStable.risk",
      "3, UNSTABLE, true, 14, smi.class.unstable.risk",
      "4, UNSTABLE, true, 14, smi.class.unstable.risk",
      "5, UNSTABLE, true, 14, smi.class.unstable.risk"})
  void everyRiskLevel(int risk, SmiClassification c, boolean urgent, int days, String rule) {
    SmiAssessment a = POLICY.assess(followUp(risk).recovered(true).build());
    assertThat(a.classification()).isEqualTo(c);
    assertThat(a.urgentReferral()).isEqualTo(urgent);
    assertThat(SmiRiskLevel.of(risk).urgentReferral()).isEqualTo(urgent);
    assertThat(a.nextVisit()).isEqualTo(d("2026-03-01").plusDays(days));
    assertThat(a.rules().get(0).rule()).isEqualTo(rule);
    assertThat(a.rules()).contains(AppliedRule.of("smi.nextVisit", days));
    assertThat(a.rules().contains(AppliedRule.of("smi.referral.urgent", 3))).isEqualTo(urgent);
    assertThat(a.actions().contains(SmiAction.URGENT_REFERRAL)).isEqualTo(urgent);
    a.rules().forEach(Checks::assertResolves);
    assertThat(roundTrip(a, SmiAssessment.class)).isEqualTo(a);
  }

  @Test
  void clinicalFindingsAndRecovery() {
    SmiAssessment florid = POLICY.assess(followUp(0).floridSymptoms(true).build());
    assertThat(florid.classification()).isEqualTo(SmiClassification.UNSTABLE);
    assertThat(florid.urgentReferral()).isFalse();
    assertThat(florid.rules().get(0)).isEqualTo(AppliedRule.of("smi.class.unstable.clinical"));
    assertThat(florid.actions()).contains(SmiAction.JOINT_FOLLOW_UP);
    SmiAssessment notRecovered = POLICY.assess(followUp(0).build());
    assertThat(notRecovered.classification()).isEqualTo(SmiClassification.BASICALLY_STABLE);
    assertThat(notRecovered.rules().get(0)).isEqualTo(AppliedRule.of("smi.class.basicallyStable.domain"));
    assertThat(POLICY.assess(followUp(0).recovered(true).oneDomainPoor(true).build()).classification())
        .isEqualTo(SmiClassification.BASICALLY_STABLE);
    SmiAssessment norm = SmiPolicy.workNorm2018().assess(followUp(4).build());
    assertThat(norm.nextVisit()).isEqualTo(d("2026-03-08"));
    assertThat(SmiPolicy.workNorm2018().assess(followUp(1).build()).nextVisit()).isEqualTo(d("2026-04-30"));
    assertThat(POLICY.nextWindow(followUp(0).recovered(true).build()))
        .isEqualTo(ServiceWindow.of(d("2026-05-30"), d("2026-05-30"), d("2026-05-30")));
  }

  @Test
  void yearlyStandardManagement() {
    List<SmiFollowUp> visits = new ArrayList<>();
    for (String date : List.of("2026-01-10", "2026-04-10", "2026-07-10", "2025-12-01")) {
      visits.add(SmiFollowUp.builder().archive(ARCHIVE).date(d(date)).disorder(SevereMentalDisorder.BIPOLAR_DISORDER)
          .riskLevel(SmiRiskLevel.LEVEL_0).build());
    }
    IndicatorStatus three = POLICY.yearlyStatus(ARCHIVE, visits, 2026);
    assertThat(three.met()).isFalse();
    assertThat(three.rules()).containsExactly(AppliedRule.of("smi.visits.tooFew", 3, 4));
    visits.add(SmiFollowUp.builder().archive(ARCHIVE).date(d("2026-10-10")).disorder(SevereMentalDisorder.BIPOLAR_DISORDER)
        .riskLevel(SmiRiskLevel.LEVEL_0).build());
    IndicatorStatus four = POLICY.yearlyStatus(ARCHIVE, visits, 2026);
    assertThat(four.met()).isTrue();
    assertThat(four.rules()).containsExactly(AppliedRule.of("smi.standard.met", 4));
    List.of(three, four).forEach(s -> s.rules().forEach(Checks::assertResolves));
  }

  @Test
  void invalidInputAndData() {
    assertRules(() -> SmiRiskLevel.of(6), "smiFollowUp.riskLevel [smi.riskLevel.range]");
    assertRules(() -> SmiRiskLevel.of(-1), "smiFollowUp.riskLevel [smi.riskLevel.range]");
    assertRules(() -> SmiPolicy.builder().unstableIntervalDays(0).basicallyStableIntervalDays(14).stableIntervalDays(90)
        .minVisitsPerYear(4).lateDays(0).build(), "smiPolicy [smi.policy.invalid]");
    assertThat(roundTrip(POLICY, SmiPolicy.class)).isEqualTo(POLICY);
    SmiFollowUp f = followUp(4).build();
    assertThat(roundTrip(f, SmiFollowUp.class)).isEqualTo(f);
    assertThat(f.toString()).doesNotContain("LEVEL_4");
    assertThat(SevereMentalDisorder.values()).hasSize(6);
    assertThat(SevereMentalDisorder.SCHIZOPHRENIA.chineseName()).isEqualTo("精神分裂症");
  }
}
