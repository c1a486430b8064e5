package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.infectious.CaseClassification;
import io.github.weisheng.infectious.CaseReport;
import io.github.weisheng.infectious.CaseReportId;
import io.github.weisheng.infectious.FollowUpAction;
import io.github.weisheng.infectious.HomeFollowUp;
import io.github.weisheng.infectious.HomeFollowUpId;
import io.github.weisheng.infectious.InfectiousDiseaseService;
import io.github.weisheng.infectious.NotifiableDisease;
import io.github.weisheng.infectious.NotifiableDiseases;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 传染病疫情报告率 and 报告及时率 worked out by hand: a hand, foot and mouth case reported 30 h after
 * diagnosis (limit 24 h), an influenza case reported in 2 h, a hepatitis case never reported, a
 * cholera case reported in 90 minutes (limit 2 h).
 */
class InfectiousDiseaseFiguresTest {
  private static final CommitteeCode C1 = CommitteeCode.parse("110105001001");
  private static final CommitteeCode C2 = CommitteeCode.parse("110105001002");
  private static final NotifiableDiseases TABLE = NotifiableDiseases.defaults();
  private static final ReportingPeriod YEAR = ReportingPeriod.year(2026);

  private static CaseReport card(String id, CommitteeCode committee, int seq, String disease, String diagnosed,
      String reported) {
    CaseReport c = CaseReport.builder().id(CaseReportId.parse(id))
        .archive(ArchiveNumber.parse(committee.value() + String.format("%05d", seq))).disease(disease)
        .classification(CaseClassification.CONFIRMED).diagnosedAt(LocalDateTime.parse(diagnosed)).build();
    return reported == null ? c : c.reported(LocalDateTime.parse(reported));
  }

  private static List<CaseReport> fourCases() {
    return List.of(
        card("hfmd", C1, 1, "HAND_FOOT_MOUTH", "2026-05-10T09:00", "2026-05-11T15:00"),
        card("flu", C1, 2, "INFLUENZA", "2026-11-02T10:00", "2026-11-02T12:00"),
        card("hep", C2, 3, "VIRAL_HEPATITIS", "2026-03-01T08:00", null),
        card("cholera", C2, 4, "CHOLERA", "2026-08-01T10:00", "2026-08-01T11:30"));
  }

  private static Map<String, IndicatorMember> byRef(IndicatorResult result) {
    return result.members().stream().collect(Collectors.toMap(IndicatorMember::ref, m -> m));
  }

  @Test
  void theReportRateCountsEveryRegisteredCaseReportedThroughTheNetwork() {
    InfectiousDiseaseFigures f = InfectiousDiseaseFigures.of(YEAR, fourCases(), TABLE, TimelinessDenominator.REPORTED,
        0, 0);
    assertThat(f.reportRate().rate()).isEqualTo(Rate.of(3, 4));
    assertThat(f.reportRate().definition()).isEqualTo(InfectiousDiseaseFigures.REPORT_RATE);
    assertThat(f.reportRate().notCounted()).singleElement().satisfies(m -> {
      assertThat(m.ref()).isEqualTo("hep");
      assertThat(m.committee()).isEqualTo(C2);
      assertThat(m.reasons()).containsExactly(AppliedRule.of("infectious.report.missing", "24"));
    });
  }

  @Test
  void theTimelyRateOverTheReportedCasesWithTheHoursAsTheReason() {
    InfectiousDiseaseFigures f = InfectiousDiseaseFigures.of(YEAR, fourCases(), TABLE, TimelinessDenominator.REPORTED,
        0, 0);
    IndicatorResult timely = f.timelyReportRate();
    assertThat(timely.definition()).isEqualTo(InfectiousDiseaseFigures.TIMELY_REPORT_RATE);
    assertThat(timely.rate()).isEqualTo(Rate.of(2, 3));
    Map<String, IndicatorMember> members = byRef(timely);
    assertThat(members).containsOnlyKeys("hfmd", "flu", "cholera");
    assertThat(members.get("flu").counted()).isTrue();
    assertThat(members.get("cholera").counted()).isTrue();
    assertThat(members.get("hfmd").reasons()).containsExactly(AppliedRule.of("infectious.report.late", "30", "24"));
    assertThat(members.get("hfmd").reasons().get(0).message(java.util.Locale.ENGLISH))
        .isEqualTo("Reported 30 h after diagnosis, limit 24 h");
  }

