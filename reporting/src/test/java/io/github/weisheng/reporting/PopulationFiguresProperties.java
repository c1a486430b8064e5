package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.population.ChildHistory;
import io.github.weisheng.population.ChildService;
import io.github.weisheng.population.ChildVisit;
import io.github.weisheng.population.MaternalService;
import io.github.weisheng.population.MaternalVisit;
import io.github.weisheng.population.PopulationCase;
import io.github.weisheng.population.PopulationCaseId;
import io.github.weisheng.population.PopulationGroup;
import io.github.weisheng.population.Pregnancy;
import io.github.weisheng.population.PregnancyOutcome;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random districts of three committees in two streets: every key-population rate stays within [0, 1]
 * and adds up through committee, street and district; members are persons, one each; and the
 * maternal windows hold: registered by week 12 + 6 days counts, from week 13 not; a postpartum visit
 * by day 28 after discharge counts, from day 29 not.
 */
class PopulationFiguresProperties {
  private static final List<CommitteeCode> COMMITTEES = List.of(CommitteeCode.parse("110105001001"),
      CommitteeCode.parse("110105001002"), CommitteeCode.parse("110105002001"));

  @Test
  void ratesStayInRangeAddUpAndKeepTheWindows() {
    qt().withExamples(15).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      CommunityHealth health = CommunityHealth.builder().store(InMemoryRecordStore.create())
          .accessPolicy(DefaultAccessPolicy.defaults())
          .clock(Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"))).build();
      HealthSession officer = health.as(Principal.of("gw", Set.of("public-health-officer"), Set.of("110105")));
      Map<String, Boolean> registeredInTime = new HashMap<>();
      Map<String, Boolean> visitedInTime = new HashMap<>();
      int people = 1 + random.nextInt(10);
      for (int i = 1; i <= people; i++) {
        CommitteeCode committee = COMMITTEES.get(random.nextInt(COMMITTEES.size()));
        if (random.nextBoolean()) {
          LocalDate born = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(500));
          ArchiveNumber child = archive(officer, committee, born, i);
          ChildHistory.Builder history = ChildHistory.builder();
          history.archive(child).birthDate(born).dischargedOn(born.plusDays(2));
          if (random.nextBoolean()) {
            history.addVisits(ChildVisit.of(child, ChildService.NEWBORN_VISIT, born.plusDays(2 + random.nextInt(6)),
                Optional.empty()));
          }
          save(officer, child, PopulationGroup.CHILD, b -> b.child(history.build()));
        } else {
          ArchiveNumber mother = archive(officer, committee, LocalDate.of(1990, 1, 1).plusDays(i), i);
          LocalDate lmp = LocalDate.of(2025, 12, 1).plusDays(random.nextInt(60));
          int registrationDay = 70 + random.nextInt(28); // week 10 to week 13 + 6 days
          LocalDate delivered = lmp.plusDays(273);
          LocalDate discharged = delivered.plusDays(random.nextInt(4));
          int visitDay = 20 + random.nextInt(15);
          registeredInTime.put(mother.value(), registrationDay < 13 * 7);
          visitedInTime.put(mother.value(), visitDay <= 28);
          save(officer, mother, PopulationGroup.MATERNAL, b -> b.pregnancy(Pregnancy.builder().archive(mother)
              .lastMenstrualPeriod(lmp).deliveredOn(delivered).dischargedOn(discharged)
              .outcome(PregnancyOutcome.LIVE_BIRTH)
              .addVisits(MaternalVisit.of(MaternalService.REGISTRATION, lmp.plusDays(registrationDay)),
                  MaternalVisit.of(MaternalService.POSTPARTUM_VISIT, discharged.plusDays(visitDay))).build()));
        }
      }
      PopulationFigures f = PopulationFigures.compute(officer, ReportingPeriod.year(2026),
          RegularDosingDenominator.COMPLETED_TREATMENT);
      for (IndicatorResult result : f.all()) {
        AddsUp.check(result);
        assertThat(result.definition().counting()).isEqualTo(Counting.PERSONS);
        assertThat(result.members()).extracting(IndicatorMember::ref).doesNotHaveDuplicates();
      }
      for (IndicatorMember m : f.earlyRegistration().members()) {
        assertThat(m.counted()).isEqualTo(registeredInTime.get(m.ref()));
      }
      for (IndicatorMember m : f.postpartumVisit().members()) {
        assertThat(m.counted()).isEqualTo(visitedInTime.get(m.ref()));
      }
    });
  }

  private static ArchiveNumber archive(HealthSession officer, CommitteeCode committee, LocalDate birth, int n) {
    CitizenId id = CitizenId.of("110105", birth, n);
    Resident r = Resident.builder().id(ResidentId.parse("r-" + n)).name("居民" + n).sex(id.sex()).birthDate(birth)
        .citizenId(id).address("南大街" + n + "号").committee(committee).residencyType(ResidencyType.REGISTERED)
        .livesHalfYearOrMore(true).build();
    LocalDate opened = birth.isBefore(LocalDate.of(2020, 1, 1)) ? LocalDate.of(2020, 1, 1) : birth;
    return officer.archives().open(NewArchive.builder().resident(r).openedOn(opened).institution(OrgUnitId.of("c"))
        .build()).value().number();
  }

  private static void save(HealthSession officer, ArchiveNumber archive, PopulationGroup group,
      java.util.function.UnaryOperator<PopulationCase.Builder> details) {
    PopulationCase.Builder b = PopulationCase.builder();
    b.id(PopulationCaseId.random()).archive(archive).group(group).team(OrgUnitId.of("t"));
    officer.populations().save(details.apply(b).build(), 0, "enrol");
  }
}
