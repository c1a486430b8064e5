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
import java.util.List;
import org.junit.jupiter.api.Test;

class MaternalScheduleTest {
  private static final MaternalSchedule SCHEDULE = MaternalSchedule.defaults();
  private static final LocalDate LMP = d("2026-01-01");
  /** 12 weeks + 6 days. */
  private static final LocalDate WEEK_12_6 = LMP.plusDays(90);

  private static Pregnancy.Builder pregnancy(MaternalVisit... visits) {
    return Pregnancy.builder().archive(ARCHIVE).lastMenstrualPeriod(LMP).addVisits(visits);
  }

  private static Pregnancy delivered(MaternalVisit... visits) {
    return pregnancy(visits).deliveredOn(d("2026-10-01")).dischargedOn(d("2026-10-04"))
        .outcome(PregnancyOutcome.LIVE_BIRTH).build();
  }

  @Test
  void registrationWeekTwelveCountsWeekThirteenIsLate() {
    IndicatorStatus onTime = SCHEDULE.earlyRegistrationStatus(
        delivered(MaternalVisit.of(MaternalService.REGISTRATION, WEEK_12_6)), 2026);
    assertThat(onTime.met()).isTrue();
    assertThat(onTime.rules()).containsExactly(AppliedRule.of("maternal.registration.met", 13));
    IndicatorStatus late = SCHEDULE.earlyRegistrationStatus(
        delivered(MaternalVisit.of(MaternalService.REGISTRATION, WEEK_12_6.plusDays(1))), 2026);
    assertThat(late.counted()).isTrue();
    assertThat(late.met()).isFalse();
    assertThat(late.rules()).containsExactly(AppliedRule.of("maternal.registration.late", 13));
    IndicatorStatus missing = SCHEDULE.earlyRegistrationStatus(delivered(), 2026);
    assertThat(missing.rules()).containsExactly(AppliedRule.of("maternal.registration.missing", 13));
    List.of(onTime, late, missing).forEach(s -> s.rules().forEach(Checks::assertResolves));
  }

  @Test
  void postpartumVisitDaySevenOnTimeDayEightOverdue() {
    Pregnancy p = delivered();
    ServiceWindow w = SCHEDULE.window(MaternalService.POSTPARTUM_VISIT, p).orElseThrow();
    assertThat(w.contains(d("2026-10-11"))).isTrue();
    assertThat(w.contains(d("2026-10-12"))).isFalse();
    assertThat(SCHEDULE.due(p, d("2026-10-11"))).extracting(DueService::service, DueService::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("maternal.POSTPARTUM_VISIT", WorklistReason.DUE));
    assertThat(SCHEDULE.due(p, d("2026-10-12")).get(0).reason()).isEqualTo(WorklistReason.OVERDUE);
    assertThat(SCHEDULE.window(MaternalService.POSTPARTUM_42_DAY, p).orElseThrow())
        .isEqualTo(ServiceWindow.of(d("2026-11-12"), d("2026-11-12"), d("2026-11-26")));
    assertThat(SCHEDULE.due(p, d("2026-11-12"))).extracting(DueService::service)
        .containsExactly("maternal.POSTPARTUM_VISIT", "maternal.POSTPARTUM_42_DAY");
  }

  @Test
  void postpartumVisitRateWithinTwentyEightDays() {
    assertThat(SCHEDULE.postpartumVisitStatus(delivered(MaternalVisit.of(MaternalService.POSTPARTUM_VISIT,
        d("2026-11-01"))), 2026).rules()).containsExactly(AppliedRule.of("maternal.postpartum.met", 28));
    IndicatorStatus late = SCHEDULE.postpartumVisitStatus(delivered(MaternalVisit.of(MaternalService.POSTPARTUM_VISIT,
        d("2026-11-02"))), 2026);
    assertThat(late.met()).isFalse();
    assertThat(late.rules()).containsExactly(AppliedRule.of("maternal.postpartum.late", 28));
    assertThat(SCHEDULE.postpartumVisitStatus(delivered(), 2026).rules())
        .containsExactly(AppliedRule.of("maternal.postpartum.missing", 28));
    Pregnancy stillbirth = pregnancy().deliveredOn(d("2026-10-01")).outcome(PregnancyOutcome.STILLBIRTH).build();
    IndicatorStatus notCounted = SCHEDULE.postpartumVisitStatus(stillbirth, 2026);
    assertThat(notCounted.counted()).isFalse();
    assertThat(notCounted.rules()).containsExactly(AppliedRule.of("maternal.notLiveBirthInYear", 2026));
    assertThat(SCHEDULE.earlyRegistrationStatus(delivered(), 2027).counted()).isFalse();
    List.of(late, notCounted).forEach(s -> s.rules().forEach(Checks::assertResolves));
  }

