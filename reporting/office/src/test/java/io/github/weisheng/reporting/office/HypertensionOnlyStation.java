package io.github.weisheng.reporting.office;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.chronic.BloodPressure;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.EnrolmentId;
import io.github.weisheng.chronic.FollowUpForm;
import io.github.weisheng.chronic.IcdCode;
import io.github.weisheng.chronic.ManagementTier;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A station whose area has two hypertension patients (one managed to standard) and no diabetic in
 * 2026, so the work summary's diabetes management rate has a zero denominator: a key figure without a
 * value.
 */
final class HypertensionOnlyStation {
  /** The key figure without a value. */
  static final String DIABETES_RATE = "2型糖尿病患者规范管理率";
  /** The key figure with one, 1 of 2. */
  static final String HYPERTENSION_RATE = "高血压患者规范管理率";

  private static final CommitteeCode COMMITTEE = CommitteeCode.parse("110105001001");
  private static final OrgUnitId STATION = OrgUnitId.of("nandajie-station");
  private static final OrgUnitId TEAM = OrgUnitId.of("team-1");

  private HypertensionOnlyStation() {}

  /** Builds the 2026 work summary of the station. */
  static ReportDocument summary() {
    return build(Locale.SIMPLIFIED_CHINESE).document();
  }

  /**
   * Builds the 2026 work summary with its drill-down: the archive of the patient never visited (1份),
   * that patient outside both hypertension rates (1人), both residents without an elderly check
   * (2人), and the five education items of a station with no activity recorded (5项).
   */
  static ReportDocument drillDown(Locale locale) {
    return build(locale).withDrillDown().document();
  }

  private static WorkSummary build(Locale locale) {
    try (CommunityHealth health = CommunityHealth.builder()
        .store(InMemoryRecordStore.create())
        .accessPolicy(DefaultAccessPolicy.defaults())
        .clock(Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
        .build()) {
      HealthSession officer = health.as(Principal.of("gw-1", Set.of("public-health-officer"), Set.of("110105001")));
      EnrolmentId managed = enrol(officer, 1);
      for (int q = 0; q < 4; q++) {
        officer.followUps().record(managed, FollowUpForm.builder().visitDate(LocalDate.of(2026, 1, 20).plusDays(90L * q))
            .mode(VisitMode.CLINIC).bloodPressure(BloodPressure.of(132, 84)).tier(ManagementTier.TIER_1).build());
      }
      enrol(officer, 2);
      return WorkSummary.builder().session(officer).unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION)
          .area(AreaScope.of(COMMITTEE)).period(ReportingPeriod.year(2026)).population(Map.of(COMMITTEE, 10L))
          .locale(locale).build();
    }
  }

  private static EnrolmentId enrol(HealthSession officer, int n) {
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n);
    CitizenId id = CitizenId.of("110105", birth, 1);
    Resident r = Resident.builder().id(ResidentId.parse("r-" + n)).name("居民" + n).sex(id.sex()).birthDate(birth)
        .citizenId(id).address("南大街" + n + "号").committee(COMMITTEE).residencyType(ResidencyType.REGISTERED)
        .livesHalfYearOrMore(true).build();
    ArchiveNumber archive = officer.archives().open(NewArchive.builder().resident(r).openedOn(LocalDate.of(2020, 3, 1))
        .institution(STATION).electronic(true).build()).value().number();
    return officer.enrolments().enrol(archive, ChronicCondition.HYPERTENSION, IcdCode.parse("I10"),
        LocalDate.of(2025, 6, 1), "区医院", TEAM).value().id();
  }
}
