package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.assertResolves;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked worklists at every window edge, with the default tables: tier 1 every 90 days with
 * 14/14-day windows [S]/[U], first visit 90 days after enrolment [U], lost after 180 days [U],
 * health check every 12 months [C].
 */
class WorklistRulesTest {
  private static final WorklistRules RULES = WorklistRules.of(ChronicCarePolicy.defaults());
  /** Enrolled 2024-01-02. */
  private static final Enrolment HTN = YearlyStatusTest.enrolment(ChronicCondition.HYPERTENSION);

  /** A satisfactory tier-1 visit on 2025-01-10: next visit 2025-04-10, window 03-27 … 04-24. */
  private static final FollowUpVisit ROUTINE = YearlyStatusTest.f2f(HTN, "2025-01-10");

  private static Optional<WorklistReason> reason(Optional<FollowUpVisit> last, String asOf) {
    return RULES.followUp(HTN, last, LocalDate.parse(asOf)).map(WorklistEntry::reason);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-01-10, ",
    "2025-03-26, ",
    "2025-03-27, DUE",
    "2025-04-10, DUE",
    "2025-04-24, DUE",
    "2025-04-25, OVERDUE",
    "2025-07-09, OVERDUE",
    "2025-07-10, LOST_TO_FOLLOW_UP",
  })
  void aRoutineVisitIsDueFrom14DaysBeforeOverdue14DaysAfterAndLostAfter180Days(String asOf, WorklistReason expected) {
    assertThat(reason(Optional.of(ROUTINE), asOf)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void eachRowSaysWhyWithTheRuleAndTheDates() {
    WorklistEntry due = RULES.followUp(HTN, Optional.of(ROUTINE), LocalDate.of(2025, 4, 1)).orElseThrow();
    assertThat(due.enrolment()).isEqualTo(HTN.id());
    assertThat(due.archive()).isEqualTo(HTN.archive());
    assertThat(due.team()).isEqualTo(HTN.team());
    assertThat(due.condition()).isEqualTo(ChronicCondition.HYPERTENSION);
    assertThat(due.rule()).isEqualTo(rule("worklist.due", 14, 14));
    assertThat(due.lastDone()).contains(LocalDate.of(2025, 1, 10));
    assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 4, 10));
    assertThat(RULES.followUp(HTN, Optional.of(ROUTINE), LocalDate.of(2025, 5, 1)).orElseThrow().rule())
        .isEqualTo(rule("worklist.overdue", 14));
    WorklistEntry lost = RULES.followUp(HTN, Optional.of(ROUTINE), LocalDate.of(2025, 8, 1)).orElseThrow();
    assertThat(lost.rule()).isEqualTo(rule("worklist.lostToFollowUp", 180));
    for (WorklistReason r : WorklistReason.values()) {
      assertResolves(rule(r.rule(), 14, 14));
    }
    assertThat(roundTrip(lost, WorklistEntry.class)).isEqualTo(lost);
  }

  @ParameterizedTest
  @CsvSource({
    "0, ",
    "1, DUE",
    "14, DUE",
    "28, DUE",
    "29, OVERDUE",
  })
  void aFirstUnsatisfactoryVisitIsDueTheNextDayUpTo14DaysAfterTheTwoWeekReview(int days, WorklistReason expected) {
    // 60 years old, 150/95: not at target < 140/90 → next visit in 14 days; the 14-day early window
    // would open on the visit day itself, so it opens the day after
    FollowUpVisit unsatisfied = YearlyStatusTest.hypertensionVisit(HTN, "2025-01-10", VisitMode.CLINIC, 60, 150, 95);
    assertThat(unsatisfied.nextVisit()).isEqualTo(LocalDate.of(2025, 1, 24));
    assertThat(reason(Optional.of(unsatisfied), LocalDate.of(2025, 1, 10).plusDays(days).toString()))
        .isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-01-02, ",
    "2024-03-17, ",
    "2024-03-18, DUE",
    "2024-04-15, DUE",
    "2024-04-16, OVERDUE",
    "2024-06-30, OVERDUE",
    "2024-07-01, LOST_TO_FOLLOW_UP",
  })
  void aPatientNotYetSeenCountsFromTheEnrolment(String asOf, WorklistReason expected) {
    assertThat(reason(Optional.empty(), asOf)).isEqualTo(Optional.ofNullable(expected));
    RULES.followUp(HTN, Optional.empty(), LocalDate.parse(asOf))
        .ifPresent(e -> assertThat(e.lastDone()).isEmpty());
  }

  @Test
  void onlyActiveHypertensionAndDiabetesEnrolmentsFromTheirStartAreListed() {
    Enrolment closed = HTN.withClosure(EnrolmentClosure.movedOut(LocalDate.of(2024, 2, 1)));
    assertThat(RULES.followUp(closed, Optional.empty(), LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(RULES.healthCheck(closed, Optional.empty(), LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(RULES.lists(HTN, LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(RULES.lists(HTN, LocalDate.of(2024, 1, 2))).isTrue();
    Enrolment stroke = Enrolment.builder().id(EnrolmentId.parse("s")).archive(HTN.archive())
        .condition(ChronicCondition.STROKE).diagnosis(IcdCode.parse("I63.9")).enrolledOn(LocalDate.of(2024, 1, 2))
        .diagnosingInstitution("区医院").team(HTN.team()).build();
    assertThat(RULES.lists(stroke, LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(RULES.lists(YearlyStatusTest.enrolment(ChronicCondition.TYPE_2_DIABETES), LocalDate.of(2025, 1, 1)))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "2024-06-30, 2025-06-29, false",
    "2024-06-30, 2025-06-30, true",
    "2024-02-29, 2025-02-28, true",
    "2024-02-29, 2025-02-27, false",
  })
  void aHealthCheckIsDueAYearAfterTheLastOne(String last, String asOf, boolean due) {
    Optional<WorklistEntry> row = RULES.healthCheck(HTN, Optional.of(LocalDate.parse(last)), LocalDate.parse(asOf));
    assertThat(row.isPresent()).isEqualTo(due);
    row.ifPresent(r -> {
      assertThat(r.reason()).isEqualTo(WorklistReason.HEALTH_CHECK_DUE);
      assertThat(r.rule()).isEqualTo(rule("worklist.healthCheckDue", 12));
      assertThat(r.lastDone()).contains(LocalDate.parse(last));
      assertThat(r.dueOn()).isEqualTo(LocalDate.parse(last).plusYears(1));
    });
  }

  @Test
  void withoutAnyHealthCheckOneIsDueFromTheEnrolment() {
    WorklistEntry row = RULES.healthCheck(HTN, Optional.empty(), LocalDate.of(2024, 1, 2)).orElseThrow();
    assertThat(row.dueOn()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(row.lastDone()).isEmpty();
  }

  @Test
  void aHostsThresholdsApply() {
    WorklistRules host = WorklistRules.of(ChronicCarePolicy.builder().lostToFollowUpDays(365)
        .firstVisitCadence(FollowUpCadence.of(30, 7, 7)).build());
    assertThat(host.followUp(HTN, Optional.of(ROUTINE), LocalDate.of(2025, 7, 10)).map(WorklistEntry::reason))
        .contains(WorklistReason.OVERDUE);
    assertThat(host.followUp(HTN, Optional.empty(), LocalDate.of(2024, 1, 25)).map(WorklistEntry::reason))
        .contains(WorklistReason.DUE);
    assertThat(host.policy().lostToFollowUpDays()).isEqualTo(365);
    new NullPointerTester().setDefault(ChronicCarePolicy.class, ChronicCarePolicy.defaults())
        .setDefault(Enrolment.class, HTN).testAllPublicInstanceMethods(RULES);
  }
}
