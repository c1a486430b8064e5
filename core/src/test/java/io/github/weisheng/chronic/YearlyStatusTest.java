package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.org.OrgUnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked years against §3/§4 KPIs: ≥ 4 face-to-face [C], ≤ 90-day gaps [S], latest reading at target. */
class YearlyStatusTest {
  static final ArchiveNumber ARCHIVE = ArchiveNumber.parse("11010500100100001");
  static final ChronicCarePolicy POLICY = ChronicCarePolicy.defaults();

  static Enrolment enrolment(ChronicCondition condition) {
    return Enrolment.builder().id(EnrolmentId.parse("e-" + condition.name().toLowerCase(java.util.Locale.ROOT)))
        .archive(ARCHIVE).condition(condition)
        .diagnosis(IcdCode.parse(condition == ChronicCondition.TYPE_2_DIABETES ? "E11.9" : "I10"))
        .enrolledOn(LocalDate.of(2024, 1, 2)).diagnosingInstitution("区医院").team(OrgUnitId.of("team-1")).build();
  }

  static FollowUpVisit hypertensionVisit(Enrolment e, String date, VisitMode mode, int age, int sbp, int dbp) {
    LocalDate on = LocalDate.parse(date);
    FollowUpForm form = FollowUpForm.builder().visitDate(on).mode(mode).bloodPressure(bp(sbp, dbp))
        .tier(ManagementTier.TIER_1).build();
    VisitAssessment a = HypertensionFollowUpRules.defaults().assess(
        HypertensionFindings.builder().visitDate(on).age(age).bloodPressure(bp(sbp, dbp)).build(),
        PreviousVisit.none(), 90);
    return FollowUpVisit.builder().id(FollowUpVisitId.random()).enrolment(e.id()).archive(e.archive())
        .condition(e.condition()).team(e.team()).form(form).ageAtVisit(age).cadence(FollowUpCadence.of(90, 14, 14))
        .scheduleRule(rule("tier.tier1", 90)).assessment(a).build();
  }

  static FollowUpVisit f2f(Enrolment e, String date) {
    return hypertensionVisit(e, date, VisitMode.CLINIC, 70, 130, 80);
  }

  static FollowUpVisit diabetesVisit(Enrolment e, String date, String glucose) {
    LocalDate on = LocalDate.parse(date);
    FollowUpForm form = FollowUpForm.builder().visitDate(on).mode(VisitMode.CLINIC).fastingGlucose(fpg(glucose))
        .diabetesLevel(DiabetesManagementLevel.ROUTINE).build();
    VisitAssessment a = DiabetesFollowUpRules.defaults().assess(
        DiabetesFindings.builder().visitDate(on).fastingGlucose(fpg(glucose)).build(), PreviousVisit.none(), 90);
    return FollowUpVisit.builder().id(FollowUpVisitId.random()).enrolment(e.id()).archive(e.archive())
        .condition(e.condition()).team(e.team()).form(form).ageAtVisit(60).cadence(FollowUpCadence.of(90, 14, 14))
        .scheduleRule(rule("diabetesManagement.routine", 90)).assessment(a).build();
  }

  @Test
  void fourFaceToFaceVisitsLessThan90DaysApartAndTheLatestAtTargetMeetBoth() {
    Enrolment e = enrolment(ChronicCondition.HYPERTENSION);
    // gaps 85, 87, 89 days
    List<FollowUpVisit> visits = List.of(f2f(e, "2025-09-28"), f2f(e, "2025-01-10"), f2f(e, "2025-04-05"),
        f2f(e, "2025-07-01"), f2f(e, "2024-12-30"), f2f(e, "2026-01-01"));

    YearlyStatus s = YearlyStatus.assess(e, visits, 2025, POLICY);

    assertThat(s.year()).isEqualTo(2025);
    assertThat(s.faceToFaceVisits()).isEqualTo(4);
    assertThat(s.visits()).isEqualTo(4); // 2024-12-30 and 2026-01-01 are of other years
    assertThat(s.latestVisit()).contains(LocalDate.of(2025, 9, 28));
    assertThat(s.managedToStandard()).isTrue();
    assertThat(s.standardRules()).containsExactly(rule("yearly.standard.met", 4, 90));
    assertThat(s.controlled()).isTrue();
    // 70 years old: < 150/90
    assertThat(s.controlRule()).isEqualTo(rule("yearly.bloodPressure.controlled", 150, 90));
    assertAllResolve(s.standardRules());
    assertAllResolve(List.of(s.controlRule()));
    assertThat(roundTrip(s, YearlyStatus.class)).isEqualTo(s);
  }

