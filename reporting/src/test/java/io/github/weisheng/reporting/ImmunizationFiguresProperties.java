package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.immunization.CoverageRules;
import io.github.weisheng.immunization.Route;
import io.github.weisheng.immunization.SpecialSituations;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random infants of three committees in two streets and their HepB and BCG doses, over the first
 * quarter of 2026: every rate stays within [0, 1] and adds up through the levels; 接种率 in children
 * counts each child once (人) while in doses each dose due (人次), so the first never exceeds the
 * second; timely doses never exceed doses received.
 */
class ImmunizationFiguresProperties {
  private static final List<CommitteeCode> COMMITTEES = List.of(CommitteeCode.parse("110105001001"),
      CommitteeCode.parse("110105001002"), CommitteeCode.parse("110105002001"));

  @Test
  void ratesStayInRangeAddUpAndKeepPersonsApartFromPersonTimes() {
    qt().withExamples(15).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      CommunityHealth health = CommunityHealth.builder().store(InMemoryRecordStore.create())
          .accessPolicy(DefaultAccessPolicy.defaults())
          .clock(Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"))).build();
      HealthSession officer = health.as(Principal.of("gw", Set.of("public-health-officer"), Set.of("110105")));
      int children = 1 + random.nextInt(8);
      for (int i = 1; i <= children; i++) {
        LocalDate born = LocalDate.of(2025, 11, 1).plusDays(random.nextInt(120));
        ArchiveNumber child = archive(officer, COMMITTEES.get(random.nextInt(COMMITTEES.size())), born, i);
        LocalDate on = born.plusDays(random.nextInt(4));
        if (random.nextBoolean()) {
          dose(officer, child, "HepB", 1, Route.INTRAMUSCULAR, on);
          if (random.nextBoolean()) {
            dose(officer, child, "HepB", 2, Route.INTRAMUSCULAR, born.plusMonths(1).plusDays(random.nextInt(20)));
          }
        }
        if (random.nextBoolean()) {
          dose(officer, child, "BCG", 1, Route.INTRADERMAL, on);
        }
      }
      ReportingPeriod quarter = ReportingPeriod.containing(ReportingPeriod.Length.QUARTER,
          YearMonth.of(2026, 1).atDay(1));
      ImmunizationFigures persons = ImmunizationFigures.compute(officer, quarter, CertificateBase.ALL_CHILDREN,
          CoverageCounting.CHILDREN, a -> SpecialSituations.none(), CoverageRules.defaults());
      ImmunizationFigures doses = ImmunizationFigures.compute(officer, quarter, CertificateBase.ALL_CHILDREN,
          CoverageCounting.DOSES, a -> SpecialSituations.none(), CoverageRules.defaults());
      persons.all().forEach(AddsUp::check);
      doses.all().forEach(AddsUp::check);
      persons.doseCoverage().values().forEach(AddsUp::check);
      assertThat(persons.certificateRate().rate().denominator()).isEqualTo(children);
      for (String vaccine : persons.coverage().keySet()) {
        IndicatorResult inChildren = persons.coverage().get(vaccine);
        IndicatorResult inDoses = doses.coverage().get(vaccine);
        assertThat(inChildren.definition().counting()).isEqualTo(Counting.PERSONS);
        assertThat(inDoses.definition().counting()).isEqualTo(Counting.PERSON_TIMES);
        assertThat(inChildren.members()).extracting(IndicatorMember::ref).doesNotHaveDuplicates();
        assertThat(inChildren.rate().denominator()).isLessThanOrEqualTo(inDoses.rate().denominator());
        assertThat(inChildren.rate().numerator()).isLessThanOrEqualTo(inDoses.rate().numerator());
      }
      long received = persons.doseCoverage().values().stream().mapToLong(r -> r.rate().numerator()).sum();
      long due = persons.doseCoverage().values().stream().mapToLong(r -> r.rate().denominator()).sum();
      assertThat(persons.timelyRate().rate().numerator()).isLessThanOrEqualTo(received);
      assertThat(persons.timelyRate().rate().denominator()).isEqualTo(due);
    });
  }

  private static ArchiveNumber archive(HealthSession officer, CommitteeCode committee, LocalDate birth, int n) {
    CitizenId id = CitizenId.of("110105", birth, n);
    Resident r = Resident.builder().id(ResidentId.parse("r-" + n)).name("儿童" + n).sex(id.sex()).birthDate(birth)
        .citizenId(id).address("南大街" + n + "号").committee(committee).residencyType(ResidencyType.REGISTERED)
        .livesHalfYearOrMore(true).build();
    return officer.archives().open(NewArchive.builder().resident(r).openedOn(birth).institution(OrgUnitId.of("c"))
        .build()).value().number();
  }

  private static void dose(HealthSession officer, ArchiveNumber child, String product, int n, Route route,
      LocalDate on) {
    officer.immunizations().record(VaccinationRecord.builder().id(VaccinationRecordId.random()).archive(child)
        .product(product).doseNumber(n).date(on).lot("L").site("左上臂").route(route).institution("接种门诊").build());
  }
}
