package io.github.weisheng.reporting;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.population.PopulationCase;
import io.github.weisheng.population.PopulationCaseId;
import io.github.weisheng.population.PopulationGroup;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A hand-built station for the figure tests: an in-memory store, "today" 2027-01-10, a public-health
 * officer of street 110105001 with two committees, residents opened through the public API.
 */
final class Station {
  static final CommitteeCode EAST = CommitteeCode.parse("110105001001");
  static final CommitteeCode WEST = CommitteeCode.parse("110105001002");
  static final OrgUnitId CENTRE = OrgUnitId.of("centre");
  static final OrgUnitId TEAM = OrgUnitId.of("team-1");

  final CommunityHealth health = CommunityHealth.builder()
      .store(InMemoryRecordStore.create())
      .accessPolicy(DefaultAccessPolicy.defaults())
      .clock(Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
      .build();
  final HealthSession officer =
      health.as(Principal.of("gw-1", Set.of("public-health-officer"), Set.of("110105001")));
  private int residents;

  /** Opens a resident's archive (living in the catchment half a year or more). */
  ArchiveNumber archive(CommitteeCode committee, LocalDate birth) {
    return archive(committee, birth, true);
  }

  /** Opens a resident's archive. */
  ArchiveNumber archive(CommitteeCode committee, LocalDate birth, boolean halfYear) {
    residents++;
    CitizenId id = CitizenId.of("110105", birth, residents % 900 + 1);
    Resident r = Resident.builder().id(ResidentId.parse("r-" + residents)).name("居民" + residents).sex(id.sex())
        .birthDate(birth).citizenId(id).address("南大街" + residents + "号").committee(committee)
        .residencyType(ResidencyType.REGISTERED).livesHalfYearOrMore(halfYear).build();
    LocalDate opened = birth.isBefore(LocalDate.of(2020, 1, 1)) ? LocalDate.of(2020, 1, 1) : birth;
    return officer.archives().open(NewArchive.builder().resident(r).openedOn(opened).institution(CENTRE)
        .electronic(true).build()).value().number();
  }

  /** Saves a key-population case of an archive, completed by {@code details}. */
  void enrol(ArchiveNumber archive, PopulationGroup group, UnaryOperator<PopulationCase.Builder> details) {
    PopulationCase.Builder b = PopulationCase.builder();
    b.id(PopulationCaseId.random()).archive(archive).group(group).team(TEAM);
    officer.populations().save(details.apply(b).build(), 0, "enrol");
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