  @Test
  void threeFaceToFaceVisitsAndAPhoneCallAreTooFew() {
    Enrolment e = enrolment(ChronicCondition.HYPERTENSION);
    List<FollowUpVisit> visits = List.of(f2f(e, "2025-01-10"), f2f(e, "2025-03-10"), f2f(e, "2025-05-10"),
        hypertensionVisit(e, "2025-06-10", VisitMode.PHONE, 70, 160, 80));

    YearlyStatus s = YearlyStatus.assess(e, visits, 2025, POLICY);

    assertThat(s.faceToFaceVisits()).isEqualTo(3);
    assertThat(s.visits()).isEqualTo(4); // the phone call is a follow-up (人次), not a face-to-face one
    assertThat(s.managedToStandard()).isFalse();
    assertThat(s.standardRules()).containsExactly(rule("yearly.visits.tooFew", 3, 4));
    // the phone call is the latest follow-up: 160 ≥ 150
    assertThat(s.latestVisit()).contains(LocalDate.of(2025, 6, 10));
    assertThat(s.controlled()).isFalse();
    assertThat(s.controlRule()).isEqualTo(rule("yearly.bloodPressure.notControlled", 150, 90));
    assertAllResolve(s.standardRules());
  }

  @ParameterizedTest
  @CsvSource({"90, true", "91, false"})
  void aGapOfExactly90DaysIsAllowedOneMoreIsNot(int gap, boolean met) {
    Enrolment e = enrolment(ChronicCondition.HYPERTENSION);
    LocalDate first = LocalDate.of(2025, 1, 5);
    List<FollowUpVisit> visits = new ArrayList<>();
    visits.add(f2f(e, first.toString()));
    visits.add(f2f(e, first.plusDays(30).toString()));
    visits.add(f2f(e, first.plusDays(30 + gap).toString()));
    visits.add(f2f(e, first.plusDays(60 + gap).toString()));

    YearlyStatus s = YearlyStatus.assess(e, visits, 2025, POLICY);

    assertThat(s.managedToStandard()).isEqualTo(met);
    assertThat(s.standardRules()).containsExactly(met ? rule("yearly.standard.met", 4, 90)
        : rule("yearly.visits.gap", 91, 90));
    // a host without the gap rule
    ChronicCarePolicy noGap = ChronicCarePolicy.builder().maxFaceToFaceGapDays(0).build();
    assertThat(YearlyStatus.assess(e, visits, 2025, noGap).standardRules())
        .containsExactly(rule("yearly.standard.met", 4, 0));
  }

  @Test
  void twoVisitsFarApartBreakBothRules() {
    Enrolment e = enrolment(ChronicCondition.HYPERTENSION);
    YearlyStatus s = YearlyStatus.assess(e, List.of(f2f(e, "2025-01-05"), f2f(e, "2025-12-20")), 2025, POLICY);
    assertThat(s.standardRules()).containsExactly(rule("yearly.visits.tooFew", 2, 4), rule("yearly.visits.gap", 349, 90));
  }

  @ParameterizedTest
  @CsvSource({
    "64, 139, 89, true, 140, 90",
    "64, 140, 89, false, 140, 90",
    "64, 139, 90, false, 140, 90",
    "65, 149, 89, true, 150, 90",
    "65, 150, 80, false, 150, 90",
  })
  void theLatestBloodPressureAgainstTheTargetOfTheAgeAtThatVisit(
      int age, int sbp, int dbp, boolean controlled, int targetS, int targetD) {
    Enrolment e = enrolment(ChronicCondition.HYPERTENSION);
    YearlyStatus s = YearlyStatus.assess(e, List.of(f2f(e, "2025-02-01"),
        hypertensionVisit(e, "2025-11-01", VisitMode.HOME, age, sbp, dbp)), 2025, POLICY);
    assertThat(s.controlled()).isEqualTo(controlled);
    assertThat(s.controlRule()).isEqualTo(rule(controlled ? "yearly.bloodPressure.controlled"
        : "yearly.bloodPressure.notControlled", targetS, targetD));
  }

