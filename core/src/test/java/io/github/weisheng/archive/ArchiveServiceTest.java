package io.github.weisheng.archive;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.COMMITTEE_2;
import static io.github.weisheng.Fixtures.OTHER_STREET;
import static io.github.weisheng.Fixtures.TODAY;
import static io.github.weisheng.Fixtures.doctor;
import static io.github.weisheng.Fixtures.newArchive;
import static io.github.weisheng.Fixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.store.InMemoryRecordStore;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArchiveServiceTest {
  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);
  private final HealthSession doctor = health.as(doctor());

  private long count(String kind) {
    try (Stream<?> s = store.scan(kind, ScopeFilter.all())) {
      return s.count();
    }
  }

  private List<AuditEvent> audit() {
    JsonCodec json = JsonCodec.create();
    try (var s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class)).collect(Collectors.toList());
    }
  }

  @Test
  void numbersAreCommitteeCodePlusSerialAllocatedInOrderPerCommittee() {
    var first = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    var second = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1960, 4, 2), 12)));
    var elsewhere = doctor.archives().open(newArchive(resident(COMMITTEE_2, LocalDate.of(1970, 5, 3), 13)));

    assertThat(first.value().number().value()).isEqualTo("110105001001" + "00001");
    assertThat(second.value().number().value()).isEqualTo("110105001001" + "00002");
    assertThat(elsewhere.value().number().value()).isEqualTo("110105001002" + "00001");
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.recordedBy()).isEqualTo("dr-wang");
    assertThat(first.value().status()).isEqualTo(ArchiveStatus.ACTIVE);
    assertThat(doctor.archives().find(first.value().number())).contains(first);
  }

  @Test
  void aSecondArchiveForTheSameIdNumberIsRefusedWithAPointerAndNothingIsWritten() {
    Resident original = resident(COMMITTEE_1, LocalDate.of(1949, 12, 31), 2);
    var existing = doctor.archives().open(newArchive(original));
    long archives = count("archive");
    long residents = count("resident");

    Resident sameNumber = resident(COMMITTEE_2, LocalDate.of(1949, 12, 31), 2);
    var e = catchThrowableOfType(RuleViolationException.class, () -> doctor.archives().open(newArchive(sameNumber)));

    assertThat(e.violates("archive.duplicate")).isTrue();
    assertThat(e.violations().get(0).field()).isEqualTo("resident.citizenId");
    assertThat(e.violations().get(0).arguments()).containsExactly(existing.value().number().value());
    assertThat(e.getMessage()).contains(existing.value().number().value())
        .doesNotContain(original.citizenId().orElseThrow().value()).doesNotContain("张三");
    assertThat(count("archive")).isEqualTo(archives);
    assertThat(count("resident")).isEqualTo(residents);
    // the serial was not consumed: the next archive in committee 2 is its first
    var next = doctor.archives().open(newArchive(resident(COMMITTEE_2, LocalDate.of(1980, 1, 1), 5)));
    assertThat(next.value().number().serial()).isEqualTo(1);
  }

  @Test
  void theLegacyFifteenDigitFormOfAnArchivedNumberFindsAndBlocksTheSameArchive() {
    // 110105 + 491231 + 002: the 15-digit form of 11010519491231002X (GB 11643-1999 example)
    Resident original = resident(COMMITTEE_1, LocalDate.of(1949, 12, 31), 2);
    assertThat(original.citizenId().orElseThrow().value()).isEqualTo("11010519491231002X");
    var existing = doctor.archives().open(newArchive(original));

    CitizenId legacy = CitizenId.parse("110105491231002");
    assertThat(doctor.archives().findByCitizenId(legacy)).contains(existing);

    Resident withLegacy = original.withId(ResidentId.random()).withCitizenId(Optional.of(legacy));
    assertThatThrownBy(() -> doctor.archives().open(newArchive(withLegacy)))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violates("archive.duplicate")).isTrue());
  }

  @Test
  void aResidentWithAnArchiveCannotGetASecondOneEvenWithoutAnIdNumber() {
    Resident newborn = resident(COMMITTEE_1, LocalDate.of(2026, 6, 1), 3);
    Resident noId = Resident.builder()
        .id(newborn.id()).name("宝宝").sex(newborn.sex()).birthDate(newborn.birthDate())
        .address("朝阳区某街道1号楼101").committee(COMMITTEE_1)
        .residencyType(newborn.residencyType()).livesHalfYearOrMore(true).build();
    doctor.archives().open(newArchive(noId));
    assertThatThrownBy(() -> doctor.archives().open(newArchive(noId)))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
          assertThat(ex.violates("archive.duplicate")).isTrue();
          assertThat(ex.violations().get(0).field()).isEqualTo("resident.id");
        });
  }

  @Test
  void datesAreCheckedAgainstTheClockAndTheBirthDate() {
    Resident resident = resident(COMMITTEE_1, LocalDate.of(1990, 1, 1), 7);
    NewArchive future = NewArchive.builder().resident(resident).openedOn(TODAY.plusDays(1))
        .institution(Fixtures.CENTRE).build();
    NewArchive beforeBirth = NewArchive.builder().resident(resident).openedOn(LocalDate.of(1989, 12, 31))
        .institution(Fixtures.CENTRE).build();

    assertThatThrownBy(() -> doctor.archives().open(future))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violates("archive.openedInFuture")).isTrue());
    assertThatThrownBy(() -> doctor.archives().open(beforeBirth))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violates("archive.bornAfterOpening")).isTrue());
    assertThat(count("archive")).isZero();
  }

  @Test
  void amendmentsKeepEveryVersionWithWhoWhenAndWhy() {
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    ArchiveNumber number = opened.value().number();
    PersonalInformationForm amended = PersonalInformationForm.builder()
        .bloodType(PersonalInformationForm.BloodType.AB)
        .addDrugAllergy(PersonalInformationForm.DrugAllergy.PENICILLIN)
        .build();

    var v2 = doctor.archives().amendForm(number, 1, amended, "血型复查");
    var history = doctor.archives().history(number);

    assertThat(v2.version()).isEqualTo(2);
    assertThat(history).extracting(Recorded::version).containsExactly(1L, 2L);
    assertThat(history).extracting(Recorded::reason).containsExactly("archive.open", "血型复查");
    assertThat(history.get(0).value().form().bloodType()).isEqualTo(PersonalInformationForm.BloodType.UNKNOWN);
    assertThat(history.get(1).value().form()).isEqualTo(amended);
  }

  @Test
  void anAmendmentBasedOnAStaleVersionIsRejectedAndWritesNothing() {
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    ArchiveNumber number = opened.value().number();
    doctor.archives().amendForm(number, 1, PersonalInformationForm.empty(), "first edit");

    var e = catchThrowableOfType(StaleRecordException.class,
        () -> doctor.archives().amendForm(number, 1, PersonalInformationForm.empty(), "concurrent edit"));

    assertThat(e.expectedVersion()).isEqualTo(1);
    assertThat(e.actualVersion()).isEqualTo(2);
    assertThat(doctor.archives().history(number)).hasSize(2);
  }

  @Test
  void deathClosesForGoodAndAClosedArchiveCannotBeAmended() {
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1930, 3, 1), 11)));
    ArchiveNumber number = opened.value().number();

    var closed = doctor.archives().close(number, 1, ArchiveClosure.death(TODAY, "脑卒中"));

    assertThat(closed.value().status()).isEqualTo(ArchiveStatus.DECEASED);
    assertThat(closed.reason()).isEqualTo("archive.close.death");
    assertThatThrownBy(() -> doctor.archives().amendForm(number, 2, PersonalInformationForm.empty(), "edit"))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violates("archive.notActive")).isTrue());
    assertThatThrownBy(() -> doctor.archives().reopen(number, 2, "mistake"))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violates("archive.cannotReopen")).isTrue());
    assertThatThrownBy(() -> doctor.archives().close(number, 2, ArchiveClosure.lostToFollowUp(TODAY, "无法联系")))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violates("archive.notActive")).isTrue());
  }

  @Test
  void aTransferredOutArchiveCanBeReopenedWhenTheResidentComesBack() {
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1980, 3, 1), 11)));
    ArchiveNumber number = opened.value().number();

    var out = doctor.archives().close(number, 1,
        ArchiveClosure.transferOut(TODAY, "上海市徐汇区某社区卫生服务中心", "纸质档案及电子档案已移交，接收人李医生"));
    var back = doctor.archives().reopen(number, 2, "迁回本辖区");

    assertThat(out.value().status()).isEqualTo(ArchiveStatus.TRANSFERRED_OUT);
    assertThat(back.value().status()).isEqualTo(ArchiveStatus.ACTIVE);
    assertThat(back.version()).isEqualTo(3);
  }

  @Test
  void aVoidedArchiveFreesTheIdNumberForACorrectArchive() {
    Resident resident = resident(COMMITTEE_1, LocalDate.of(1980, 3, 1), 11);
    var wrong = doctor.archives().open(newArchive(resident));
    doctor.archives().close(wrong.value().number(), 1,
        ArchiveClosure.cancellation(ClosureReason.VOID, TODAY, "重复建档"));

    Resident again = resident.withId(ResidentId.random());
    var right = doctor.archives().open(newArchive(again));

    assertThat(right.value().number().serial()).isEqualTo(2);
    assertThat(doctor.archives().findByCitizenId(resident.citizenId().orElseThrow())).contains(right);
  }

  @Test
  void serviceRecordsMakeAnArchiveDynamicWithinTheWindow() {
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    ArchiveNumber number = opened.value().number();
    assertThat(doctor.archives().latestCountingService(number, TODAY)).isEmpty();

    // 12-month window ending 2026-06-30 starts 2025-07-01
    doctor.archives().recordService(ServiceRecord.of(number, LocalDate.of(2025, 6, 30), ServiceType.FOLLOW_UP, Fixtures.CENTRE));
    assertThat(doctor.archives().latestCountingService(number, TODAY)).isEmpty();

    doctor.archives().recordService(ServiceRecord.of(number, LocalDate.of(2025, 7, 1), ServiceType.HEALTH_CHECK, Fixtures.CENTRE));
    doctor.archives().recordService(ServiceRecord.of(number, LocalDate.of(2026, 2, 14), ServiceType.CONSULTATION, Fixtures.CENTRE));
    assertThat(doctor.archives().latestCountingService(number, TODAY)).contains(LocalDate.of(2026, 2, 14));
    assertThat(doctor.archives().latestCountingService(number, LocalDate.of(2025, 12, 31))).contains(LocalDate.of(2025, 7, 1));

    assertThatThrownBy(() -> doctor.archives().recordService(
            ServiceRecord.of(number, TODAY.plusDays(1), ServiceType.FOLLOW_UP, Fixtures.CENTRE)))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violates("serviceRecord.dateInFuture")).isTrue());
  }

  @Test
  void theLatestCountingServiceOfEveryArchiveInOneAuditedSearch() {
    ArchiveNumber served = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 21)))
        .value().number();
    ArchiveNumber stale = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1951, 3, 1), 22)))
        .value().number();
    ArchiveNumber never = doctor.archives().open(newArchive(resident(COMMITTEE_2, LocalDate.of(1952, 3, 1), 23)))
        .value().number();
    ArchiveNumber other = doctor.archives().open(newArchive(resident(COMMITTEE_2, LocalDate.of(1953, 3, 1), 24)))
        .value().number();
    doctor.archives().recordService(ServiceRecord.of(served, LocalDate.of(2025, 7, 1), ServiceType.HEALTH_CHECK, Fixtures.CENTRE));
    doctor.archives().recordService(ServiceRecord.of(served, LocalDate.of(2026, 2, 14), ServiceType.FOLLOW_UP, Fixtures.CENTRE));
    doctor.archives().recordService(ServiceRecord.of(stale, LocalDate.of(2025, 6, 30), ServiceType.FOLLOW_UP, Fixtures.CENTRE));
    doctor.archives().recordService(ServiceRecord.of(other, LocalDate.of(2026, 6, 30), ServiceType.CONSULTATION, Fixtures.CENTRE));
    int before = audit().size();

    Map<ArchiveNumber, LocalDate> all = doctor.archives().latestCountingServices(TODAY);

    // One search, one audit event.
    assertThat(audit()).hasSize(before + 1)
        .filteredOn(e -> e.action() == Action.SEARCH && e.kind().equals("archive.service")).hasSize(1);

    // The 12-month window ending 2026-06-30 starts 2025-07-01: the same answers as archive by archive.
    assertThat(all).containsOnly(Map.entry(served, LocalDate.of(2026, 2, 14)), Map.entry(other, TODAY));
    for (ArchiveNumber n : List.of(served, stale, never, other)) {
      assertThat(Optional.ofNullable(all.get(n))).isEqualTo(doctor.archives().latestCountingService(n, TODAY));
    }
    assertThat(doctor.archives().latestCountingServices(LocalDate.of(2025, 12, 31)))
        .containsOnly(Map.entry(served, LocalDate.of(2025, 7, 1)), Map.entry(stale, LocalDate.of(2025, 6, 30)));
    // Only the principal's scopes.
    HealthSession committeeOne = health.as(Principal.of("dr-chen", Set.of("family-doctor"), Set.of(COMMITTEE_1.value())));
    assertThat(committeeOne.archives().latestCountingServices(TODAY)).containsOnlyKeys(served);
  }

  /**
   * Under the default policy the search takes each service's archive and date from its index entry
   * and decodes no body; under a policy that counts only some types it decodes every body. Either
   * way its answer must be the archive-by-archive one, and what a plain model over the recorded
   * services gives, for any services and any as-of date.
   */
  @Test
  void theSearchAgreesWithEveryServiceRecordedUnderAnyPolicy() {
    ServiceType[] types = ServiceType.values();
    qt().withExamples(30)
        .forAll(lists().of(integers().between(0, 2).zip(integers().between(0, 800), integers().between(0, types.length - 1),
            (archive, daysBack, type) -> new int[] {archive, daysBack, type})).ofSizeBetween(0, 12),
            integers().between(0, 500), booleans().all())
        .checkAssert((services, asOfBack, restricted) -> {
          DynamicArchivePolicy policy = restricted
              ? DynamicArchivePolicy.of(java.time.Period.ofMonths(6), Set.of(ServiceType.HEALTH_CHECK, ServiceType.FOLLOW_UP))
              : DynamicArchivePolicy.defaults();
          HealthSession session = CommunityHealth.builder().store(InMemoryRecordStore.create())
              .accessPolicy(io.github.weisheng.access.DefaultAccessPolicy.defaults()).clock(Fixtures.CLOCK)
              .dynamicArchivePolicy(policy).build().as(doctor());
          List<ArchiveNumber> numbers = new ArrayList<>();
          for (int i = 0; i < 3; i++) {
            Resident resident = resident(COMMITTEE_1, LocalDate.of(1950, 3, 1).plusDays(i), 31 + i);
            numbers.add(session.archives().open(NewArchive.builder().resident(resident)
                .openedOn(TODAY.minusDays(900)).institution(Fixtures.CENTRE).build()).value().number());
          }
          List<ServiceRecord> recorded = new ArrayList<>();
          for (int[] s : services) {
            ServiceRecord service = ServiceRecord.of(numbers.get(s[0]), TODAY.minusDays(s[1]), types[s[2]], Fixtures.CENTRE);
            session.archives().recordService(service);
            recorded.add(service);
          }
          LocalDate asOf = TODAY.minusDays(asOfBack);

          Map<ArchiveNumber, LocalDate> expected = new java.util.HashMap<>();
          for (ServiceRecord service : recorded) {
            if (policy.counts(service, asOf)) {
              expected.merge(service.archive(), service.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
          }
          Map<ArchiveNumber, LocalDate> all = session.archives().latestCountingServices(asOf);
          assertThat(all).isEqualTo(expected);
          for (ArchiveNumber n : numbers) {
            assertThat(Optional.ofNullable(all.get(n))).isEqualTo(session.archives().latestCountingService(n, asOf));
          }
        });
  }

  @Test
  void principalsOutsideTheScopeOrWithoutAHealthRoleAreDeniedAndTheDenialIsAudited() {
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    HealthSession otherStreet = health.as(Principal.of("dr-li", Set.of("family-doctor"), Set.of(OTHER_STREET.value())));
    HealthSession cadre = health.as(Principal.of("cadre-zhao", Set.of("committee-cadre"), Set.of("110105001")));

    assertThatThrownBy(() -> otherStreet.archives().find(opened.value().number()))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.action()).isEqualTo(Action.READ);
          assertThat(e.rule()).isEqualTo("scope.outside");
        });
    assertThatThrownBy(() -> cadre.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1990, 1, 1), 21))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(otherStreet.archives().findByCitizenId(
        CitizenId.of("110105", LocalDate.of(1950, 3, 1), 11))).isEmpty();

    List<AuditEvent> events = audit();
    assertThat(events).anySatisfy(e -> {
      assertThat(e.principalId()).isEqualTo("dr-li");
      assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
      assertThat(e.recordId()).isEqualTo(opened.value().number().value());
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.principalId()).isEqualTo("cadre-zhao");
      assertThat(e.action()).isEqualTo(Action.CREATE);
      assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.principalId()).isEqualTo("dr-wang");
      assertThat(e.action()).isEqualTo(Action.CREATE);
      assertThat(e.outcome()).isEqualTo(Outcome.SUCCEEDED);
    });
  }

  @Test
  void everyReadOfPersonalDataAndEveryFailureIsAuditedWithoutPersonalData() {
    Resident resident = resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11);
    var opened = doctor.archives().open(newArchive(resident));
    doctor.archives().find(opened.value().number());
    assertThatThrownBy(() -> doctor.archives().open(newArchive(resident))).isInstanceOf(RuleViolationException.class);

    List<AuditEvent> events = audit();
    assertThat(events).extracting(AuditEvent::action, AuditEvent::outcome)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(Action.READ, Outcome.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.FAILED));
    assertThat(events).filteredOn(e -> e.outcome() == Outcome.FAILED).extracting(AuditEvent::detail)
        .containsExactly("archive.duplicate");
    String all = events.toString();
    assertThat(all).doesNotContain(resident.citizenId().orElseThrow().value()).doesNotContain("张三")
        .doesNotContain("13800138000");
  }

  @Test
  void messagesAreBilingualAndNameTheRule() {
    Resident resident = resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11);
    doctor.archives().open(newArchive(resident));
    var e = catchThrowableOfType(RuleViolationException.class, () -> doctor.archives().open(newArchive(resident)));
    assertThat(e.getMessage(Locale.ENGLISH)).contains("one archive per person");
    assertThat(e.getMessage(Locale.CHINESE)).contains("每人只能有一份档案");
  }

  @Test
  void concurrentOpeningsInOneCommitteeGetUniqueContiguousNumbers() throws Exception {
    int threads = 8;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ConcurrentLinkedQueue<ArchiveNumber> numbers = new ConcurrentLinkedQueue<>();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(thread * 1000L + i);
          numbers.add(doctor.archives().open(newArchive(resident(COMMITTEE_1, birth, 100 + thread))).value().number());
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();

    assertThat(numbers).hasSize(threads * perThread).doesNotHaveDuplicates();
    assertThat(numbers.stream().map(ArchiveNumber::serial).sorted().collect(Collectors.toList()))
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, threads * perThread).boxed().collect(Collectors.toList()));
  }

  @Test
  void inScopeStreamsOnlyThePrincipalsArchivesAndResidentsInNumberOrder() {
    doctor.archives().open(newArchive(resident(COMMITTEE_2, LocalDate.of(1950, 3, 1), 11)));
    doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1951, 3, 1), 13)));
    doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1952, 3, 1), 15)));
    HealthSession committeeOne =
        health.as(Principal.of("nurse-1", Set.of("nurse"), Set.of(COMMITTEE_1.value())));

    try (Stream<Recorded<HealthArchive>> all = doctor.archives().inScope();
        Stream<Recorded<HealthArchive>> one = committeeOne.archives().inScope();
        Stream<?> residents = committeeOne.residents().inScope()) {
      assertThat(all.map(a -> a.value().number().value())).containsExactly(
          "11010500100100001", "11010500100100002", "11010500100200001");
      assertThat(one.map(a -> a.value().number().serial())).containsExactly(1, 2);
      assertThat(residents).hasSize(2);
    }
    HealthSession cadre = health.as(Principal.of("cadre", Set.of("committee-cadre"), Set.of("110105001")));
    assertThatThrownBy(() -> cadre.archives().inScope()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theResponsibleTeamIsIndexedAndOptional() {
    Resident resident = resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11);
    NewArchive request = NewArchive.builder().resident(resident).openedOn(TODAY).institution(Fixtures.CENTRE)
        .team(OrgUnitId.of("team-3")).electronic(false).build();
    var opened = doctor.archives().open(request);
    assertThat(opened.value().team()).contains(OrgUnitId.of("team-3"));
    assertThat(opened.value().electronic()).isFalse();
    assertThat(opened.value().transferredIn()).isEqualTo(Optional.empty());
  }
}
