package io.github.weisheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveClosure;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Ethnicity;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 老年人健康管理率's denominator (§6.3) is every resident of the age living here half a year or more,
 * with or without a case; the residents without one are found in one pass over the scope's residents
 * and archives. Whatever the residents, the denominator must be what a plain model over each archive
 * gives: the archives with an elderly case, plus each other archive in scope, open in the year, of a
 * resident living here who reaches 65 by 31 December.
 */
class ElderlyDenominatorProperties {
  private static final int YEAR = 2026;
  private static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);
  private static final LocalDate EARLIEST = LocalDate.of(1930, 1, 1);
  private static final OrgUnitId TEAM = OrgUnitId.of("team-3");

  /** One generated resident: committee (0 in scope), birth, living here, closure, a case. */
  private record Person(int committee, int bornDaysAfter, boolean living, int closedDaysBeforeEnd, boolean withCase) {}

  @Test
  void theDenominatorIsEveryCaseAndEveryResidentOfTheAgeInScope() {
    // births from 1930 to 1974, half of them within three years of reaching 65 in the year (1961-12-31)
    int days = (int) (LocalDate.of(1975, 1, 1).toEpochDay() - EARLIEST.toEpochDay());
    int boundary = (int) (YEAR_END.minusYears(65).toEpochDay() - EARLIEST.toEpochDay());
    qt().withExamples(40).withShrinkCycles(20)
        .forAll(lists().of(integers().between(0, 1).zip(integers().between(0, days).mix(integers().between(boundary - 1_100, boundary + 1_100)), booleans().all(),
            integers().between(-1, 800), booleans().all(), Person::new)).ofSizeBetween(0, 8))
        .checkAssert(ElderlyDenominatorProperties::assertAgrees);
  }

  /** {@link Fixtures#resident}, living here or not. */
  private static Resident resident(CommitteeCode committee, LocalDate born, int sequence, boolean living) {
    CitizenId id = CitizenId.of("110105", born, sequence);
    return Resident.builder().id(ResidentId.random()).name("张三").sex(id.sex()).birthDate(born).citizenId(id)
        .ethnicity(Ethnicity.fromCode("01")).phone("13800138000").address("朝阳区某街道1号楼101").committee(committee)
        .residencyType(ResidencyType.REGISTERED).livesHalfYearOrMore(living).build();
  }

  private static void assertAgrees(List<Person> people) {
    CommunityHealth health = Fixtures.health(InMemoryRecordStore.create());
    HealthSession doctor = health.as(io.github.weisheng.spi.access.Principal.of("dr-wang", Set.of("family-doctor"),
        Set.of(Fixtures.COMMITTEE_1.value())));
    List<IndicatorStatus> expected = new ArrayList<>();
    PopulationRules rules = PopulationRules.defaults();
    int sequence = 101;
    for (Person p : people) {
      CommitteeCode committee = p.committee() == 0 ? Fixtures.COMMITTEE_1 : Fixtures.COMMITTEE_2;
      HealthSession registrar = health.as(io.github.weisheng.spi.access.Principal.of("registrar",
          Set.of("family-doctor"), Set.of(committee.value())));
      LocalDate born = EARLIEST.plusDays(p.bornDaysAfter());
      Resident resident = resident(committee, born, sequence += 2, p.living());
      Recorded<HealthArchive> opened = registrar.archives().open(NewArchive.builder().resident(resident)
          .openedOn(LocalDate.of(2020, 1, 1)).institution(Fixtures.CENTRE).team(TEAM).build());
      ArchiveNumber number = opened.value().number();
      LocalDate closedOn = YEAR_END.minusDays(p.closedDaysBeforeEnd());
      boolean closed = p.closedDaysBeforeEnd() >= 0 && !closedOn.isAfter(Fixtures.TODAY);
      PopulationCase elderly = PopulationCase.builder().id(PopulationCaseId.random()).archive(number)
          .group(PopulationGroup.ELDERLY).team(TEAM).build();
      if (p.withCase()) {
        registrar.populations().save(elderly, 0, "enrol");
      }
      if (closed) {
        registrar.archives().close(number, opened.version(), ArchiveClosure.transferOut(closedOn, "外区", "已交接"));
      }
      boolean ofTheAge = !born.plusYears(65).isAfter(YEAR_END);
      boolean openInYear = !closed || closedOn.getYear() >= YEAR;
      // each status as the rules give it from the resident's own birth date
      if (committee.equals(Fixtures.COMMITTEE_1) && p.withCase()) {
        expected.add(rules.status(elderly, PopulationIndicator.ELDERLY_MANAGEMENT, born, YEAR));
      } else if (committee.equals(Fixtures.COMMITTEE_1) && ofTheAge && p.living() && openInYear) {
        expected.add(rules.elderly().yearlyStatus(number, born, List.of(), YEAR));
      }
    }
    try (Stream<IndicatorStatus> s = doctor.populations().yearlyStatuses(PopulationIndicator.ELDERLY_MANAGEMENT, YEAR)) {
      assertThat(s.collect(Collectors.toList())).containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
