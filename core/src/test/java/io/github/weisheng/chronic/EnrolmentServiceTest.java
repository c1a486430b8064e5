package io.github.weisheng.chronic;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.COMMITTEE_2;
import static io.github.weisheng.Fixtures.OTHER_STREET;
import static io.github.weisheng.Fixtures.TODAY;
import static io.github.weisheng.Fixtures.doctor;
import static io.github.weisheng.chronic.ChronicCondition.HYPERTENSION;
import static io.github.weisheng.chronic.ChronicCondition.STROKE;
import static io.github.weisheng.chronic.ChronicCondition.TYPE_2_DIABETES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveClosure;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.internal.Claim;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.internal.Kinds;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.ForwardingRecordStore;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.store.InMemoryRecordStore;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnrolmentServiceTest {
  /** Archives in these tests were opened on this day. */
  private static final LocalDate OPENED = LocalDate.of(2020, 1, 15);
  private static final LocalDate ENROLLED = LocalDate.of(2025, 3, 1);
  private static final OrgUnitId TEAM = OrgUnitId.of("team-3");
  private static final String HOSPITAL = "朝阳区第二医院";
  private static final IcdCode I10 = IcdCode.parse("I10");

  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);
  private final HealthSession doctor = health.as(doctor());
  private final EnrolmentService enrolments = doctor.enrolments();
  private int residents;

  /** Opens an archive on {@link #OPENED} for a new resident of the committee (by the committee's doctor). */
  private ArchiveNumber archive(CommitteeCode committee) {
    return archive(health, committee);
  }

  private ArchiveNumber archive(CommunityHealth in, CommitteeCode committee) {
    residents++;
    Resident resident = Fixtures.resident(committee, LocalDate.of(1950, 3, 1).plusDays(residents), 100 + residents);
    NewArchive request = NewArchive.builder().resident(resident).openedOn(OPENED).institution(Fixtures.CENTRE).build();
    Principal registrar = Principal.of("registrar", Set.of("family-doctor"), Set.of(committee.value()));
    return in.as(registrar).archives().open(request).value().number();
  }

  private Recorded<Enrolment> enrolHypertension(ArchiveNumber archive) {
    return enrolments.enrol(archive, HYPERTENSION, I10, ENROLLED, HOSPITAL, TEAM);
  }

  private long count(String kind) {
    try (Stream<?> s = store.scan(kind, ScopeFilter.all())) {
      return s.count();
    }
  }

  /** The audit events about enrolments (in no particular order: the test clock stands still). */
  private List<AuditEvent> audit() {
    JsonCodec json = JsonCodec.create();
    try (var s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class))
          .filter(e -> e.kind().equals(Kinds.CHRONIC_ENROLMENT))
          .collect(Collectors.toList());
    }
  }

  private static ThrowingCallableAssert refuses(ThrowingCallable call) {
    return new ThrowingCallableAssert(catchThrowableOfType(RuleViolationException.class, call));
  }

  /** The broken rules of a refused call, as "field [rule]". */
  private record ThrowingCallableAssert(RuleViolationException e) {
    void with(String... violations) {
      assertThat(e).as("a rule violation").isNotNull();
      assertThat(e.violations()).extracting(RuleViolation::toString).containsExactly(violations);
      for (RuleViolation v : e.violations()) {
        // every rule has an English and a Chinese message
        assertThat(v.message(Locale.ENGLISH)).doesNotContain(v.rule());
        assertThat(v.message(Locale.CHINESE)).doesNotContain(v.rule());
      }
    }
  }

  @Test
  void enrollingRecordsVersionOneInTheArchivesCommitteeIndexedWithoutPersonalData() {
    ArchiveNumber archive = archive(COMMITTEE_1);

    Recorded<Enrolment> enrolled = enrolHypertension(archive);

    Enrolment e = enrolled.value();
    assertThat(enrolled.version()).isEqualTo(1);
    assertThat(enrolled.recordedBy()).isEqualTo("dr-wang");
    assertThat(enrolled.reason()).isEqualTo("chronic.enrol");
    assertThat(e.archive()).isEqualTo(archive);
    assertThat(e.condition()).isEqualTo(HYPERTENSION);
    assertThat(e.diagnosis()).isEqualTo(I10);
    assertThat(e.enrolledOn()).isEqualTo(ENROLLED);
    assertThat(e.diagnosingInstitution()).isEqualTo(HOSPITAL);
    assertThat(e.team()).isEqualTo(TEAM);
    assertThat(e.status()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(enrolments.find(e.id())).contains(enrolled);
    assertThat(enrolments.enrolmentsOf(archive)).containsExactly(enrolled);

    StoredRecord stored = store.read(RecordKey.of(Kinds.CHRONIC_ENROLMENT, e.id().value())).orElseThrow();
    assertThat(stored.scope()).isEqualTo(COMMITTEE_1.value());
    assertThat(stored.index()).containsExactlyInAnyOrder(
        IndexEntry.of("archive", archive.value()),
        IndexEntry.of("condition", "HYPERTENSION"),
        IndexEntry.of("enrolled", "2025-03-01"),
        IndexEntry.of("team", "team-3"));
    StoredRecord claim = store.read(RecordKey.of(Kinds.CLAIM_CHRONIC_ENROLMENT, archive.value() + ".HYPERTENSION"))
        .orElseThrow();
    assertThat(JsonCodec.create().read(claim.body(), Claim.class)).isEqualTo(Claim.heldBy(e.id().value()));
  }

  @Test
  void aSecondActiveEnrolmentInTheSameConditionIsRefusedWithAPointerAndNothingIsWritten() {
    ArchiveNumber archive = archive(COMMITTEE_1);
    Recorded<Enrolment> first = enrolHypertension(archive);

    RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
        () -> enrolments.enrol(archive, HYPERTENSION, IcdCode.parse("I11.9"), TODAY, "市一院", TEAM));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("enrolment.condition");
      assertThat(v.rule()).isEqualTo("chronic.alreadyEnrolled");
      assertThat(v.arguments()).containsExactly(first.value().id().value());
    });
    assertThat(e.getMessage(Locale.ENGLISH)).contains("already under management").contains(first.value().id().value());
    assertThat(e.getMessage(Locale.CHINESE)).contains("已在管理此慢病");
    assertThat(count(Kinds.CHRONIC_ENROLMENT)).isEqualTo(1);

    // another condition is another programme
    Recorded<Enrolment> diabetes = enrolments.enrol(archive, TYPE_2_DIABETES, IcdCode.parse("E11.9"), TODAY, "市一院", TEAM);
    assertThat(enrolments.enrolmentsOf(archive)).containsExactly(first, diabetes);
  }

  @Test
  void theDiagnosisMustBelongToTheConditionAndEveryBrokenRuleIsReportedAtOnce() {
    ArchiveNumber archive = archive(COMMITTEE_1);

    // I16 (hypertensive crisis) is US ICD-10-CM, not WHO; E10 is type 1 diabetes
    refuses(() -> enrolments.enrol(archive, HYPERTENSION, IcdCode.parse("I16"), ENROLLED, HOSPITAL, TEAM))
        .with("enrolment.diagnosis [enrolment.diagnosisOutsideCondition]");
    refuses(() -> enrolments.enrol(archive, TYPE_2_DIABETES, IcdCode.parse("E10.9"), TODAY.plusDays(1), " ", TEAM))
        .with("enrolment.diagnosis [enrolment.diagnosisOutsideCondition]",
            "enrolment.diagnosingInstitution [enrolment.text]",
            "enrolment.enrolledOn [chronic.enrolledInFuture]");
    assertThat(count(Kinds.CHRONIC_ENROLMENT)).isZero();
    assertThat(count(Kinds.CLAIM_CHRONIC_ENROLMENT)).isZero();
  }

  @Test
  void theEnrolmentDateLiesBetweenTheArchivesOpeningAndToday() {
    ArchiveNumber first = archive(COMMITTEE_1);
    ArchiveNumber second = archive(COMMITTEE_1);

    refuses(() -> enrolments.enrol(first, HYPERTENSION, I10, OPENED.minusDays(1), HOSPITAL, TEAM))
        .with("enrolment.enrolledOn [chronic.enrolledBeforeArchive]");
    refuses(() -> enrolments.enrol(first, HYPERTENSION, I10, TODAY.plusDays(1), HOSPITAL, TEAM))
        .with("enrolment.enrolledOn [chronic.enrolledInFuture]");

    assertThat(enrolments.enrol(first, HYPERTENSION, I10, OPENED, HOSPITAL, TEAM).value().enrolledOn()).isEqualTo(OPENED);
    assertThat(enrolments.enrol(second, HYPERTENSION, I10, TODAY, HOSPITAL, TEAM).value().enrolledOn()).isEqualTo(TODAY);
  }

  @Test
  void onlyAnActiveArchiveCanBeEnrolledAndAMissingOneIsNotFound() {
    ArchiveNumber archive = archive(COMMITTEE_1);
    doctor.archives().close(archive, 1, ArchiveClosure.transferOut(LocalDate.of(2024, 6, 1), "上海市", "已移交"));

    refuses(() -> enrolHypertension(archive)).with("enrolment.archive [chronic.archiveNotActive]");
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> enrolHypertension(archive));
    assertThat(e.violations().get(0).arguments()).containsExactly("TRANSFERRED_OUT");

    ArchiveNumber missing = ArchiveNumber.of(COMMITTEE_1, 99_999);
    assertThatThrownBy(() -> enrolHypertension(missing))
        .isInstanceOfSatisfying(RecordNotFoundException.class, ex -> {
          assertThat(ex.kind()).isEqualTo(Kinds.ARCHIVE);
          assertThat(ex.id()).isEqualTo(missing.value());
        });
    assertThat(count(Kinds.CHRONIC_ENROLMENT)).isZero();
  }

  @Test
  void closingEndsManagementKeepsTheHistoryAndFreesTheConditionForANewEnrolment() {
    ArchiveNumber archive = archive(COMMITTEE_1);
    Recorded<Enrolment> enrolled = enrolHypertension(archive);
    EnrolmentId id = enrolled.value().id();

    Recorded<Enrolment> closed = enrolments.close(id, 1, EnrolmentClosure.lostToFollowUp(TODAY, "三次入户均未见到本人"));

    assertThat(closed.version()).isEqualTo(2);
    assertThat(closed.reason()).isEqualTo("chronic.close.lost_to_follow_up");
    assertThat(closed.value().status()).isEqualTo(EnrolmentStatus.CLOSED);
    assertThat(enrolments.history(id)).extracting(Recorded::version, r -> r.value().status())
        .containsExactly(tuple(1L, EnrolmentStatus.ACTIVE), tuple(2L, EnrolmentStatus.CLOSED));
    assertThat(enrolments.history(id).get(0)).isEqualTo(enrolled);

    // the condition is free again: a plain new enrolment is accepted
    Recorded<Enrolment> again = enrolments.enrol(archive, HYPERTENSION, I10, TODAY, HOSPITAL, TEAM);
    assertThat(again.value().previous()).isEmpty();
    assertThat(enrolments.enrolmentsOf(archive)).containsExactly(closed, again);
  }

  @Test
  void aClosureBasedOnAStaleVersionIsRejectedAndWritesNothing() {
    EnrolmentId id = enrolHypertension(archive(COMMITTEE_1)).value().id();
    enrolments.close(id, 1, EnrolmentClosure.movedOut(TODAY));

    StaleRecordException e = catchThrowableOfType(StaleRecordException.class,
        () -> enrolments.close(id, 1, EnrolmentClosure.death(TODAY)));

    assertThat(e.kind()).isEqualTo(Kinds.CHRONIC_ENROLMENT);
    assertThat(e.expectedVersion()).isEqualTo(1);
    assertThat(e.actualVersion()).isEqualTo(2);
    assertThat(enrolments.history(id)).hasSize(2);
    assertThat(enrolments.find(id).orElseThrow().value().closure().map(EnrolmentClosure::reason))
        .contains(EnrolmentClosureReason.MOVED_OUT);
  }

  @Test
  void aClosureIsRefusedTwiceInTheFutureBeforeTheEnrolmentOrForAnUnknownEnrolment() {
    EnrolmentId id = enrolHypertension(archive(COMMITTEE_1)).value().id();

    refuses(() -> enrolments.close(id, 1, EnrolmentClosure.movedOut(TODAY.plusDays(1))))
        .with("enrolment.closure.on [chronic.closedInFuture]");
    refuses(() -> enrolments.close(id, 1, EnrolmentClosure.movedOut(ENROLLED.minusDays(1))))
        .with("enrolment.closure.on [enrolment.closureBeforeEnrolment]");
    enrolments.close(id, 1, EnrolmentClosure.death(ENROLLED));
    refuses(() -> enrolments.close(id, 2, EnrolmentClosure.movedOut(TODAY)))
        .with("enrolment.status [chronic.notActive]");
    EnrolmentId unknown = EnrolmentId.parse("no-such-enrolment");
    assertThatThrownBy(() -> enrolments.close(unknown, 1, EnrolmentClosure.movedOut(TODAY)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> enrolments.history(unknown)).isInstanceOf(RecordNotFoundException.class);
    assertThat(enrolments.find(unknown)).isEmpty();
    assertThat(enrolments.history(id)).hasSize(2);
  }

  @Test
  void aReenrolmentFollowsAClosedEnrolmentAndKeepsItInTheHistory() {
    ArchiveNumber archive = archive(COMMITTEE_1);
    Recorded<Enrolment> first = enrolments.enrol(archive, STROKE, IcdCode.parse("I63.9"), ENROLLED, HOSPITAL, TEAM);
    EnrolmentId firstId = first.value().id();
    Recorded<Enrolment> closed = enrolments.close(firstId, 1, EnrolmentClosure.movedOut(LocalDate.of(2025, 9, 1)));

    // moved back; a year after the stroke the diagnosis is its sequela I69.3 (陈旧脑梗塞)
    Recorded<Enrolment> back = enrolments.reenrol(firstId, IcdCode.parse("I69.3"), LocalDate.of(2026, 4, 1),
        "北京朝阳医院", OrgUnitId.of("team-5"));

    Enrolment e = back.value();
    assertThat(back.version()).isEqualTo(1);
    assertThat(back.reason()).isEqualTo("chronic.reenrol");
    assertThat(e.id()).isNotEqualTo(firstId);
    assertThat(e.previous()).contains(firstId);
    assertThat(e.archive()).isEqualTo(archive);
    assertThat(e.condition()).isEqualTo(STROKE);
    assertThat(e.diagnosis()).isEqualTo(IcdCode.parse("I69.3"));
    assertThat(e.team()).isEqualTo(OrgUnitId.of("team-5"));
    assertThat(e.isActive()).isTrue();
    // the closed enrolment is untouched
    assertThat(enrolments.history(firstId)).containsExactly(first, closed);
    assertThat(enrolments.enrolmentsOf(archive)).containsExactly(closed, back);
    // a re-enrolment of a re-enrolment, after it is closed in turn
    enrolments.close(e.id(), 1, EnrolmentClosure.other(LocalDate.of(2026, 5, 1), "转上级医院长期住院"));
    Recorded<Enrolment> third = enrolments.reenrol(e.id(), IcdCode.parse("I69.3"), TODAY, "北京朝阳医院", TEAM);
    assertThat(third.value().previous()).contains(e.id());
  }

  @Test
  void aReenrolmentIsRefusedAfterDeathWhileActiveBeforeTheClosureOrWhileAnotherEnrolmentIsActive() {
    ArchiveNumber archive = archive(COMMITTEE_1);
    EnrolmentId active = enrolHypertension(archive).value().id();
    refuses(() -> enrolments.reenrol(active, I10, TODAY, HOSPITAL, TEAM))
        .with("enrolment.previous [chronic.previousNotClosed]", "enrolment.condition [chronic.alreadyEnrolled]");

    enrolments.close(active, 1, EnrolmentClosure.movedOut(LocalDate.of(2026, 1, 10)));
    refuses(() -> enrolments.reenrol(active, I10, LocalDate.of(2026, 1, 9), HOSPITAL, TEAM))
        .with("enrolment.enrolledOn [chronic.reenrolBeforeClosure]");
    refuses(() -> enrolments.reenrol(active, IcdCode.parse("E11"), TODAY, HOSPITAL, TEAM))
        .with("enrolment.diagnosis [enrolment.diagnosisOutsideCondition]");
    Recorded<Enrolment> other = enrolments.enrol(archive, HYPERTENSION, I10, TODAY, HOSPITAL, TEAM);
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
        () -> enrolments.reenrol(active, I10, TODAY, HOSPITAL, TEAM));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("chronic.alreadyEnrolled");
      assertThat(v.arguments()).containsExactly(other.value().id().value());
    });

    ArchiveNumber died = archive(COMMITTEE_2);
    EnrolmentId dead = enrolments.enrol(died, TYPE_2_DIABETES, IcdCode.parse("E11.9"), ENROLLED, HOSPITAL, TEAM)
        .value().id();
    enrolments.close(dead, 1, EnrolmentClosure.death(LocalDate.of(2026, 2, 2)));
    refuses(() -> enrolments.reenrol(dead, IcdCode.parse("E11.9"), TODAY, HOSPITAL, TEAM))
        .with("enrolment.previous [chronic.reenrolAfterDeath]");
    assertThatThrownBy(() -> enrolments.reenrol(EnrolmentId.parse("nope"), I10, TODAY, HOSPITAL, TEAM))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(count(Kinds.CHRONIC_ENROLMENT)).isEqualTo(3);
  }

  @Test
  void principalsWithoutTheRightRoleOrOutsideTheScopeAreDeniedAndTheDenialIsAudited() {
    ArchiveNumber archive = archive(COMMITTEE_1);
    EnrolmentId id = enrolHypertension(archive).value().id();
    EnrolmentService cadre =
        health.as(Principal.of("cadre-zhao", Set.of("committee-cadre"), Set.of("110105001"))).enrolments();
    EnrolmentService otherStreet =
        health.as(Principal.of("dr-li", Set.of("family-doctor"), Set.of(OTHER_STREET.value()))).enrolments();
    EnrolmentService nurse = health.as(Principal.of("nurse-1", Set.of("nurse"), Set.of("110105001"))).enrolments();

    assertThatThrownBy(() -> cadre.enrol(archive, TYPE_2_DIABETES, IcdCode.parse("E11"), TODAY, HOSPITAL, TEAM))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.action()).isEqualTo(Action.CREATE);
          assertThat(e.rule()).isEqualTo("role.none");
        });
    assertThatThrownBy(() -> cadre.find(id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> cadre.inScope(HYPERTENSION)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherStreet.find(id))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo("scope.outside"));
    assertThatThrownBy(() -> otherStreet.enrolmentsOf(archive)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherStreet.history(id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherStreet.close(id, 1, EnrolmentClosure.movedOut(TODAY)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherStreet.reenrol(id, I10, TODAY, HOSPITAL, TEAM)).isInstanceOf(AccessDeniedException.class);
    try (Stream<Recorded<Enrolment>> none = otherStreet.inScope(HYPERTENSION)) {
      assertThat(none).isEmpty();
    }
    // a nurse may read and enrol but not end management
    assertThat(nurse.find(id)).isPresent();
    assertThatThrownBy(() -> nurse.close(id, 1, EnrolmentClosure.movedOut(TODAY)))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.CLOSE));
    assertThat(enrolments.find(id).orElseThrow().version()).isEqualTo(1);

    List<AuditEvent> denied = audit().stream().filter(e -> e.outcome() == Outcome.DENIED).collect(Collectors.toList());
    assertThat(denied).extracting(AuditEvent::principalId, AuditEvent::action, AuditEvent::detail).containsExactlyInAnyOrder(
        tuple("cadre-zhao", Action.CREATE, "role.none"),
        tuple("cadre-zhao", Action.READ, "role.none"),
        tuple("cadre-zhao", Action.SEARCH, "role.none"),
        tuple("dr-li", Action.READ, "scope.outside"),
        tuple("dr-li", Action.SEARCH, "scope.outside"),
        tuple("dr-li", Action.READ, "scope.outside"),
        tuple("dr-li", Action.CLOSE, "scope.outside"),
        tuple("dr-li", Action.CREATE, "scope.outside"),
        tuple("nurse-1", Action.CLOSE, "role.none"));
    assertThat(denied).filteredOn(e -> e.action() == Action.READ).allSatisfy(e -> {
      assertThat(e.recordId()).isEqualTo(id.value());
      assertThat(e.scope()).isEqualTo(COMMITTEE_1.value());
    });
  }

  @Test
  void everyCallIsAuditedWithTheRuleOfAFailureAndWithoutPersonalData() {
    ArchiveNumber archive = archive(COMMITTEE_1);
    EnrolmentId id = enrolHypertension(archive).value().id();
    enrolments.find(id);
    enrolments.enrolmentsOf(archive);
    assertThatThrownBy(() -> enrolHypertension(archive)).isInstanceOf(RuleViolationException.class);
    enrolments.close(id, 1, EnrolmentClosure.lostToFollowUp(TODAY, "家属称张三已去外地"));
    enrolments.history(id);

    List<AuditEvent> events = audit();
    assertThat(events).extracting(AuditEvent::action, AuditEvent::outcome, AuditEvent::detail).containsExactlyInAnyOrder(
        tuple(Action.CREATE, Outcome.SUCCEEDED, "role.family-doctor.create"),
        tuple(Action.READ, Outcome.SUCCEEDED, "role.family-doctor.read"),
        tuple(Action.SEARCH, Outcome.SUCCEEDED, "role.family-doctor.search"),
        tuple(Action.CREATE, Outcome.FAILED, "chronic.alreadyEnrolled"),
        tuple(Action.CLOSE, Outcome.SUCCEEDED, "role.family-doctor.close"),
        tuple(Action.READ, Outcome.SUCCEEDED, "role.family-doctor.read"));
    assertThat(events).allSatisfy(e -> {
      assertThat(e.principalId()).isEqualTo("dr-wang");
      assertThat(e.scope()).isEqualTo(COMMITTEE_1.value());
    });
    assertThat(events.toString()).doesNotContain("张三").doesNotContain("外地").doesNotContain(HOSPITAL);
  }

  @Test
  void inScopeStreamsTheConditionsEnrolmentsInThePrincipalsScopes() {
    ArchiveNumber a1 = archive(COMMITTEE_1);
    ArchiveNumber a2 = archive(COMMITTEE_2);
    ArchiveNumber a3 = archive(OTHER_STREET);
    Recorded<Enrolment> h1 = enrolHypertension(a1);
    Recorded<Enrolment> h2 = enrolHypertension(a2);
    EnrolmentService district =
        health.as(Principal.of("dr-zhou", Set.of("family-doctor"), Set.of("110105"))).enrolments();
    Recorded<Enrolment> h3 = district.enrol(a3, HYPERTENSION, I10, ENROLLED, HOSPITAL, TEAM);
    Recorded<Enrolment> d1 = enrolments.enrol(a1, TYPE_2_DIABETES, IcdCode.parse("E11.9"), TODAY, HOSPITAL, TEAM);
    Recorded<Enrolment> closed = enrolments.close(h2.value().id(), 1, EnrolmentClosure.movedOut(TODAY));
    EnrolmentService committeeOne =
        health.as(Principal.of("nurse-1", Set.of("nurse"), Set.of(COMMITTEE_1.value()))).enrolments();

    try (Stream<Recorded<Enrolment>> street = enrolments.inScope(HYPERTENSION);
        Stream<Recorded<Enrolment>> one = committeeOne.inScope(HYPERTENSION);
        Stream<Recorded<Enrolment>> diabetes = enrolments.inScope(TYPE_2_DIABETES);
        Stream<Recorded<Enrolment>> wholeDistrict = district.inScope(HYPERTENSION)) {
      assertThat(street.collect(Collectors.toList())).containsExactlyInAnyOrder(h1, closed);
      assertThat(wholeDistrict.collect(Collectors.toList())).containsExactlyInAnyOrder(h1, closed, h3);
      assertThat(one.collect(Collectors.toList())).containsExactly(h1);
      assertThat(diabetes.collect(Collectors.toList())).containsExactly(d1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "icdCode.format", "enrolmentId.format", "enrolment.text", "enrolment.diagnosisOutsideCondition",
      "enrolment.closureBeforeEnrolment", "enrolment.previousIsSelf", "enrolment.closure.noteRequired",
      "enrolment.closure.reasonCode", "chronic.archiveNotActive", "chronic.alreadyEnrolled",
      "chronic.enrolledInFuture", "chronic.enrolledBeforeArchive", "chronic.notActive", "chronic.closedInFuture",
      "chronic.previousNotClosed", "chronic.reenrolAfterDeath", "chronic.reenrolBeforeClosure"})
  void everyRuleOfEnrolmentHasAnEnglishAndAChineseMessage(String rule) {
    RuleViolation v = RuleViolation.of("field", rule, "A", "B", "C");
    assertThat(v.message(Locale.ENGLISH)).doesNotContain(rule).matches("field: [ -~]+");
    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain(rule)
        .matches(m -> m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
  }

  @Test
  void nullArgumentsAreRejectedBeforeAnythingHappens() {
    ArchiveNumber archive = ArchiveNumber.of(COMMITTEE_1, 1);
    EnrolmentId id = EnrolmentId.parse("e-1");
    EnrolmentClosure closure = EnrolmentClosure.movedOut(TODAY);
    List<ThrowingCallable> calls = List.of(
        () -> enrolments.enrol(null, HYPERTENSION, I10, TODAY, HOSPITAL, TEAM),
        () -> enrolments.enrol(archive, null, I10, TODAY, HOSPITAL, TEAM),
        () -> enrolments.enrol(archive, HYPERTENSION, null, TODAY, HOSPITAL, TEAM),
        () -> enrolments.enrol(archive, HYPERTENSION, I10, null, HOSPITAL, TEAM),
        () -> enrolments.enrol(archive, HYPERTENSION, I10, TODAY, null, TEAM),
        () -> enrolments.enrol(archive, HYPERTENSION, I10, TODAY, HOSPITAL, null),
        () -> enrolments.close(null, 1, closure),
        () -> enrolments.close(id, 1, null),
        () -> enrolments.reenrol(null, I10, TODAY, HOSPITAL, TEAM),
        () -> enrolments.reenrol(id, null, TODAY, HOSPITAL, TEAM),
        () -> enrolments.reenrol(id, I10, null, HOSPITAL, TEAM),
        () -> enrolments.reenrol(id, I10, TODAY, null, TEAM),
        () -> enrolments.reenrol(id, I10, TODAY, HOSPITAL, null),
        () -> enrolments.find(null),
        () -> enrolments.enrolmentsOf(null),
        () -> enrolments.history(null),
        () -> enrolments.inScope(null));
    for (ThrowingCallable call : calls) {
      assertThatNullPointerException().isThrownBy(call);
    }
    assertThat(count(Kinds.CHRONIC_ENROLMENT)).isZero();
    assertThat(audit()).isEmpty();
  }

  /**
   * A store that lines up concurrent writers: each of the armed number of threads, on its first
   * read of an enrolment claim, waits until all of them have read it, so that they all see the claim
   * free and race to take it. Counts the commits the store refused as stale on a claim.
   */
  private static final class RacingStore extends ForwardingRecordStore {
    private final Set<Thread> arrived = ConcurrentHashMap.newKeySet();
    private final AtomicInteger staleClaims = new AtomicInteger();
    private volatile CountDownLatch lineUp = new CountDownLatch(0);

    RacingStore(RecordStore delegate) {
      super(delegate);
    }

    void arm(int parties) {
      arrived.clear();
      staleClaims.set(0);
      lineUp = new CountDownLatch(parties);
    }

    int staleClaims() {
      return staleClaims.get();
    }

    @Override
    public Optional<StoredRecord> read(RecordKey key) {
      Optional<StoredRecord> found = super.read(key);
      if (key.kind().equals(Kinds.CLAIM_CHRONIC_ENROLMENT) && arrived.add(Thread.currentThread())) {
        CountDownLatch latch = lineUp;
        latch.countDown();
        try {
          if (!latch.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the racing threads did not all arrive");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return found;
    }

    @Override
    public void commit(Commit commit) {
      try {
        super.commit(commit);
      } catch (StaleVersionException e) {
        if (e.key().kind().equals(Kinds.CLAIM_CHRONIC_ENROLMENT)) {
          staleClaims.incrementAndGet();
        }
        throw e;
      }
    }

  }

  @Test
  void ofEightConcurrentEnrolmentsOfOneArchiveInOneConditionExactlyOneSucceeds() throws Exception {
    RacingStore racing = new RacingStore(InMemoryRecordStore.create());
    CommunityHealth shared = Fixtures.health(racing);
    ArchiveNumber archive = archive(shared, COMMITTEE_1);
    int threads = 8;
    List<Callable<Recorded<Enrolment>>> calls = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      IcdCode code = IcdCode.parse("I1" + (i % 4));
      calls.add(() -> shared.as(doctor()).enrolments().enrol(archive, HYPERTENSION, code, TODAY, HOSPITAL, TEAM));
    }

    racing.arm(threads);
    List<Object> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Recorded<Enrolment>>> futures = new ArrayList<>();
      for (Callable<Recorded<Enrolment>> call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      for (Future<Recorded<Enrolment>> future : futures) {
        try {
          outcomes.add(future.get());
        } catch (ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
    } finally {
      pool.shutdown();
    }

    List<Enrolment> won = outcomes.stream().filter(o -> o instanceof Recorded<?>)
        .map(o -> (Enrolment) ((Recorded<?>) o).value()).collect(Collectors.toList());
    assertThat(won).hasSize(1);
    String winner = won.get(0).id().value();
    assertThat(outcomes).filteredOn(o -> !(o instanceof Recorded<?>)).hasSize(threads - 1)
        .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("chronic.alreadyEnrolled");
            assertThat(v.arguments()).containsExactly(winner);
          });
        }));
    // every loser tried to take the claim together with the winner and was refused by the store
    assertThat(racing.staleClaims()).isEqualTo(threads - 1);
    try (Stream<StoredRecord> all = racing.scan(Kinds.CHRONIC_ENROLMENT, ScopeFilter.all())) {
      assertThat(all.count()).isEqualTo(1);
    }
    StoredRecord claim = racing.read(RecordKey.of(Kinds.CLAIM_CHRONIC_ENROLMENT, archive.value() + ".HYPERTENSION"))
        .orElseThrow();
    assertThat(claim.version()).isEqualTo(1);
    assertThat(shared.as(doctor()).enrolments().enrolmentsOf(archive)).extracting(r -> r.value().id().value())
        .containsExactly(winner);
  }
}