  @Test
  void overTheRegisteredCasesANeverReportedCaseIsLateToo() {
    InfectiousDiseaseFigures f = InfectiousDiseaseFigures.of(YEAR, fourCases(), TABLE,
        TimelinessDenominator.REGISTERED, 0, 0);
    assertThat(f.timelyReportRate().definition()).isEqualTo(InfectiousDiseaseFigures.TIMELY_REPORT_RATE_REGISTERED);
    assertThat(f.timelyReportRate().rate()).isEqualTo(Rate.of(2, 4));
    assertThat(byRef(f.timelyReportRate()).get("hep").reasons())
        .containsExactly(AppliedRule.of("infectious.report.missing", "24"));
    assertThat(f.all()).containsExactly(f.reportRate(), f.timelyReportRate());
  }

  @Test
  void aCholeraCaseThreeHoursLateAgainstTwoAndTheRatesAddUpByCommittee() {
    List<CaseReport> cases = List.of(card("cholera", C2, 4, "CHOLERA", "2026-08-01T10:00", "2026-08-01T13:00"),
        card("flu", C1, 2, "INFLUENZA", "2026-11-02T10:00", "2026-11-02T12:00"));
    IndicatorResult timely = InfectiousDiseaseFigures.of(YEAR, cases, TABLE, TimelinessDenominator.REPORTED, 0, 0)
        .timelyReportRate();
    assertThat(byRef(timely).get("cholera").reasons()).containsExactly(AppliedRule.of("infectious.report.late", "3", "2"));
    assertThat(timely.by(OrgLevel.COMMITTEE)).containsEntry(C1.value(), Rate.of(1, 1))
        .containsEntry(C2.value(), Rate.of(0, 1));
  }

  @Test
  void personsByDiseaseCountAPersonOnceAndFollowTheTablesOrder() {
    List<CaseReport> cases = List.of(card("a", C1, 1, "HAND_FOOT_MOUTH", "2026-05-10T09:00", "2026-05-10T10:00"),
        card("b", C1, 1, "HAND_FOOT_MOUTH", "2026-07-10T09:00", "2026-07-10T10:00"),
        card("c", C1, 2, "HAND_FOOT_MOUTH", "2026-07-11T09:00", "2026-07-11T10:00"),
        card("d", C2, 3, "VIRAL_HEPATITIS", "2026-03-01T08:00", "2026-03-01T09:00"));
    InfectiousDiseaseFigures f = InfectiousDiseaseFigures.of(YEAR, cases, TABLE, TimelinessDenominator.REPORTED, 5, 3);
    assertThat(f.casesByDisease().entrySet()).extracting(e -> e.getKey().code(), Map.Entry::getValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("VIRAL_HEPATITIS", 1L),
            org.assertj.core.groups.Tuple.tuple("HAND_FOOT_MOUTH", 2L));
    assertThat(f.caseReports()).isEqualTo(4);
    assertThat(f.followUps()).isEqualTo(5);
    assertThat(f.homeFollowUps()).isEqualTo(3);
    assertThat(f.isEmpty()).isFalse();
  }

  /**
   * One child, two cards: hand, foot and mouth disease in May (reported in 1 h) and again in July
   * (reported 26 h late), and influenza in November (reported in 2 h) — one person, three cases.
   */
  @Test
  void aPersonWithTwoCardsIsTwoCasesInTheRatesAndOnePersonInTheDiseaseTable() {
    List<CaseReport> cases = List.of(card("may", C1, 1, "HAND_FOOT_MOUTH", "2026-05-10T09:00", "2026-05-10T10:00"),
        card("july", C1, 1, "HAND_FOOT_MOUTH", "2026-07-10T09:00", "2026-07-11T11:00"),
        card("flu", C1, 1, "INFLUENZA", "2026-11-02T10:00", "2026-11-02T12:00"));
    InfectiousDiseaseFigures f = InfectiousDiseaseFigures.of(YEAR, cases, TABLE, TimelinessDenominator.REPORTED, 0, 0);
    assertThat(f.reportRate().definition().counting()).isEqualTo(Counting.CASES);
    assertThat(f.timelyReportRate().definition().counting()).isEqualTo(Counting.CASES);
    assertThat(InfectiousDiseaseFigures.TIMELY_REPORT_RATE_REGISTERED.counting()).isEqualTo(Counting.CASES);
    assertThat(f.caseReports()).isEqualTo(3);
    assertThat(f.reportRate().rate()).isEqualTo(Rate.of(3, 3));
    assertThat(f.timelyReportRate().rate()).isEqualTo(Rate.of(2, 3));
    assertThat(f.timelyReportRate().notCounted()).extracting(IndicatorMember::ref).containsExactly("july");
    // the table counts persons: the child once for each disease
    assertThat(f.casesByDisease().entrySet()).extracting(e -> e.getKey().code(), Map.Entry::getValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("INFLUENZA", 1L),
            org.assertj.core.groups.Tuple.tuple("HAND_FOOT_MOUTH", 1L));
  }

