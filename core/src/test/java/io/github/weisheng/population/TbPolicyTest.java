package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.ARCHIVE;
import static io.github.weisheng.population.PopulationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.WorklistReason;
import io.github.weisheng.testing.Checks;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TbPolicyTest {
  private static final TbPolicy POLICY = TbPolicy.defaults();
  private static final LocalDateTime NOTIFIED = LocalDateTime.parse("2026-03-01T09:00");
  private static final LocalDate START = d("2026-03-02");

  private static TbCase.Builder tbCase() {
    return tbCase(TbSupervisor.FAMILY_MEMBER, "每日早8点，家中");
  }

  private static TbCase.Builder tbCase(TbSupervisor supervisor, String plan) {
    return TbCase.builder().archive(ARCHIVE).notifiedAt(NOTIFIED).supervisor(supervisor)
        .dosingPlan(plan).regimen(TbRegimen.NEW_2HRZE_4HR).treatmentStart(START);
  }

  private static List<LocalDate> days(int n) {
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      days.add(START.plusDays(i));
    }
    return days;
  }

  @Test
  void firstVisitAtSeventyTwoHoursIsManagedOneMinuteLaterIsNot() {
    IndicatorStatus onTime = POLICY.managementStatus(tbCase().firstVisitAt(NOTIFIED.plusHours(72)).build(), 2026);
    assertThat(onTime.met()).isTrue();
    assertThat(onTime.rules()).containsExactly(AppliedRule.of("tb.management.met", 72));
    IndicatorStatus late = POLICY.managementStatus(tbCase().firstVisitAt(NOTIFIED.plusHours(72).plusMinutes(1)).build(),
        2026);
    assertThat(late.counted()).isTrue();
    assertThat(late.met()).isFalse();
    assertThat(late.rules()).containsExactly(AppliedRule.of("tb.firstVisit.late", 72));
    IndicatorStatus missing = POLICY.managementStatus(tbCase().build(), 2026);
    assertThat(missing.rules()).containsExactly(AppliedRule.of("tb.firstVisit.missing", 72));
    assertThat(POLICY.managementStatus(tbCase().build(), 2027).counted()).isFalse();
    List.of(onTime, late, missing, POLICY.managementStatus(tbCase().build(), 2027))
        .forEach(s -> s.rules().forEach(Checks::assertResolves));
  }

  @Test
  void firstVisitDueThenReportedAfterTwoFailures() {
    assertThat(POLICY.due(tbCase().build(), d("2026-03-04"))).extracting(DueService::reason)
        .containsExactly(WorklistReason.DUE);
    assertThat(POLICY.due(tbCase().build(), d("2026-03-05")).get(0).reason()).isEqualTo(WorklistReason.OVERDUE);
    DueService report = POLICY.due(tbCase().failedFirstVisitAttempts(2).build(), d("2026-03-03")).get(0);
    assertThat(report.rule()).isEqualTo(AppliedRule.of("tb.reportToCdc", 2));
    Checks.assertResolves(report.rule());
  }

  @Test
  void visitsEveryTenDaysIntensiveMonthlyContinuationFamilySupervised() {
    TbCase intensive = tbCase().firstVisitAt(NOTIFIED.plusHours(24)).addAllDoses(days(30)).build();
    DueService next = POLICY.due(intensive, d("2026-03-12")).get(0);
    assertThat(next.service()).isEqualTo("tb.followUp");
    assertThat(next.window().due()).isEqualTo(d("2026-03-12"));
    assertThat(POLICY.due(intensive, d("2026-03-13")).get(0).reason()).isEqualTo(WorklistReason.OVERDUE);
    assertThat(POLICY.due(intensive, d("2026-03-11"))).isEmpty();
    TbCase continuation = tbCase().firstVisitAt(NOTIFIED.plusHours(24)).addAllDoses(days(70))
        .addVisits(d("2026-05-15")).build();
    assertThat(continuation.phaseOn(d("2026-05-15"))).isEqualTo(TbPhase.CONTINUATION);
    assertThat(continuation.phaseOn(d("2026-04-30"))).isEqualTo(TbPhase.INTENSIVE);
    assertThat(POLICY.due(continuation, d("2026-06-14")).get(0).window().due()).isEqualTo(d("2026-06-14"));
    TbCase medical = tbCase(TbSupervisor.MEDICAL_WORKER, "站内服药").firstVisitAt(NOTIFIED.plusHours(24)).build();
    assertThat(POLICY.due(medical, d("2026-03-31"))).isEmpty();
    assertThat(POLICY.due(medical, d("2026-04-01")).get(0).window().due()).isEqualTo(d("2026-04-01"));
    TbCase done = tbCase().firstVisitAt(NOTIFIED.plusHours(24)).completedOn(d("2026-09-01")).build();
    assertThat(POLICY.due(done, d("2026-09-02"))).isEmpty();
  }

  @Test
  void regularDosingAtNinetyPercent() {
    assertThat(POLICY.regularDoses(TbRegimen.NEW_2HRZE_4HR)).isEqualTo(162);
    assertThat(POLICY.regularDoses(TbRegimen.RETREATMENT_2HRZES_6HRE)).isEqualTo(216);
    IndicatorStatus regular = POLICY.regularDosingStatus(tbCase().addAllDoses(days(162))
        .completedOn(d("2026-09-01")).build(), 2026);
    assertThat(regular.met()).isTrue();
    assertThat(regular.rules()).containsExactly(AppliedRule.of("tb.regular.met", 162, 90));
    IndicatorStatus irregular = POLICY.regularDosingStatus(tbCase().addAllDoses(days(161))
        .completedOn(d("2026-09-01")).build(), 2026);
    assertThat(irregular.met()).isFalse();
    assertThat(irregular.rules()).containsExactly(AppliedRule.of("tb.regular.notMet", 162, 90));
    IndicatorStatus ongoing = POLICY.regularDosingStatus(tbCase().build(), 2026);
    assertThat(ongoing.counted()).isFalse();
    List.of(regular, irregular, ongoing).forEach(s -> s.rules().forEach(Checks::assertResolves));
    assertThat(TbRegimen.NEW_2HRZE_4HR.doses()).isEqualTo(180);
    assertThat(TbRegimen.RETREATMENT_2HRZES_6HRE.doses()).isEqualTo(240);
  }

  @Test
  void invalidRecordsRejected() {
    assertRules(() -> tbCase(TbSupervisor.FAMILY_MEMBER, " ").firstVisitAt(NOTIFIED.minusMinutes(1)).failedFirstVisitAttempts(-1)
            .addDoses(START.minusDays(1), START, START).addVisits(d("2026-02-28")).completedOn(d("2026-03-01")).build(),
        "tbCase.firstVisitAt [tb.firstVisit.beforeNotification]",
        "tbCase.failedFirstVisitAttempts [tb.firstVisit.attempts]",
        "tbCase.dosingPlan [tb.dosingPlan.text]",
        "tbCase.doses [tb.dose.beforeStart]",
        "tbCase.doses [tb.dose.duplicate]",
        "tbCase.visits [tb.visit.beforeNotification]",
        "tbCase.completedOn [tb.completed.beforeStart]");
    assertRules(() -> tbCase().addAllDoses(days(181)).build(), "tbCase.doses [tb.dose.tooMany]");
    assertRules(() -> TbPolicy.builder().firstVisitHours(72).failedAttemptsBeforeReport(2).familyIntensiveDays(10)
        .familyContinuationDays(30).medicalWorkerDays(30).regularDosingPercent(101).build(),
        "tbPolicy [tb.policy.invalid]");
  }

  @Test
  void jsonAndRedaction() {
    assertThat(roundTrip(POLICY, TbPolicy.class)).isEqualTo(POLICY);
    TbCase c = tbCase().firstVisitAt(NOTIFIED.plusHours(5)).addAllDoses(days(3)).build();
    assertThat(roundTrip(c, TbCase.class)).isEqualTo(c);
    assertThat(c.toString()).doesNotContain("家中");
    assertThat(POLICY.firstVisitDeadline(c)).isEqualTo(ServiceDeadline.within(NOTIFIED, 72));
  }
}