  @Test
  void antenatalDueAndOverdueUntilDelivery() {
    Pregnancy p = pregnancy(MaternalVisit.of(MaternalService.REGISTRATION, d("2026-02-20"))).build();
    assertThat(SCHEDULE.due(p, LMP.plusDays(111))).isEmpty();
    assertThat(SCHEDULE.due(p, LMP.plusDays(112))).extracting(DueService::service)
        .containsExactly("maternal.ANTENATAL_16_20");
    assertThat(SCHEDULE.due(p, LMP.plusDays(147))).extracting(DueService::reason)
        .containsExactly(WorklistReason.OVERDUE, WorklistReason.DUE);
    assertThat(SCHEDULE.due(pregnancy().build(), LMP.plusDays(91)).get(0).reason()).isEqualTo(WorklistReason.OVERDUE);
    assertThat(p.highRisk()).isFalse();
    assertThat(pregnancy().addHighRiskFlags("HBP").build().highRisk()).isTrue();
  }

  @Test
  void visitBeforeLmpAndFortyTwoDayCheckBeforeDeliveryRejected() {
    assertRules(() -> pregnancy(MaternalVisit.of(MaternalService.REGISTRATION, d("2025-12-31")),
            MaternalVisit.of(MaternalService.POSTPARTUM_42_DAY, d("2026-09-30")),
            MaternalVisit.of(MaternalService.ANTENATAL_37_40, d("2026-10-02")))
            .deliveredOn(d("2026-10-01")).outcome(PregnancyOutcome.LIVE_BIRTH).build(),
        "pregnancy.visits[0].date [maternal.visit.beforeLmp]",
        "pregnancy.visits[1].date [maternal.visit.beforeDelivery]",
        "pregnancy.visits[2].date [maternal.visit.afterDelivery]");
    assertRules(() -> pregnancy(MaternalVisit.of(MaternalService.POSTPARTUM_VISIT, d("2026-05-01"))).build(),
        "pregnancy.visits[0].date [maternal.visit.beforeDelivery]");
    assertRules(() -> pregnancy().deliveredOn(LMP).dischargedOn(d("2025-12-31")).addHighRiskFlags("高危").build(),
        "pregnancy.deliveredOn [maternal.delivery.beforeLmp]",
        "pregnancy.dischargedOn [maternal.discharge.beforeDelivery]",
        "pregnancy.outcome [maternal.outcome.required]",
        "pregnancy.highRiskFlags [maternal.highRisk.code]");
    assertRules(() -> pregnancy().dischargedOn(d("2026-10-01")).outcome(PregnancyOutcome.OTHER).build(),
        "pregnancy.dischargedOn [maternal.discharge.withoutDelivery]",
        "pregnancy.outcome [maternal.outcome.withoutDelivery]");
  }

  @Test
  void dataAndJson() {
    assertThat(roundTrip(SCHEDULE, MaternalSchedule.class)).isEqualTo(SCHEDULE);
    Pregnancy p = pregnancy().addHighRiskFlags("HBP").deliveredOn(d("2026-10-01"))
        .outcome(PregnancyOutcome.LIVE_BIRTH).build();
    assertThat(roundTrip(p, Pregnancy.class)).isEqualTo(p);
    assertThat(p.toString()).doesNotContain("HBP").doesNotContain("2026-01-01");
    assertRules(() -> MaternalSchedule.builder().registrationLastWeek(12).postpartumLastDay(7).fortyTwoDayFirstDay(42)
        .fortyTwoDayLastDay(41).postpartumRateDays(28).build(), "maternalSchedule [maternal.schedule.invalid]");
  }
}
