package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.internal.Kinds;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Vaccination records through the storage SPI, the assessment from them and the school-entry check. */
class ImmunizationServiceTest {
  private static final Principal IMMUNIZATION_DOCTOR =
      Principal.of("dr-li", Set.of("immunization-doctor"), Set.of(Fixtures.COMMITTEE_1.value()));
  private static final Principal OTHER_COMMITTEE =
      Principal.of("dr-zhao", Set.of("immunization-doctor"), Set.of(Fixtures.COMMITTEE_2.value()));
  /** Born 2019-03-01: six on 2025-03-01; "today" is 2026-06-30. */
  private static final LocalDate BORN = d("2019-03-01");

  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);
  private final ImmunizationService service = health.as(IMMUNIZATION_DOCTOR).immunizations();
  private final ArchiveNumber child = openArchive();

  private ArchiveNumber openArchive() {
    Resident resident = Fixtures.resident(Fixtures.COMMITTEE_1, BORN, 101);
    NewArchive request = NewArchive.builder().resident(resident).openedOn(BORN).institution(Fixtures.CENTRE).build();
    Principal registrar = Principal.of("registrar", Set.of("family-doctor"), Set.of(Fixtures.COMMITTEE_1.value()));
    return health.as(registrar).archives().open(request).value().number();
  }

  private VaccinationRecord.Builder given(String product, int dose, String date) {
    return given(product, dose, date, Route.INTRAMUSCULAR);
  }

  private VaccinationRecord.Builder given(String product, int dose, String date, Route route) {
    return VaccinationRecord.builder().id(VaccinationRecordId.random()).archive(child).product(product)
        .doseNumber(dose).date(d(date)).lot("202401A").site("左上臂").route(route)
        .institution("朝阳区某社区卫生服务中心预防接种门诊");
  }

  private void recordAll(String... productDates) {
    for (int i = 0; i < productDates.length; i += 2) {
      service.record(given(productDates[i], 1, productDates[i + 1]).build());
    }
  }

  @Test
  void recordsArePersistedAndReadBackByArchive() {
    Recorded<VaccinationRecord> r = service.record(given("HepB", 1, "2019-03-01").build());
    assertThat(r.version()).isEqualTo(1);
    assertThat(r.recordedBy()).isEqualTo("dr-li");
    assertThat(service.find(r.value().id())).contains(r);
    service.record(given("BCG", 1, "2019-03-01", Route.INTRADERMAL).build());
    service.record(given("HepB", 2, "2019-04-01").adverseReaction("发热 37.8℃").build());
    List<Recorded<VaccinationRecord>> all = service.recordsOf(child);
    assertThat(all).hasSize(3);
    assertThat(all.get(2).value().adverseReaction()).contains("发热 37.8℃");
    try (Stream<?> s = store.scan(Kinds.IMMUNIZATION_RECORD, ScopeFilter.all())) {
      assertThat(s.count()).isEqualTo(3);
    }
  }

  @Test
  void theAssessmentUsesTheResidentsBirthDateAndTheStoredRecords() {
    recordAll("HepB", "2019-03-01", "BCG", "2019-03-01", "HepB", "2019-04-01", "IPV", "2019-05-01",
        "IPV", "2019-06-01", "DTaP", "2019-06-01", "bOPV", "2019-07-01", "DTaP", "2019-07-01", "DTaP", "2019-08-01",
        "HepB", "2019-09-01", "MPSV-A", "2019-09-01", "MMR", "2019-11-01", "JE-L", "2019-11-01",
        "MPSV-A", "2019-12-01", "MMR", "2020-09-01", "DTaP", "2020-09-01", "HepA-L", "2020-09-01",
        "JE-L", "2021-03-01", "MPSV-AC", "2022-03-01", "bOPV", "2023-03-01");
    ImmunizationAssessment a = service.assess(child, SpecialSituations.none(), d("2025-03-01"));
    assertThat(a.recommendation("DTP").orElseThrow().status()).isEqualTo(ForecastStatus.DUE);
    assertThat(a.recommendation("MenAC").orElseThrow().status()).isEqualTo(ForecastStatus.DUE);
    assertThat(a.givableToday()).extracting(ImmunizationRecommendation::group).containsExactly("DTP", "MenAC");
    // Records dated after the assessment date are not part of it.
    ImmunizationAssessment earlier = service.assess(child, SpecialSituations.none(), d("2022-01-01"));
    assertThat(earlier.evaluations("MenAC")).isEmpty();
    assertThat(earlier.evaluations("polio")).hasSize(3);
  }

  @Test
  void theSchoolEntryCheckListsTheDosesToCatchUp() {
    recordAll("HepB", "2019-03-01", "BCG", "2019-03-01", "HepB", "2019-04-01", "IPV", "2019-05-01",
        "IPV", "2019-06-01", "DTaP", "2019-06-01", "bOPV", "2019-07-01", "DTaP", "2019-07-01", "DTaP", "2019-08-01",
        "HepB", "2019-09-01", "MPSV-A", "2019-09-01", "MMR", "2019-11-01", "JE-L", "2019-11-01",
        "MPSV-A", "2019-12-01", "MMR", "2020-09-01", "DTaP", "2020-09-01", "HepA-L", "2020-09-01",
        "JE-L", "2021-03-01", "MPSV-AC", "2022-03-01");
    SchoolEntryCheck check = service.schoolEntryCheck(child, SpecialSituations.none(), d("2025-09-01"), d("2025-09-10"));
    assertThat(check.isComplete()).isFalse();
    assertThat(check.dosesToCatchUp()).extracting(ImmunizationRecommendation::group)
        .containsExactly("polio", "DTP", "MenAC");
    assertThat(check.assessmentDueBy()).isEqualTo(d("2025-10-01"));
    assertThat(check.recheckBy()).isEqualTo(d("2025-12-31"));
    recordAll("bOPV", "2025-09-10", "DTaP", "2025-09-10", "MPSV-AC", "2025-09-10");
    assertThat(service.schoolEntryCheck(child, SpecialSituations.none(), d("2025-09-01"), d("2025-09-10")).isComplete())
        .isTrue();
  }

  @Test
  void recordsAreCheckedAgainstTodayTheBirthDateAndTheSchedule() {
    assertRules(() -> service.record(given("XYZ", 1, "2026-07-01").build()),
        "vaccinationRecord.date [immunization.record.future]",
        "vaccinationRecord.product [immunization.dose.unknownProduct]");
    assertRules(() -> service.record(given("HepB", 1, "2019-02-28").build()),
        "vaccinationRecord.date [immunization.record.beforeBirth]");
    assertThat(service.recordsOf(child)).isEmpty();
    VaccinationRecord elsewhere = VaccinationRecord.builder().id(VaccinationRecordId.random())
        .archive(ArchiveNumber.parse(child.value().substring(0, 12) + "99999")).product("HepB").doseNumber(1)
        .date(d("2020-01-01")).lot("x").site("x").route(Route.INTRAMUSCULAR).institution("x").build();
    assertThatThrownBy(() -> service.record(elsewhere)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void anotherCommitteesDoctorIsRefused() {
    VaccinationRecord r = given("HepB", 1, "2019-03-01").build();
    ImmunizationService other = health.as(OTHER_COMMITTEE).immunizations();
    assertThatThrownBy(() -> other.record(r)).isInstanceOf(AccessDeniedException.class);
    service.record(r);
    assertThatThrownBy(() -> other.recordsOf(child)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> other.assess(child, SpecialSituations.none(), d("2025-01-01")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aHostScheduleCanBeUsed() {
    ImmunizationSchedule host = ImmunizationSchedule.defaults().extendedWith("host", List.of(
        ProductDefinition.builder().code("EV71").name("肠道病毒71型灭活疫苗").live(false)
            .route(Route.INTRAMUSCULAR).addAntigen("EV71").build()), List.of());
    ImmunizationService withHost = health.as(IMMUNIZATION_DOCTOR).immunizations(host);
    withHost.record(given("EV71", 1, "2019-09-01").build());
    assertRules(() -> service.record(given("EV71", 2, "2019-10-01").build()),
        "vaccinationRecord.product [immunization.dose.unknownProduct]");
  }

  private ArchiveNumber openArchive(io.github.weisheng.org.CommitteeCode committee, String born, int sequence) {
    Resident resident = Fixtures.resident(committee, d(born), sequence);
    NewArchive request = NewArchive.builder().resident(resident).openedOn(d(born)).institution(Fixtures.CENTRE).build();
    Principal registrar = Principal.of("registrar", Set.of("family-doctor"), Set.of(committee.value()));
    return health.as(registrar).archives().open(request).value().number();
  }

  private List<AuditEvent> audit(String kind) {
    JsonCodec json = JsonCodec.create();
    try (Stream<io.github.weisheng.spi.storage.StoredRecord> s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class)).filter(e -> e.kind().equals(kind))
          .collect(Collectors.toList());
    }
  }

  @Test
  void theCertificateIsRecordedReissuedAndRead() {
    VaccinationCertificate first = VaccinationCertificate.of(child, d("2019-03-20"), "朝阳区某社区卫生服务中心");
    Recorded<VaccinationCertificate> v1 = service.recordCertificate(first, 0);
    assertThat(v1.version()).isEqualTo(1);
    assertThat(service.certificateOf(child)).contains(v1);
    VaccinationCertificate reissued = VaccinationCertificate.of(child, d("2024-05-06"), "朝阳区某社区卫生服务中心");
    assertThat(service.recordCertificate(reissued, 1).version()).isEqualTo(2);
    assertThat(service.certificateOf(child).orElseThrow().value()).isEqualTo(reissued);
    assertThatThrownBy(() -> service.recordCertificate(first, 0)).isInstanceOf(StaleRecordException.class);
    assertRules(() -> service.recordCertificate(VaccinationCertificate.of(child, d("2026-07-01"), "x"), 2),
        "vaccinationCertificate.issuedOn [immunization.certificate.future]");
    assertRules(() -> service.recordCertificate(VaccinationCertificate.of(child, d("2019-02-28"), "x"), 2),
        "vaccinationCertificate.issuedOn [immunization.certificate.beforeBirth]");
    ImmunizationService other = health.as(OTHER_COMMITTEE).immunizations();
    assertThatThrownBy(() -> other.certificateOf(child)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> other.recordCertificate(reissued, 2)).isInstanceOf(AccessDeniedException.class);
    assertThat(audit(Kinds.IMMUNIZATION_CERTIFICATE)).extracting(AuditEvent::action, AuditEvent::outcome)
        .contains(tuple(Action.CREATE, Outcome.SUCCEEDED), tuple(Action.AMEND, Outcome.SUCCEEDED),
            tuple(Action.READ, Outcome.DENIED));
  }

  @Test
  void theCardComesFromTheStoredRecords() {
    recordAll("HepB", "2019-03-01", "BCG", "2019-03-01", "HepB", "2019-04-01");
    // The bundled schedule starts with the 2021 edition: the card of a child born 2019 is read in 2021.
    VaccinationCard card = service.card(child, SpecialSituations.none(), d("2021-03-01"));
    assertThat(card.byGroup().get("HepB")).extracting(CardDose::doseNumber).containsExactly(Optional.of(1), Optional.of(2));
    assertThat(card.nextDoses()).extracting(ImmunizationRecommendation::group).contains("HepB", "polio", "DTP");
    assertThatThrownBy(() -> health.as(OTHER_COMMITTEE).immunizations().card(child, SpecialSituations.none(), d("2021-03-01")))
        .isInstanceOf(AccessDeniedException.class);
  }

  private static VaccinationRecord dose(ArchiveNumber archive, String product, String date) {
    return VaccinationRecord.builder().id(VaccinationRecordId.random()).archive(archive).product(product)
        .doseNumber(1).date(d(date)).lot("l").site("左上臂").route(Route.INTRAMUSCULAR).institution("i").build();
  }

  @Test
  void theRecordsOfAPeriodAreEveryDoseDatedInItInTheScopesValidOrNot() {
    ArchiveNumber adult = openArchive(Fixtures.COMMITTEE_1, "1980-06-01", 105);
    ArchiveNumber elsewhere = openArchive(Fixtures.COMMITTEE_2, "2020-05-01", 109);
    Recorded<VaccinationRecord> first = service.record(given("HepB", 1, "2021-01-01").build());
    Recorded<VaccinationRecord> last = service.record(given("MMR", 1, "2021-12-31").build());
    // a second HepB dose three days after the first: not valid, still a dose given
    Recorded<VaccinationRecord> tooSoon = service.record(given("HepB", 2, "2021-01-04").build());
    Recorded<VaccinationRecord> grownUp = service.record(dose(adult, "HepB", "2021-06-01"));
    service.record(given("BCG", 1, "2020-12-31", Route.INTRADERMAL).build());
    service.record(given("HepA-L", 1, "2022-01-01").build());
    health.as(OTHER_COMMITTEE).immunizations().record(dose(elsewhere, "HepB", "2021-06-01"));
    try (Stream<Recorded<VaccinationRecord>> s = service.recordedBetween(d("2021-01-01"), d("2021-12-31"))) {
      assertThat(s.toList()).containsExactlyInAnyOrder(first, last, tooSoon, grownUp);
    }
    try (Stream<Recorded<VaccinationRecord>> s = service.recordedBetween(d("2021-12-31"), d("2021-12-31"))) {
      assertThat(s.toList()).containsExactly(last);
    }
    try (Stream<Recorded<VaccinationRecord>> s = health.as(OTHER_COMMITTEE).immunizations()
        .recordedBetween(d("2021-01-01"), d("2021-12-31"))) {
      assertThat(s.count()).isEqualTo(1);
    }
    // one audited report per call, not one read per record
    assertThat(audit(Kinds.IMMUNIZATION_RECORD)).filteredOn(e -> e.principalId().equals("dr-li"))
        .filteredOn(e -> e.action() != Action.CREATE)
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(tuple(Action.REPORT, Outcome.SUCCEEDED), tuple(Action.REPORT, Outcome.SUCCEEDED));
    Principal statistician = Principal.of("stat", Set.of("statistician"), Set.of(Fixtures.COMMITTEE_1.value()));
    assertThatThrownBy(() -> health.as(statistician).immunizations().recordedBetween(d("2021-01-01"), d("2021-12-31")))
        .isInstanceOf(AccessDeniedException.class);
    assertRules(() -> service.recordedBetween(d("2021-12-31"), d("2021-01-01")), "period [immunization.coverage.period]");
  }

  @Test
  void theRecordsOfAPeriodAreCountedWithoutBeingReadAndAnAggregateRoleMayCountThem() {
    ArchiveNumber adult = openArchive(Fixtures.COMMITTEE_1, "1980-06-01", 105);
    ArchiveNumber elsewhere = openArchive(Fixtures.COMMITTEE_2, "2020-05-01", 109);
    service.record(given("HepB", 1, "2021-01-01").build());
    service.record(given("MMR", 1, "2021-12-31").build());
    service.record(given("HepB", 2, "2021-01-04").build());
    service.record(dose(adult, "HepB", "2021-06-01"));
    service.record(given("BCG", 1, "2020-12-31", Route.INTRADERMAL).build());
    service.record(given("HepA-L", 1, "2022-01-01").build());
    health.as(OTHER_COMMITTEE).immunizations().record(dose(elsewhere, "HepB", "2021-06-01"));
    assertThat(service.countRecordedBetween(d("2021-01-01"), d("2021-12-31"))).isEqualTo(4);
    assertThat(service.countRecordedBetween(d("2021-12-31"), d("2021-12-31"))).isEqualTo(1);
    assertThat(service.countRecordedBetween(d("2020-01-01"), d("2022-12-31"))).isEqualTo(6);
    assertThat(health.as(OTHER_COMMITTEE).immunizations().countRecordedBetween(d("2021-01-01"), d("2021-12-31")))
        .isEqualTo(1);
    Principal statistician = Principal.of("stat", Set.of("statistician"), Set.of(Fixtures.COMMITTEE_1.value()));
    assertThat(health.as(statistician).immunizations().countRecordedBetween(d("2021-01-01"), d("2021-12-31")))
        .isEqualTo(4);
    // one audited report per count, on de-identified data
    assertThat(audit(Kinds.IMMUNIZATION_RECORD)).filteredOn(e -> e.principalId().equals("stat"))
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(tuple(Action.REPORT, Outcome.SUCCEEDED));
    assertRules(() -> service.countRecordedBetween(d("2021-12-31"), d("2021-01-01")),
        "period [immunization.coverage.period]");
  }

  @Test
  void theReportingInputsAreStreamedForTheChildrenInScope() {
    ArchiveNumber infant = openArchive(Fixtures.COMMITTEE_1, "2021-03-15", 103);
    openArchive(Fixtures.COMMITTEE_1, "1980-06-01", 105); // an adult: not a child of the programme
    openArchive(Fixtures.COMMITTEE_1, "2022-02-01", 107); // born after the period
    openArchive(Fixtures.COMMITTEE_2, "2021-05-01", 109); // another committee
    ImmunizationService forInfant = service;
    forInfant.record(VaccinationRecord.builder().id(VaccinationRecordId.random()).archive(infant).product("HepB")
        .doseNumber(1).date(d("2021-03-15")).lot("l").site("左上臂").route(Route.INTRAMUSCULAR).institution("i").build());
    service.recordCertificate(VaccinationCertificate.of(infant, d("2021-04-01"), "某社区卫生服务中心"), 0);
    List<ChildCoverage> inputs;
    try (Stream<ChildCoverage> s = service.coverageInputs(d("2021-01-01"), d("2021-12-31"), a -> SpecialSituations.none())) {
      inputs = s.collect(Collectors.toList());
    }
    assertThat(inputs).extracting(ChildCoverage::archive).containsExactlyInAnyOrder(child, infant);
    ChildCoverage baby = inputs.stream().filter(c -> c.archive().equals(infant)).findFirst().orElseThrow();
    assertThat(baby.certificateTimely()).isTrue();
    assertThat(baby.doses("HepB").get(0).received()).isTrue();
    assertThat(baby.doses("HepB").get(1).reasons()).extracting(CoverageReason::rule).containsExactly(CoverageReason.NOT_RECEIVED);
    ChildCoverage older = inputs.stream().filter(c -> c.archive().equals(child)).findFirst().orElseThrow();
    assertThat(older.certificateHeld()).isFalse();
    // Born 2019-03-01: in 2021 only JE-L dose 2 (2 years, 2021-03-01) falls due.
    assertThat(older.dueInPeriod()).extracting(l -> l.group() + " " + l.doseNumber()).containsExactly("JE 2");
    assertThat(audit(Kinds.IMMUNIZATION_RECORD)).extracting(AuditEvent::action, AuditEvent::outcome)
        .containsOnlyOnce(tuple(Action.REPORT, Outcome.SUCCEEDED));
    try (Stream<ChildCoverage> s = health.as(OTHER_COMMITTEE).immunizations()
        .coverageInputs(d("2021-01-01"), d("2021-12-31"), a -> SpecialSituations.none())) {
      assertThat(s.count()).isEqualTo(1);
    }
    Principal statistician = Principal.of("stat", Set.of("statistician"), Set.of(Fixtures.COMMITTEE_1.value()));
    assertThatThrownBy(() -> health.as(statistician).immunizations()
        .coverageInputs(d("2021-01-01"), d("2021-12-31"), a -> SpecialSituations.none()))
        .isInstanceOf(AccessDeniedException.class);
    assertRules(() -> service.coverageInputs(d("2021-12-31"), d("2021-01-01"), a -> SpecialSituations.none()),
        "period [immunization.coverage.period]");
  }
}
