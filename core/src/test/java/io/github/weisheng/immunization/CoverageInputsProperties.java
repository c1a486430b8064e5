package io.github.weisheng.immunization;

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
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.store.InMemoryRecordStore;
import io.github.weisheng.store.jdbc.H2FileOptions;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reporting inputs of a period are computed in one pass over the scope (residents, then archives
 * side by side with the vaccination records by archive number, doses read from their index
 * entries); whatever the children, their vaccinations, closures and certificates, the answer must
 * be the child-by-child one: each child's own records ({@code recordsOf}) and certificate through
 * {@link ImmunizationCoverage#inputs}, for the children of the programme in scope.
 */
class CoverageInputsProperties {
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);
  /** The earliest birth date generated: over 18 years before the period, so some are too old. */
  private static final LocalDate EARLIEST = LocalDate.of(2005, 6, 1);
  private static final List<String> PRODUCTS = ImmunizationSchedule.defaults().products().stream()
      .map(ProductDefinition::code).toList();
  private static final Principal DOCTOR =
      Principal.of("dr-li", Set.of("immunization-doctor"), Set.of(Fixtures.COMMITTEE_1.value()));

  /** One generated child: committee (0 in scope, 1 not), birth, closure, certificate, doses. */
  private record Child(int committee, int bornDaysAfter, int closedDaysBeforeEnd, boolean certificate,
      List<int[]> doses) {}

  @Test
  void theOnePassAnswerIsTheChildByChildOneInMemory() {
    check(40, InMemoryRecordStore::create);
  }

  @Test
  void theOnePassAnswerIsTheChildByChildOneInTheH2File(@TempDir Path folder) {
    int[] n = {0};
    check(8, () -> JdbcRecordStore.openH2File(folder.resolve("s" + n[0]++), H2FileOptions.defaults()));
  }

  private static void check(int examples, Supplier<RecordStore> stores) {
    int days = (int) (Fixtures.TODAY.toEpochDay() - EARLIEST.toEpochDay());
    qt().withExamples(examples).withShrinkCycles(20)
        .forAll(lists().of(integers().between(0, 1).zip(integers().between(0, days), integers().between(-1, 900),
            booleans().all(), lists().of(integers().between(0, PRODUCTS.size() - 1)
                .zip(integers().between(0, 3000), (p, d) -> new int[] {p, d})).ofSizeBetween(0, 6),
            Child::new)).ofSizeBetween(0, 6))
        .checkAssert(children -> {
          try (RecordStore store = stores.get()) {
            assertAgrees(children, store);
          }
        });
  }

  private static void assertAgrees(List<Child> children, RecordStore store) {
    CommunityHealth health = Fixtures.health(store);
    HealthSession doctor = health.as(DOCTOR);
    List<ArchiveNumber> inScope = new ArrayList<>();
    int sequence = 101;
    for (Child c : children) {
      CommitteeCode committee = c.committee() == 0 ? Fixtures.COMMITTEE_1 : Fixtures.COMMITTEE_2;
      LocalDate born = EARLIEST.plusDays(c.bornDaysAfter());
      HealthSession registrar = health.as(Principal.of("registrar", Set.of("family-doctor", "immunization-doctor"),
          Set.of(committee.value())));
      Resident resident = Fixtures.resident(committee, born, sequence += 2);
      Recorded<io.github.weisheng.archive.HealthArchive> opened = registrar.archives().open(
          NewArchive.builder().resident(resident).openedOn(born).institution(Fixtures.CENTRE).build());
      ArchiveNumber number = opened.value().number();
      for (int[] dose : c.doses()) {
        LocalDate on = born.plusDays(dose[1]);
        if (!on.isAfter(Fixtures.TODAY)) {
          registrar.immunizations().record(VaccinationRecord.builder().id(VaccinationRecordId.random())
              .archive(number).product(PRODUCTS.get(dose[0])).doseNumber(1).date(on).lot("l").site("左上臂")
              .route(Route.INTRAMUSCULAR).institution("i").build());
        }
      }
      if (c.certificate()) {
        registrar.immunizations().recordCertificate(
            VaccinationCertificate.of(number, born.plusDays(c.closedDaysBeforeEnd() % 60 + 1).isAfter(Fixtures.TODAY)
                ? born : born.plusDays(c.closedDaysBeforeEnd() % 60 + 1), "某社区卫生服务中心"), 0);
      }
      LocalDate closedOn = TO.minusDays(c.closedDaysBeforeEnd());
      if (c.closedDaysBeforeEnd() >= 0 && !closedOn.isBefore(born)) {
        registrar.archives().close(number, opened.version(), ArchiveClosure.transferOut(closedOn, "外区", "已交接"));
      }
      if (committee.equals(Fixtures.COMMITTEE_1)) {
        inScope.add(number);
      }
    }

    Map<ArchiveNumber, ChildCoverage> expected = new LinkedHashMap<>();
    ImmunizationCoverage coverage = ImmunizationCoverage.defaults();
    for (ArchiveNumber number : inScope.stream().sorted().toList()) {
      var archive = doctor.archives().find(number).orElseThrow().value();
      Resident resident = doctor.residents().find(archive.resident()).orElseThrow().value();
      boolean child = !resident.birthDate().isAfter(TO)
          && FROM.isBefore(CoverageRules.defaults().childrenUnder().reachedOn(resident.birthDate()));
      boolean closedBefore = archive.closure().map(cl -> cl.on().isBefore(FROM)).orElse(false);
      if (!child || closedBefore) {
        continue;
      }
      VaccinationHistory history = VaccinationHistory.builder().birthDate(resident.birthDate()).sex(resident.sex())
          .addAllDoses(doctor.immunizations().recordsOf(number).stream().map(r -> r.value().toDose())
              .filter(d -> !d.date().isAfter(TO)).toList())
          .situations(SpecialSituations.none()).build();
      expected.put(number, coverage.inputs(number, history,
          doctor.immunizations().certificateOf(number).map(Recorded::value), FROM, TO));
    }
    List<ChildCoverage> actual;
    try (Stream<ChildCoverage> inputs = doctor.immunizations().coverageInputs(FROM, TO, a -> SpecialSituations.none())) {
      actual = inputs.collect(Collectors.toList());
    }
    assertThat(actual).extracting(ChildCoverage::archive).containsExactlyElementsOf(expected.keySet());
    assertThat(actual).containsExactlyElementsOf(expected.values());
  }
}
