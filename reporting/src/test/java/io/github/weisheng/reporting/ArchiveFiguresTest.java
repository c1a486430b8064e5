package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveClosure;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Household;
import io.github.weisheng.resident.RelationToHead;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.store.InMemoryRecordStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArchiveFiguresTest {
  private static final CommitteeCode COMMITTEE = CommitteeCode.parse("110105001001");
  private static final OrgUnitId CENTRE = OrgUnitId.of("centre");
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private final CommunityHealth health = CommunityHealth.builder()
      .store(InMemoryRecordStore.create())
      .accessPolicy(DefaultAccessPolicy.defaults())
      .clock(Clock.fixed(Instant.parse("2026-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
      .build();
  private final HealthSession officer =
      health.as(Principal.of("gw-1", Set.of("public-health-officer"), Set.of("110105001")));

  private Recorded<HealthArchive> open(int n, boolean halfYear, boolean electronic, LocalDate openedOn) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n);
    CitizenId id = CitizenId.of("110105", birth, 1);
    Resident r = Resident.builder().id(ResidentId.parse("r-" + n)).name("居民" + n).sex(id.sex()).birthDate(birth)
        .citizenId(id).address("朝阳路" + n + "号").committee(COMMITTEE).residencyType(ResidencyType.REGISTERED)
        .livesHalfYearOrMore(halfYear).build();
    return officer.archives().open(NewArchive.builder().resident(r).openedOn(openedOn).institution(CENTRE)
        .electronic(electronic).build());
  }

  private void service(Recorded<HealthArchive> a, LocalDate on) {
    officer.archives().recordService(ServiceRecord.of(a.value().number(), on, ServiceType.FOLLOW_UP, CENTRE));
  }

  @Test
  void figuresWorkedOutByHand() {
    // 1: resident, electronic, follow-up in 2025           -> archived, electronic, dynamic
    // 2: resident, paper, follow-up in 2024 only           -> archived, not dynamic
    // 3: resident, electronic, no service                  -> archived, electronic, not dynamic
    // 4: lives here < half a year, electronic, service     -> not in the population; dynamic
    // 5: resident, electronic, died 2025-06-01             -> left out everywhere
    // 6: resident, electronic, opened 2026-01-05           -> after the as-of date: left out
    var a1 = open(1, true, true, LocalDate.of(2020, 1, 1));
    var a2 = open(2, true, false, LocalDate.of(2020, 1, 1));
    open(3, true, true, LocalDate.of(2020, 1, 1));
    var a4 = open(4, false, true, LocalDate.of(2020, 1, 1));
    var a5 = open(5, true, true, LocalDate.of(2020, 1, 1));
    open(6, true, true, LocalDate.of(2026, 1, 5));
    service(a1, LocalDate.of(2025, 9, 1));
    service(a2, LocalDate.of(2024, 12, 31));
    service(a4, LocalDate.of(2025, 1, 1));
    service(a5, LocalDate.of(2025, 3, 1));
    officer.archives().close(a5.value().number(), 1, ArchiveClosure.death(LocalDate.of(2025, 6, 1), "心梗"));

    // the host says 8 people live in the committee for half a year or more
    ReportingPeriod year = ReportingPeriod.year(2025);
    Map<CommitteeCode, Long> population = Map.of(COMMITTEE, 8L);
    ArchiveFigures all = ArchiveFigures.compute(officer, year, population, UsageDenominator.ALL_ARCHIVES);
    ArchiveFigures electronicOnly = ArchiveFigures.compute(officer, year, population,
        UsageDenominator.ELECTRONIC_ARCHIVES);

    assertThat(all.archiveRate().rate()).isEqualTo(Rate.of(3, 8));            // 1, 2, 3
    assertThat(all.electronicArchiveRate().rate()).isEqualTo(Rate.of(2, 8));  // 1, 3
    assertThat(all.useRate().rate()).isEqualTo(Rate.of(2, 4));                // 1, 4 of 1, 2, 3, 4
    assertThat(all.useRate().rate().percent()).contains(new BigDecimal("50.0"));
    assertThat(electronicOnly.useRate().rate()).isEqualTo(Rate.of(2, 3));     // 1, 4 of 1, 3, 4
    assertThat(all.useRate().members()).extracting(m -> ArchiveNumber.parse(m.ref()).serial(), IndicatorMember::counted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, true),
            org.assertj.core.groups.Tuple.tuple(2, false),
            org.assertj.core.groups.Tuple.tuple(3, false),
            org.assertj.core.groups.Tuple.tuple(4, true));
    AppliedRule why = all.useRate().notCounted().get(0).reasons().get(0);
    assertThat(why.message(Locale.CHINA)).isEqualTo("截至2025-12-31的12个月内无计入使用的服务记录");
    assertThat(why.message(Locale.ENGLISH)).isEqualTo("no counted service record in the 12 months up to 2025-12-31");
    assertThat(all.archiveRate().by(OrgLevel.COMMITTEE)).containsEntry("110105001001", Rate.of(3, 8));
    assertThat(all.households()).isZero(); // the registry records no household
  }

  @Test
  void theHouseholdsAreThoseWithAnArchivedMemberOnTheLastDay() {
    open(1, true, true, LocalDate.of(2020, 1, 1));
    open(2, true, false, LocalDate.of(2020, 1, 1));
    open(3, true, true, LocalDate.of(2020, 1, 1));
    open(4, false, true, LocalDate.of(2020, 1, 1));
    var a5 = open(5, true, true, LocalDate.of(2020, 1, 1));
    officer.archives().close(a5.value().number(), 1, ArchiveClosure.death(LocalDate.of(2025, 6, 1), "心梗"));
    open(6, true, true, LocalDate.of(2026, 1, 5));
    LocalDate established = LocalDate.of(2021, 1, 1);
    // A: 1 and 7, a resident without an archive                     -> counted once, not twice
    Household a = officer.households().establish(COMMITTEE, "朝阳路1号", ResidentId.parse("r-1"), established).value();
    officer.households().moveIn(a.id(), 1, ResidentId.parse("r-7"), RelationToHead.SPOUSE, established);
    // B: 4 alone, who lives here less than half a year                -> not counted
    officer.households().establish(COMMITTEE, "朝阳路4号", ResidentId.parse("r-4"), established);
    // C: 5 alone, whose archive was closed on 2025-06-01             -> not counted
    officer.households().establish(COMMITTEE, "朝阳路5号", ResidentId.parse("r-5"), established);
    // D: 6 alone, whose archive was opened after the last day         -> not counted
    officer.households().establish(COMMITTEE, "朝阳路6号", ResidentId.parse("r-6"), established);
    // E: 3 alone until 2025-10-01, when 3 moved out (E dissolved)     -> not counted
    Household e = officer.households().establish(COMMITTEE, "朝阳路3号", ResidentId.parse("r-3"), established).value();
    officer.households().moveOut(e.id(), 1, ResidentId.parse("r-3"), LocalDate.of(2025, 10, 1));
    // F: 2 (a paper archive), whom 3 joined on 2025-10-01            -> counted once
    Household f = officer.households().establish(COMMITTEE, "朝阳路2号", ResidentId.parse("r-2"), established).value();
    officer.households().moveIn(f.id(), 1, ResidentId.parse("r-3"), RelationToHead.SON, LocalDate.of(2025, 10, 1));

    ArchiveFigures figures = ArchiveFigures.compute(officer, ReportingPeriod.year(2025), Map.of(COMMITTEE, 8L),
        UsageDenominator.ALL_ARCHIVES);
    assertThat(figures.households()).isEqualTo(2); // A and F
    assertThat(figures.archiveRate().rate()).isEqualTo(Rate.of(3, 8)); // the persons: 1, 2, 3
    // on 2025-09-30, 3 was still in E: A, E and F
    assertThat(ArchiveFigures.compute(officer, ReportingPeriod.quarter(2025, 3), Map.of(COMMITTEE, 8L),
        UsageDenominator.ALL_ARCHIVES).households()).isEqualTo(3);
  }
}
