package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.ARCHIVE;
import static io.github.weisheng.population.PopulationTesting.d;
import static io.github.weisheng.testing.Checks.assertResolves;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.WorklistReason;
import io.github.weisheng.testing.Checks;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElderlyPolicyTest {
  private static final ElderlyPolicy POLICY = ElderlyPolicy.defaults();
  /** 65 on 2026-09-15. */
  private static final LocalDate BORN = d("1961-09-15");

  private static ElderlyCheck check(String date, boolean assessed, int score, boolean exam,
      Set<ElderlyLabTest> tests, Set<ElderlyGuidance> guidance) {
    return ElderlyCheck.builder().archive(ARCHIVE).date(d(date)).assessed(assessed).selfCareScore(score)
        .physicalExamDone(exam).addAllLabTests(tests).addAllGuidance(guidance).build();
  }

  private static ElderlyCheck complete(String date) {
    return check(date, true, 2, true, EnumSet.allOf(ElderlyLabTest.class), Set.of(ElderlyGuidance.FALL_PREVENTION));
  }

  private static ElderlyPolicy policy(int minAge, Set<ElderlyLabTest> tests, boolean guidance) {
    return ElderlyPolicy.builder().minAge(minAge).addAllRequiredLabTests(tests).guidanceRequired(guidance).build();
  }

  @Test
  void servedFromTheYearOfTheSixtyFifthBirthday() {
    assertThat(POLICY.isServedIn(BORN, 2025)).isFalse();
    assertThat(POLICY.isServedIn(BORN, 2026)).isTrue();
    assertThat(POLICY.isServedIn(d("1961-12-31"), 2026)).isTrue();
    assertThat(POLICY.isServedIn(d("1962-01-01"), 2026)).isFalse();
    ElderlyPolicy shenzhen = policy(60, EnumSet.allOf(ElderlyLabTest.class), true);
    assertThat(shenzhen.isServedIn(d("1966-06-01"), 2026)).isTrue();
  }

  @Test
  void completeServiceMeetsTheYear() {
    IndicatorStatus s = POLICY.yearlyStatus(ARCHIVE, BORN, List.of(complete("2026-10-01")), 2026);
    assertThat(s.counted()).isTrue();
    assertThat(s.met()).isTrue();
    assertThat(s.rules()).containsExactly(AppliedRule.of("elderly.met", 65));
    assertThat(s.indicator()).isEqualTo(PopulationIndicator.ELDERLY_MANAGEMENT);
    s.rules().forEach(Checks::assertResolves);
  }

  @Test
  void eachGapIsNamedFromTheMostCompleteService() {
    ElderlyCheck partial = check("2026-03-01", false, 10, false, Set.of(ElderlyLabTest.BLOOD_ROUTINE), Set.of());
    ElderlyCheck better = check("2026-04-01", true, 10, true,
        EnumSet.complementOf(EnumSet.of(ElderlyLabTest.ECG, ElderlyLabTest.BLOOD_LIPIDS)),
        Set.of(ElderlyGuidance.VACCINATION));
    IndicatorStatus s = POLICY.yearlyStatus(ARCHIVE, BORN, List.of(partial), 2026);
    assertThat(s.met()).isFalse();
    assertThat(s.rules()).extracting(AppliedRule::rule).containsExactly("elderly.assessmentMissing",
        "elderly.physicalExamMissing", "elderly.labTestsMissing", "elderly.guidanceMissing");
    s.rules().forEach(Checks::assertResolves);
    IndicatorStatus t = POLICY.yearlyStatus(ARCHIVE, BORN, List.of(partial, better), 2026);
    assertThat(t.rules()).containsExactly(AppliedRule.of("elderly.labTestsMissing", "BLOOD_LIPIDS, ECG"));
    ElderlyPolicy lenient = policy(65, EnumSet.of(ElderlyLabTest.BLOOD_ROUTINE), false);
    assertThat(lenient.yearlyStatus(ARCHIVE, BORN,
        List.of(check("2026-03-01", true, 10, true, Set.of(ElderlyLabTest.BLOOD_ROUTINE), Set.of())), 2026).met())
        .isTrue();
  }

  @Test
  void noServiceOrNotInAgeRange() {
    IndicatorStatus none = POLICY.yearlyStatus(ARCHIVE, BORN, List.of(complete("2025-10-01")), 2026);
    assertThat(none.counted()).isTrue();
    assertThat(none.rules()).containsExactly(AppliedRule.of("elderly.noService", 2026));
    IndicatorStatus young = POLICY.yearlyStatus(ARCHIVE, BORN, List.of(complete("2025-10-01")), 2025);
    assertThat(young.counted()).isFalse();
    assertThat(young.met()).isFalse();
    assertThat(young.rules()).containsExactly(AppliedRule.of("elderly.notInAgeRange", 65));
    assertResolves(none.rules().get(0));
    assertResolves(young.rules().get(0));
  }

  @Test
  void dueFromTheBirthdayUntilDoneThisYear() {
    assertThat(POLICY.due(BORN, List.of(), d("2026-09-14"))).isEmpty();
    DueService due = POLICY.due(BORN, List.of(), d("2026-09-15")).orElseThrow();
    assertThat(due.reason()).isEqualTo(WorklistReason.DUE);
    assertThat(due.window().closes()).isEqualTo(d("2026-12-31"));
    assertThat(POLICY.due(BORN, List.of(complete("2026-10-01")), d("2026-11-01"))).isEmpty();
    assertThat(POLICY.due(BORN, List.of(complete("2026-10-01")), d("2027-01-02")).orElseThrow().window().opens())
        .isEqualTo(d("2027-01-01"));
  }

  @Test
  void invalidInputRejectedAndJson() {
    assertRules(() -> check("2026-10-01", true, -1, true, Set.of(), Set.of()),
        "elderlyCheck.selfCareScore [elderly.selfCareScore.range]");
    assertRules(() -> policy(-1, Set.of(), true),
        "elderlyPolicy.minAge [elderly.minAge.range]");
    assertThat(roundTrip(POLICY, ElderlyPolicy.class)).isEqualTo(POLICY);
    ElderlyCheck c = complete("2026-10-01");
    assertThat(roundTrip(c, ElderlyCheck.class)).isEqualTo(c);
    assertThat(c.selfCareLevel()).isEqualTo(SelfCareLevel.SELF_CARING);
    assertThat(c.toString()).doesNotContain("selfCareScore=2");
  }
}
