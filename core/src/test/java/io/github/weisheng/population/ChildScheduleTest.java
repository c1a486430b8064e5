package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.ARCHIVE;
import static io.github.weisheng.population.PopulationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.WorklistReason;
import io.github.weisheng.testing.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildScheduleTest {
  private static final ChildSchedule SCHEDULE = ChildSchedule.defaults();
  private static final LocalDate BORN = d("2026-01-10");
  private static final LocalDate DISCHARGED = d("2026-01-13");

  private static ChildVisit visit(ChildService s, String date) {
    return ChildVisit.of(ARCHIVE, s, d(date), Optional.empty());
  }

  private static ChildVisit withHb(ChildService s, String date) {
    return ChildVisit.of(ARCHIVE, s, d(date), Optional.of(GrowthMeasurement.builder().weightKg(new BigDecimal("8.2"))
        .lengthCm(new BigDecimal("70.5")).haemoglobinGramsPerLitre(118).build()));
  }

  private static ChildHistory child(ChildVisit... visits) {
    return ChildHistory.builder().archive(ARCHIVE).birthDate(BORN).dischargedOn(DISCHARGED)
        .addVisits(visits).build();
  }

  @Test
  void newbornVisitDaySevenAfterDischargeIsOnTimeDayEightOverdue() {
    ServiceWindow w = SCHEDULE.window(ChildService.NEWBORN_VISIT, BORN, DISCHARGED);
    assertThat(w.contains(d("2026-01-20"))).isTrue();
    assertThat(w.contains(d("2026-01-21"))).isFalse();
    assertThat(SCHEDULE.due(child(), d("2026-01-20"))).extracting(DueService::reason)
        .containsExactly(WorklistReason.DUE);
    DueService late = SCHEDULE.due(child(), d("2026-01-21")).get(0);
    assertThat(late.reason()).isEqualTo(WorklistReason.OVERDUE);
    assertThat(late.service()).isEqualTo("child.NEWBORN_VISIT");
  }

  @Test
  void fullMonthAndAgeChecks() {
    assertThat(SCHEDULE.window(ChildService.FULL_MONTH, BORN, DISCHARGED))
        .isEqualTo(ServiceWindow.of(d("2026-02-07"), d("2026-02-07"), d("2026-02-09")));
    assertThat(SCHEDULE.window(ChildService.MONTH_3, BORN, DISCHARGED))
        .isEqualTo(ServiceWindow.of(d("2026-04-03"), d("2026-04-10"), d("2026-05-10")));
    assertThat(SCHEDULE.window(ChildService.YEAR_4, BORN, DISCHARGED))
        .isEqualTo(ServiceWindow.of(d("2029-12-11"), d("2030-01-10"), d("2030-04-10")));
    assertThat(ChildService.values()).hasSize(13);
    assertThat(ChildService.MONTH_36.preschool()).isFalse();
    assertThat(ChildService.YEAR_6.ageInMonths()).isEqualTo(72);
  }

  @Test
  void dueAndOverduePerChildWithHaemoglobin() {
    ChildHistory c = child(visit(ChildService.NEWBORN_VISIT, "2026-01-15"), visit(ChildService.FULL_MONTH, "2026-02-08"),
        visit(ChildService.MONTH_3, "2026-04-10"), visit(ChildService.MONTH_6, "2026-07-10"));
    List<DueService> due = SCHEDULE.due(c, d("2026-10-11"));
    assertThat(due).extracting(DueService::service).containsExactly("child.MONTH_8", "child.haemoglobin.MONTH_8");
    assertThat(due).extracting(DueService::reason).containsExactly(WorklistReason.OVERDUE, WorklistReason.OVERDUE);
    ChildHistory tested = child(visit(ChildService.NEWBORN_VISIT, "2026-01-15"), visit(ChildService.FULL_MONTH,
        "2026-02-08"), visit(ChildService.MONTH_3, "2026-04-10"), withHb(ChildService.MONTH_6, "2026-07-10"));
    assertThat(SCHEDULE.due(tested, d("2026-09-05"))).extracting(DueService::service)
        .containsExactly("child.MONTH_8");
    assertThat(SCHEDULE.due(tested, d("2026-09-05")).get(0).reason()).isEqualTo(WorklistReason.DUE);
    assertThat(SCHEDULE.due(c, d("2033-01-10"))).isEmpty();
  }

  @Test
  void newbornVisitRate() {
    IndicatorStatus met = SCHEDULE.newbornVisitStatus(child(visit(ChildService.NEWBORN_VISIT, "2026-01-25")), 2026);
    assertThat(met.counted()).isTrue();
    assertThat(met.met()).isTrue();
    assertThat(met.rules()).containsExactly(AppliedRule.of("child.newbornVisit.met", 7));
    IndicatorStatus missing = SCHEDULE.newbornVisitStatus(child(visit(ChildService.FULL_MONTH, "2026-02-08")), 2026);
    assertThat(missing.met()).isFalse();
    assertThat(missing.rules()).containsExactly(AppliedRule.of("child.newbornVisit.missing"));
    IndicatorStatus other = SCHEDULE.newbornVisitStatus(child(), 2027);
    assertThat(other.counted()).isFalse();
    List.of(met, missing, other).forEach(s -> s.rules().forEach(Checks::assertResolves));
  }

  @Test
  void childManagementRate() {
    ChildHistory c = child(visit(ChildService.MONTH_12, "2027-01-12"));
    assertThat(SCHEDULE.managementStatus(c, 2027).met()).isTrue();
    IndicatorStatus none = SCHEDULE.managementStatus(c, 2028);
    assertThat(none.counted()).isTrue();
    assertThat(none.rules()).containsExactly(AppliedRule.of("child.management.noCheck", 2028));
    assertThat(SCHEDULE.managementStatus(c, 2033).counted()).isTrue();
    assertThat(SCHEDULE.managementStatus(c, 2034).counted()).isFalse();
    assertThat(SCHEDULE.managementStatus(c, 2025).counted()).isFalse();
    List.of(2027, 2028, 2034).forEach(y ->
        SCHEDULE.managementStatus(c, y).rules().forEach(Checks::assertResolves));
  }

  @Test
  void invalidDatesRejectedClearly() {
    assertRules(() -> ChildHistory.builder().archive(ARCHIVE).birthDate(BORN).dischargedOn(d("2026-01-09"))
            .addVisits(visit(ChildService.FULL_MONTH, "2026-01-09"), visit(ChildService.NEWBORN_VISIT, "2026-01-12"),
                ChildVisit.of(ArchiveNumber.parse("11010500100100002"), ChildService.MONTH_3, d("2026-04-10"),
                    Optional.empty()))
            .build(),
        "childHistory.dischargedOn [child.discharge.beforeBirth]",
        "childHistory.visits[0].date [child.visit.beforeBirth]",
        "childHistory.visits[2].archive [child.visit.otherArchive]");
    assertRules(() -> child(visit(ChildService.NEWBORN_VISIT, "2026-01-12")),
        "childHistory.visits[0].date [child.visit.beforeDischarge]");
  }

  @Test
  void scheduleIsDataAndRoundTrips() {
    assertThat(roundTrip(SCHEDULE, ChildSchedule.class)).isEqualTo(SCHEDULE);
    ChildHistory c = child(withHb(ChildService.MONTH_6, "2026-07-10"));
    assertThat(roundTrip(c, ChildHistory.class)).isEqualTo(c);
    assertThat(c.toString()).doesNotContain("2026-01-10");
    assertRules(() -> ChildSchedule.builder().newbornLastDay(-1).fullMonthFirstDay(28).fullMonthLastDay(30)
        .checkEarlyDays(7).checkLateDays(30).preschoolEarlyDays(30).preschoolLateDays(90).build(),
        "childSchedule [child.schedule.invalid]");
  }
}
