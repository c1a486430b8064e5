package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.WorklistReason;
import io.github.weisheng.chronic.WorklistScope;
import io.github.weisheng.internal.Kinds;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.store.InMemoryRecordStore;
import io.github.weisheng.testing.Checks;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Key-population cases through the storage SPI: saved, read, due, worklists and yearly statuses; "today" is 2026-06-30. */
class PopulationServiceTest {
  private static final OrgUnitId TEAM = OrgUnitId.of("team-3");
  private static final OrgUnitId OTHER_TEAM = OrgUnitId.of("team-4");

  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);
  private final HealthSession doctor = health.as(Fixtures.doctor());
  private final PopulationService service = doctor.populations();

  private ArchiveNumber archive(CommitteeCode committee, LocalDate born, int seq) {
    Resident resident = Fixtures.resident(committee, born, seq);
    NewArchive request = NewArchive.builder().resident(resident).openedOn(born.isBefore(d("2020-01-01"))
        ? d("2020-01-01") : born).institution(Fixtures.CENTRE).build();
    return doctor.archives().open(request).value().number();
  }

  private PopulationCase childCase(ArchiveNumber child, OrgUnitId team, ChildVisit... visits) {
    return PopulationCase.builder().id(PopulationCaseId.random()).archive(child).group(PopulationGroup.CHILD).team(team)
        .child(ChildHistory.builder().archive(child).birthDate(d("2026-06-01")).dischargedOn(d("2026-06-03"))
            .addVisits(visits).build())
        .build();
  }

  @Test
  void aChildCaseIsStoredReadAndAmendedWithHistory() {
    ArchiveNumber child = archive(Fixtures.COMMITTEE_1, d("2026-06-01"), 101);
    PopulationCase c = childCase(child, TEAM);
    Recorded<PopulationCase> v1 = service.save(c, 0, "population.enrol");
    assertThat(v1.version()).isEqualTo(1);
    assertThat(service.find(c.id())).contains(v1);
    assertThat(service.casesOf(child)).containsExactly(v1);
    PopulationCase visited = childCase(child, TEAM,
        ChildVisit.of(child, ChildService.NEWBORN_VISIT, d("2026-06-08"), Optional.empty()));
    PopulationCase same = PopulationCase.builder().id(c.id()).archive(child).group(PopulationGroup.CHILD).team(TEAM)
        .child(visited.child().orElseThrow()).build();
    Recorded<PopulationCase> v2 = service.save(same, 1, "newborn visit");
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> service.save(same, 1, "again")).isInstanceOf(StaleRecordException.class);
    assertThat(service.due(c.id(), d("2026-06-30"))).extracting(DueService::service)
        .containsExactly("child.FULL_MONTH");
    assertThat(service.due(c.id(), d("2026-06-30")).get(0).reason()).isEqualTo(WorklistReason.DUE);
    assertThat(service.due(c.id(), d("2026-07-02")).get(0).reason()).isEqualTo(WorklistReason.OVERDUE);
    try (Stream<?> s = store.history(io.github.weisheng.spi.storage.RecordKey.of(Kinds.POPULATION_CASE,
        c.id().value())).stream()) {
      assertThat(s.count()).isEqualTo(2);
    }
  }

  @Test
  void rulesOfTheService() {
    ArchiveNumber child = archive(Fixtures.COMMITTEE_1, d("2026-06-01"), 101);
    assertRules(() -> service.save(childCase(ArchiveNumber.parse("11010500100199999"), TEAM), 0, " "),
        "reason [population.reason]", "populationCase.archive [population.case.archiveNotFound]");
    assertRules(() -> service.save(childCase(child, TEAM,
            ChildVisit.of(child, ChildService.NEWBORN_VISIT, d("2026-07-01"), Optional.empty())), 0, "enrol"),
        "populationCase [population.case.inFuture]");
    assertRules(() -> service.yearlyStatuses(PopulationIndicator.NEWBORN_VISIT, 1899),
        "year [population.year.range]");
    assertThatThrownBy(() -> service.due(PopulationCaseId.random(), d("2026-06-30")))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void worklistsPerTeamAndAreaForEveryGroup() {
    ArchiveNumber child = archive(Fixtures.COMMITTEE_1, d("2026-06-01"), 101);
    ArchiveNumber elder = archive(Fixtures.COMMITTEE_1, d("1950-03-01"), 103);
    ArchiveNumber mother = archive(Fixtures.COMMITTEE_2, d("1995-05-01"), 102);
    ArchiveNumber patient = archive(Fixtures.COMMITTEE_2, d("1980-05-01"), 105);
    ArchiveNumber tb = archive(Fixtures.COMMITTEE_1, d("1970-05-01"), 107);
    service.save(childCase(child, TEAM), 0, "enrol");
    service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(elder).group(PopulationGroup.ELDERLY)
        .team(TEAM).build(), 0, "enrol");
    service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(mother).group(PopulationGroup.MATERNAL)
        .team(OTHER_TEAM).pregnancy(Pregnancy.builder().archive(mother).lastMenstrualPeriod(d("2026-02-01")).build())
        .build(), 0, "enrol");
    service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(patient)
        .group(PopulationGroup.SEVERE_MENTAL_DISORDER).team(TEAM).disorder(SevereMentalDisorder.SCHIZOPHRENIA)
        .addSmiFollowUps(SmiFollowUp.builder().archive(patient).date(d("2026-06-01"))
            .disorder(SevereMentalDisorder.SCHIZOPHRENIA).riskLevel(SmiRiskLevel.LEVEL_3).build())
        .build(), 0, "enrol");
    service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(tb).group(PopulationGroup.TUBERCULOSIS)
        .team(TEAM).tuberculosis(TbCase.builder().archive(tb).notifiedAt(LocalDateTime.parse("2026-06-29T10:00"))
            .supervisor(TbSupervisor.MEDICAL_WORKER).dosingPlan("站内服药").regimen(TbRegimen.NEW_2HRZE_4HR)
            .treatmentStart(d("2026-06-29")).build())
        .build(), 0, "enrol");
    List<PopulationWorklistEntry> team;
    try (Stream<PopulationWorklistEntry> s = service.worklist(WorklistScope.team(TEAM), d("2026-06-30"))) {
      team = s.collect(Collectors.toList());
    }
    assertThat(team).extracting(e -> e.group() + ":" + e.due().service() + ":" + e.reason()).containsExactlyInAnyOrder(
        "CHILD:child.NEWBORN_VISIT:OVERDUE", "CHILD:child.FULL_MONTH:DUE",
        "ELDERLY:elderly.yearlyService:DUE",
        "SEVERE_MENTAL_DISORDER:smi.followUp:OVERDUE",
        "TUBERCULOSIS:tb.firstVisit:DUE");
    assertThat(team).allMatch(e -> e.team().equals(TEAM));
    List<PopulationWorklistEntry> area;
    try (Stream<PopulationWorklistEntry> s = service.worklist(WorklistScope.area(Fixtures.COMMITTEE_2.value()),
        d("2026-06-30"))) {
      area = s.collect(Collectors.toList());
    }
    assertThat(area).extracting(e -> e.due().service()).containsExactlyInAnyOrder("maternal.ANTENATAL_16_20",
        "maternal.REGISTRATION", "maternal.ANTENATAL_21_24", "smi.followUp");
    assertThat(area.stream().filter(e -> e.group() == PopulationGroup.MATERNAL).map(e -> e.rule().rule()))
        .containsExactly("population.overdue", "population.overdue", "population.due");
    area.forEach(e -> Checks.assertResolves(e.rule()));
  }

  @Test
  void yearlyStatusesForEveryIndicator() {
    ArchiveNumber child = archive(Fixtures.COMMITTEE_1, d("2026-06-01"), 101);
    ArchiveNumber elder = archive(Fixtures.COMMITTEE_1, d("1950-03-01"), 103);
    service.save(childCase(child, TEAM, ChildVisit.of(child, ChildService.NEWBORN_VISIT, d("2026-06-05"),
        Optional.empty())), 0, "enrol");
    service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(elder).group(PopulationGroup.ELDERLY)
        .team(TEAM).addElderlyServices(ElderlyCheck.builder().archive(elder).date(d("2026-05-01")).assessed(true)
            .selfCareScore(5).physicalExamDone(true).build())
        .build(), 0, "enrol");
    try (Stream<IndicatorStatus> s = service.yearlyStatuses(PopulationIndicator.NEWBORN_VISIT, 2026)) {
      assertThat(s.collect(Collectors.toList())).singleElement()
          .satisfies(x -> assertThat(x.met()).isTrue());
    }
    try (Stream<IndicatorStatus> s = service.yearlyStatuses(PopulationIndicator.ELDERLY_MANAGEMENT, 2026)) {
      IndicatorStatus x = s.collect(Collectors.toList()).get(0);
      assertThat(x.counted()).isTrue();
      assertThat(x.met()).isFalse();
      assertThat(x.rules()).extracting(AppliedRule::rule).containsExactly("elderly.labTestsMissing",
          "elderly.guidanceMissing");
    }
    for (PopulationIndicator i : PopulationIndicator.values()) {
      try (Stream<IndicatorStatus> s = service.yearlyStatuses(i, 2026)) {
        assertThat(s.allMatch(x -> x.indicator() == i)).isTrue();
      }
    }
  }

  @Test
  void theElderlyRateCountsEveryResidentOfTheAgeNotOnlyThoseWithACase() {
    ArchiveNumber served = archive(Fixtures.COMMITTEE_1, d("1950-03-01"), 111);
    ArchiveNumber unserved = archive(Fixtures.COMMITTEE_1, d("1955-07-01"), 112); // 71 in 2026, no case
    archive(Fixtures.COMMITTEE_1, d("1970-01-01"), 113); // 56: not in the denominator
    service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(served).group(PopulationGroup.ELDERLY)
        .team(TEAM).addElderlyServices(ElderlyCheck.builder().archive(served).date(d("2026-05-01")).assessed(true)
            .selfCareScore(2).physicalExamDone(true).build())
        .build(), 0, "enrol");
    try (Stream<IndicatorStatus> s = service.yearlyStatuses(PopulationIndicator.ELDERLY_MANAGEMENT, 2026)) {
      List<IndicatorStatus> all = s.collect(Collectors.toList());
      assertThat(all).extracting(IndicatorStatus::archive).containsExactlyInAnyOrder(served, unserved);
      IndicatorStatus none = all.stream().filter(x -> x.archive().equals(unserved)).findFirst().orElseThrow();
      assertThat(none.counted()).isTrue();
      assertThat(none.met()).isFalse();
      assertThat(none.rules()).extracting(AppliedRule::rule).containsExactly("elderly.noService");
    }
  }

  private ArchiveNumber archiveOfTeam(CommitteeCode committee, LocalDate born, int seq, OrgUnitId team) {
    Resident resident = Fixtures.resident(committee, born, seq);
    return doctor.archives().open(NewArchive.builder().resident(resident).openedOn(d("2020-01-01"))
        .institution(Fixtures.CENTRE).team(team).build()).value().number();
  }

  @Test
  void theElderlyWorklistAlsoListsResidentsOfTheAgeWithoutACase() {
    ArchiveNumber never = archiveOfTeam(Fixtures.COMMITTEE_1, d("1955-07-01"), 121, TEAM); // 70, no case
    ArchiveNumber turning = archiveOfTeam(Fixtures.COMMITTEE_1, d("1961-08-15"), 122, TEAM); // 65 on 2026-08-15
    ArchiveNumber seen = archiveOfTeam(Fixtures.COMMITTEE_1, d("1950-03-01"), 123, TEAM); // checked in May
    ArchiveNumber otherTeam = archiveOfTeam(Fixtures.COMMITTEE_2, d("1952-01-01"), 124, OTHER_TEAM);
    archiveOfTeam(Fixtures.COMMITTEE_1, d("1970-01-01"), 125, TEAM); // 56: not due
    service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(seen).group(PopulationGroup.ELDERLY)
        .team(TEAM).addElderlyServices(ElderlyCheck.builder().archive(seen).date(d("2026-05-01")).assessed(true)
            .selfCareScore(2).physicalExamDone(true).build())
        .build(), 0, "enrol");
    List<PopulationWorklistEntry> team;
    try (Stream<PopulationWorklistEntry> s = service.worklist(WorklistScope.team(TEAM), d("2026-06-30"))) {
      team = s.collect(Collectors.toList());
    }
    // The one seen this year is not due; the one turning 65 in August is not due before the birthday.
    assertThat(team).extracting(PopulationWorklistEntry::archive).containsExactly(never);
    PopulationWorklistEntry row = team.get(0);
    assertThat(row.caseId()).isEmpty();
    assertThat(row.team()).isEqualTo(TEAM);
    assertThat(row.group()).isEqualTo(PopulationGroup.ELDERLY);
    assertThat(row.due().service()).isEqualTo(ElderlyPolicy.SERVICE);
    assertThat(row.reason()).isEqualTo(WorklistReason.DUE);
    try (Stream<PopulationWorklistEntry> s = service.worklist(WorklistScope.team(TEAM), d("2026-08-15"))) {
      assertThat(s.map(PopulationWorklistEntry::archive)).containsExactlyInAnyOrder(never, turning);
    }
    try (Stream<PopulationWorklistEntry> s = service.worklist(WorklistScope.area(Fixtures.COMMITTEE_2.value()),
        d("2026-06-30"))) {
      assertThat(s.map(PopulationWorklistEntry::archive)).containsExactly(otherTeam);
    }
  }

  @Test
  void everyContactACaseRecordsIsAlsoAServiceOnTheArchiveInTheSameCommit() {
    ArchiveNumber elder = archive(Fixtures.COMMITTEE_1, d("1950-03-01"), 131);
    PopulationCaseId id = PopulationCaseId.random();
    ElderlyCheck may = ElderlyCheck.builder().archive(elder).date(d("2026-05-01")).assessed(true).selfCareScore(2)
        .physicalExamDone(true).build();
    PopulationCase one = PopulationCase.builder().id(id).archive(elder).group(PopulationGroup.ELDERLY).team(TEAM)
        .addElderlyServices(may).build();
    service.save(one, 0, "enrol");
    assertThat(archiveServices()).containsExactly("2026-05-01 HEALTH_CHECK");
    assertThat(doctor.archives().latestCountingService(elder, d("2026-06-30"))).contains(d("2026-05-01"));
    PopulationCase two = PopulationCase.builder().id(id).archive(elder).group(PopulationGroup.ELDERLY).team(TEAM)
        .addElderlyServices(may).addElderlyServices(ElderlyCheck.builder().archive(elder)
        .date(d("2026-06-20")).assessed(true).selfCareScore(2).physicalExamDone(true).build()).build();
    service.save(two, 1, "second check");
    // Saving again only adds the new contact; the first is not written twice.
    assertThat(archiveServices()).containsExactlyInAnyOrder("2026-05-01 HEALTH_CHECK", "2026-06-20 HEALTH_CHECK");
    ArchiveNumber child = archive(Fixtures.COMMITTEE_1, d("2026-06-01"), 132);
    service.save(childCase(child, TEAM, ChildVisit.of(child, ChildService.NEWBORN_VISIT, d("2026-06-08"),
        Optional.empty())), 0, "enrol");
    assertThat(archiveServices()).contains("2026-06-08 CHILD_HEALTH");
    // A contact from before the archive was opened (2020-01-01) is not a service on it.
    ArchiveNumber earlier = archive(Fixtures.COMMITTEE_1, d("1952-03-01"), 134);
    service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(earlier).group(PopulationGroup.ELDERLY)
        .team(TEAM).addElderlyServices(ElderlyCheck.builder().archive(earlier).date(d("2019-06-01")).assessed(true)
            .selfCareScore(2).physicalExamDone(true).build(), ElderlyCheck.builder().archive(earlier)
            .date(d("2026-03-01")).assessed(true).selfCareScore(2).physicalExamDone(true).build()).build(), 0, "enrol");
    assertThat(archiveServices()).contains("2026-03-01 HEALTH_CHECK").doesNotContain("2019-06-01 HEALTH_CHECK");
    // A write refused by a rule leaves neither the case nor a service.
    ArchiveNumber other = archive(Fixtures.COMMITTEE_1, d("1951-03-01"), 133);
    long before = archiveServices().size();
    assertThatThrownBy(() -> service.save(PopulationCase.builder().id(PopulationCaseId.random()).archive(other)
        .group(PopulationGroup.ELDERLY).team(TEAM).addElderlyServices(ElderlyCheck.builder().archive(other)
            .date(d("2026-06-01")).assessed(true).selfCareScore(2).physicalExamDone(true).build()).build(), 0, " "))
        .isInstanceOf(io.github.weisheng.validation.RuleViolationException.class);
    assertThat(archiveServices()).hasSize((int) before);
  }

  private List<String> archiveServices() {
    try (Stream<io.github.weisheng.spi.storage.StoredRecord> s = store.scan(Kinds.ARCHIVE_SERVICE, ScopeFilter.all())) {
      return s.map(r -> io.github.weisheng.internal.JsonCodec.create().read(r.body(), io.github.weisheng.archive.ServiceRecord.class))
          .map(r -> r.date() + " " + r.type()).collect(Collectors.toList());
    }
  }

  @Test
  void accessIsCheckedAndSpecialCasesNeedADoctor() {
    ArchiveNumber patient = archive(Fixtures.COMMITTEE_1, d("1980-05-01"), 105);
    PopulationCase smi = PopulationCase.builder().id(PopulationCaseId.random()).archive(patient)
        .group(PopulationGroup.SEVERE_MENTAL_DISORDER).team(TEAM).disorder(SevereMentalDisorder.BIPOLAR_DISORDER).build();
    PopulationService nurse = health.as(Principal.of("nurse-li", Set.of("nurse"), Set.of("110105001"))).populations();
    assertThatThrownBy(() -> nurse.save(smi, 0, "enrol")).isInstanceOf(AccessDeniedException.class);
    service.save(smi, 0, "enrol");
    PopulationService otherStreet = health.as(Principal.of("dr-zhao", Set.of("family-doctor"),
        Set.of(Fixtures.OTHER_STREET.value()))).populations();
    assertThatThrownBy(() -> otherStreet.find(smi.id())).isInstanceOf(AccessDeniedException.class);
    try (Stream<?> s = store.scan(Kinds.POPULATION_CASE, ScopeFilter.all())) {
      assertThat(s.count()).isEqualTo(1);
    }
    assertThat(doctor.populations(PopulationRules.defaults()).find(smi.id())).isPresent();
  }
}