  @Test
  void aDiseaseTheHostsTableNoLongerListsIsRegisteredButNeverOnTime() {
    NotifiableDiseases narrow = NotifiableDiseases.builder()
        .addDisease(NotifiableDisease.of("INFLUENZA", "流行性感冒", "influenza",
            io.github.weisheng.infectious.NotifiableClass.CLASS_C))
        .putAllReportLimits(TABLE.reportLimits()).build();
    InfectiousDiseaseFigures f = InfectiousDiseaseFigures.of(YEAR, fourCases(), narrow, TimelinessDenominator.REPORTED,
        0, 0);
    assertThat(f.reportRate().rate()).isEqualTo(Rate.of(3, 4));
    assertThat(f.timelyReportRate().rate()).isEqualTo(Rate.of(1, 3));
    assertThat(byRef(f.timelyReportRate()).get("cholera").reasons())
        .containsExactly(AppliedRule.of("infectious.disease.unknown"));
    assertThat(f.casesByDisease()).hasSize(1);
  }

  @Test
  void computedFromTheStoreForThePeriodOnly() {
    CommunityHealth health = CommunityHealth.builder().store(InMemoryRecordStore.create())
        .accessPolicy(DefaultAccessPolicy.defaults())
        .clock(Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"))).build();
    HealthSession officer = health.as(Principal.of("gw", Set.of("public-health-officer"), Set.of("110105001")));
    CitizenId citizen = CitizenId.of("110105", LocalDate.of(2022, 3, 1), 1);
    ArchiveNumber child = officer.archives().open(NewArchive.builder().resident(Resident.builder()
            .id(ResidentId.parse("r-1")).name("患儿").sex(citizen.sex()).birthDate(LocalDate.of(2022, 3, 1))
            .citizenId(citizen).address("南大街1号").committee(C1).residencyType(ResidencyType.REGISTERED)
            .livesHalfYearOrMore(true).build())
        .openedOn(LocalDate.of(2022, 3, 1)).institution(OrgUnitId.of("station")).build()).value().number();
    InfectiousDiseaseService service = officer.infectiousDiseases();
    CaseReport hfmd = CaseReport.builder().id(CaseReportId.parse("hfmd")).archive(child).disease("HAND_FOOT_MOUTH")
        .classification(CaseClassification.CLINICAL).diagnosedAt(LocalDateTime.parse("2026-05-10T09:00"))
        .reportedAt(LocalDateTime.parse("2026-05-11T15:00")).isolationFrom(LocalDate.of(2026, 5, 10)).build();
    service.register(hfmd);
    service.register(CaseReport.builder().id(CaseReportId.parse("old")).archive(child).disease("INFLUENZA")
        .classification(CaseClassification.CLINICAL).diagnosedAt(LocalDateTime.parse("2025-12-31T23:00")).build());
    int n = 0;
    for (String day : List.of("2026-05-11", "2026-05-12", "2026-05-14")) {
      service.recordFollowUp(HomeFollowUp.builder().id(HomeFollowUpId.parse("f-" + ++n))
          .caseReport(hfmd.id()).archive(child).date(LocalDate.parse(day))
          .mode(n == 3 ? VisitMode.PHONE : VisitMode.HOME).addAction(FollowUpAction.TEMPERATURE_CHECK).build());
    }
    InfectiousDiseaseFigures year = InfectiousDiseaseFigures.compute(officer, YEAR);
    assertThat(year.caseReports()).isEqualTo(1);
    assertThat(year.reportRate().rate()).isEqualTo(Rate.of(1, 1));
    assertThat(year.timelyReportRate().rate()).isEqualTo(Rate.of(0, 1));
    assertThat(year.followUps()).isEqualTo(3);
    assertThat(year.homeFollowUps()).isEqualTo(2);
    InfectiousDiseaseFigures june = InfectiousDiseaseFigures.compute(officer, ReportingPeriod.month(
        java.time.YearMonth.of(2026, 6)));
    assertThat(june.isEmpty()).isTrue();
    assertThat(june.reportRate().rate().denominator()).isZero();
    InfectiousDiseaseFigures before = InfectiousDiseaseFigures.compute(officer, ReportingPeriod.year(2025),
        TABLE, TimelinessDenominator.REGISTERED);
    assertThat(before.timelyReportRate().rate()).isEqualTo(Rate.of(0, 1));
    assertThat(before.followUps()).isZero();
  }
}