  @ParameterizedTest
  @CsvSource({"6.9, true", "7.0, false"})
  void theLatestFastingGlucoseBelow7(String glucose, boolean controlled) {
    Enrolment e = enrolment(ChronicCondition.TYPE_2_DIABETES);
    YearlyStatus s = YearlyStatus.assess(e,
        List.of(diabetesVisit(e, "2025-03-01", "9.0"), diabetesVisit(e, "2025-06-01", glucose)), 2025, POLICY);
    assertThat(s.controlled()).isEqualTo(controlled);
    assertThat(s.controlRule()).isEqualTo(rule(controlled ? "yearly.glucose.controlled"
        : "yearly.glucose.notControlled", "7.0"));
    assertAllResolve(List.of(s.controlRule()));
  }

  @Test
  void aYearWithoutFollowUpIsNeitherManagedToStandardNorControlled() {
    Enrolment e = enrolment(ChronicCondition.HYPERTENSION);
    Enrolment other = enrolment(ChronicCondition.TYPE_2_DIABETES);
    YearlyStatus s = YearlyStatus.assess(e, List.of(diabetesVisit(other, "2025-03-01", "6.0")), 2025, POLICY);
    assertThat(s.faceToFaceVisits()).isZero();
    assertThat(s.visits()).isZero(); // the other enrolment's visit is not this one's
    assertThat(s.latestVisit()).isEmpty();
    assertThat(s.standardRules()).containsExactly(rule("yearly.visits.tooFew", 0, 4));
    assertThat(s.controlled()).isFalse();
    assertThat(s.controlRule()).isEqualTo(rule("yearly.noVisit", 2025));
    assertAllResolve(List.of(s.controlRule()));
    assertThat(roundTrip(s, YearlyStatus.class)).isEqualTo(s);
  }

  @Test
  void fromTheIndexTheCountAndDatesMustAgreeWithTheLatestVisit() {
    Enrolment e = enrolment(ChronicCondition.HYPERTENSION);
    FollowUpVisit latest = f2f(e, "2025-11-20");
    List<LocalDate> dates = List.of(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 2, 1));
    YearlyStatus s = YearlyStatus.assess(e, dates, 3, java.util.Optional.of(latest), 2025, POLICY);
    assertThat(s.faceToFaceVisits()).isEqualTo(2);
    assertThat(s.visits()).isEqualTo(3);
    assertThat(s.latestVisit()).contains(LocalDate.of(2025, 11, 20));
    assertThat(s.standardRules()).containsExactly(rule("yearly.visits.tooFew", 2, 4), rule("yearly.visits.gap", 292, 90));
    // each disagreement is refused
    for (Runnable bad : List.<Runnable>of(
        () -> YearlyStatus.assess(e, dates, 1, java.util.Optional.of(latest), 2025, POLICY),
        () -> YearlyStatus.assess(e, List.of(), 0, java.util.Optional.of(latest), 2025, POLICY),
        () -> YearlyStatus.assess(e, List.of(), 1, java.util.Optional.empty(), 2025, POLICY),
        () -> YearlyStatus.assess(e, List.of(LocalDate.of(2024, 12, 31)), 1, java.util.Optional.of(latest), 2025,
            POLICY),
        () -> YearlyStatus.assess(e, List.of(), 1, java.util.Optional.of(f2f(e, "2026-01-02")), 2025, POLICY),
        () -> YearlyStatus.assess(e, List.of(), 1,
            java.util.Optional.of(diabetesVisit(enrolment(ChronicCondition.TYPE_2_DIABETES), "2025-03-01", "6.0")),
            2025, POLICY))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(bad::run).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("disagree");
    }
  }

  @Test
  void nulls() {
    new NullPointerTester()
        .setDefault(Enrolment.class, enrolment(ChronicCondition.HYPERTENSION))
        .setDefault(ChronicCarePolicy.class, POLICY)
        .testAllPublicStaticMethods(YearlyStatus.class);
  }
}
