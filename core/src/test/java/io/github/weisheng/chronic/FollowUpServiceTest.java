package io.github.weisheng.chronic;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.TODAY;
import static io.github.weisheng.Fixtures.doctor;
import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.internal.Kinds;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.store.InMemoryRecordStore;
import io.github.weisheng.testing.Checks;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FollowUpServiceTest {
  static final LocalDate ENROLLED = LocalDate.of(2025, 3, 1);
  static final OrgUnitId TEAM = OrgUnitId.of("team-3");
  /** Born 1950-03-02: 76 on TODAY, so the ≥ 65 target (150/90) applies. */
  static final LocalDate BORN = LocalDate.of(1950, 3, 2);

  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);
  private final HealthSession doctor = health.as(doctor());
  private final FollowUpService followUps = doctor.followUps();
  private int residents;

  /** Opens an archive for a resident born on a date and enrols them in a condition on {@link #ENROLLED}. */
  static Enrolment enrol(CommunityHealth health, CommitteeCode committee, LocalDate born, int sequence,
      ChronicCondition condition) {
    return enrol(health, committee, born, sequence, condition, TEAM, ENROLLED);
  }

  /** Opens an archive for a resident born on a date and enrols them in a condition. */
  static Enrolment enrol(CommunityHealth health, CommitteeCode committee, LocalDate born, int sequence,
      ChronicCondition condition, OrgUnitId team, LocalDate enrolledOn) {
    Resident resident = Fixtures.resident(committee, born, sequence);
    NewArchive request = NewArchive.builder().resident(resident).openedOn(LocalDate.of(2020, 1, 15))
        .institution(Fixtures.CENTRE).build();
    Principal registrar = Principal.of("registrar", Set.of("family-doctor"), Set.of(committee.value()));
    HealthSession session = health.as(registrar);
    ArchiveNumber archive = session.archives().open(request).value().number();
    IcdCode code = IcdCode.parse(condition == ChronicCondition.TYPE_2_DIABETES ? "E11.9"
        : condition == ChronicCondition.STROKE ? "I63.9" : "I10");
    return session.enrolments().enrol(archive, condition, code, enrolledOn, "区医院", team).value();
  }

  private Enrolment enrol(ChronicCondition condition) {
    residents++;
    return enrol(health, COMMITTEE_1, BORN.plusDays(residents - 1L), 100 + residents, condition);
  }

  static FollowUpForm.Builder hypertension(LocalDate on, int systolic, int diastolic) {
    return hypertension(on, VisitMode.CLINIC, systolic, diastolic);
  }

  static FollowUpForm.Builder hypertension(LocalDate on, VisitMode mode, int systolic, int diastolic) {
    return FollowUpForm.builder().visitDate(on).mode(mode).bloodPressure(bp(systolic, diastolic))
        .tier(ManagementTier.TIER_2);
  }

  static FollowUpForm.Builder diabetes(LocalDate on, String glucose) {
    return FollowUpForm.builder().visitDate(on).mode(VisitMode.HOME).fastingGlucose(fpg(glucose))
        .diabetesLevel(DiabetesManagementLevel.ROUTINE);
  }

  private List<AuditEvent> audit() {
    JsonCodec json = JsonCodec.create();
    try (var s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class))
          .filter(e -> e.kind().equals(Kinds.CHRONIC_VISIT))
          .collect(Collectors.toList());
    }
  }

  private long visitsStored() {
    try (Stream<StoredRecord> s = store.scan(Kinds.CHRONIC_VISIT, ScopeFilter.all())) {
      return s.count();
    }
  }

  private static void refuses(ThrowingCallable call, String... violations) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call);
    assertThat(e).as("a rule violation").isNotNull();
    assertThat(e.violations()).extracting(RuleViolation::toString).containsExactly(violations);
    for (RuleViolation v : e.violations()) {
      assertThat(v.message(Locale.ENGLISH)).doesNotContain(v.rule());
      assertThat(v.message(Locale.CHINESE)).doesNotContain(v.rule()).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void aHypertensionVisitIsClassifiedWithTheAgeTargetAndStoredWithItsRulesIndexedWithoutPersonalData() {
    Enrolment e = enrol(ChronicCondition.HYPERTENSION);
    LocalDate on = TODAY.minusDays(10);

    // 76 years old: target < 150/90; 148/88 is at target
    Recorded<FollowUpVisit> recorded = followUps.record(e.id(), hypertension(on, 148, 88).build());

    FollowUpVisit v = recorded.value();
    assertThat(recorded.version()).isEqualTo(1);
    assertThat(recorded.reason()).isEqualTo("chronic.followUp");
    assertThat(recorded.recordedBy()).isEqualTo("dr-wang");
    assertThat(v.enrolment()).isEqualTo(e.id());
    assertThat(v.archive()).isEqualTo(e.archive());
    assertThat(v.team()).isEqualTo(TEAM);
    assertThat(v.ageAtVisit()).isEqualTo(76);
    assertThat(v.cadence()).isEqualTo(FollowUpCadence.of(60, 10, 10));
    assertThat(v.scheduleRule()).isEqualTo(rule("tier.tier2", 60));
    assertThat(v.assessment().classification()).isEqualTo(VisitClassification.SATISFIED);
    assertThat(v.assessment().classificationRule()).isEqualTo(rule("hypertension.class.satisfied", 150, 90));
    assertThat(v.nextVisit()).isEqualTo(on.plusDays(60));
    assertThat(v.assessment().nextVisitRules()).containsExactly(rule("followUp.next.routine", 60));
    assertThat(v.faceToFace()).isTrue();
    assertThat(followUps.find(v.id())).contains(recorded);
    assertThat(followUps.visitsOf(e.id())).containsExactly(recorded);

    StoredRecord stored = store.read(RecordKey.of(Kinds.CHRONIC_VISIT, v.id().value())).orElseThrow();
    assertThat(stored.scope()).isEqualTo(COMMITTEE_1.value());
    assertThat(stored.index()).containsExactlyInAnyOrder(
        IndexEntry.of("enrolment-date", e.id().value() + "/" + on),
        IndexEntry.of("enrolment-f2f", e.id().value() + "/" + on),
        IndexEntry.of("archive-date", e.archive().value() + "/" + on),
        IndexEntry.of("condition-year", "HYPERTENSION/" + on.getYear() + "/" + e.id().value() + "," + on + ",f2f"));
    String body = new String(stored.body(), StandardCharsets.UTF_8);
    assertThat(body).contains("hypertension.class.satisfied").doesNotContain("张三");
    assertThat(v.toString()).doesNotContain("148");
    assertThat(Checks.roundTrip(v, FollowUpVisit.class)).isEqualTo(v);
  }

  @Test
  void visitsChainFirstUnsatisfiedIsReviewedInTwoWeeksTheSecondIsReferred() {
    Enrolment e = enrol(ChronicCondition.HYPERTENSION);
    LocalDate first = TODAY.minusDays(30);

    FollowUpVisit one = followUps.record(e.id(), hypertension(first, 150, 90).build()).value();
    assertThat(one.assessment().classification()).isEqualTo(VisitClassification.UNSATISFIED);
    assertThat(one.nextVisit()).isEqualTo(first.plusDays(14));
    assertThat(one.assessment().referral()).isEqualTo(Referral.NONE);

    FollowUpVisit two = followUps.record(e.id(), hypertension(first.plusDays(14), 160, 92).build()).value();
    assertThat(two.assessment().unsatisfiedStreak()).isEqualTo(2);
    assertThat(two.assessment().referral()).isEqualTo(Referral.REFERRAL);
    assertThat(two.assessment().referralRules()).containsExactly(rule("followUp.referral.unsatisfiedVisits", 2));
    assertThat(two.nextVisit()).isEqualTo(first.plusDays(28));

    // a visit recorded late, dated before both, chains to nothing before it
    FollowUpVisit earlier = followUps.record(e.id(), hypertension(first.minusDays(3), 181, 95).build()).value();
    assertThat(earlier.assessment().unsatisfiedStreak()).isEqualTo(1);
    assertThat(earlier.assessment().referral()).isEqualTo(Referral.URGENT);
    assertThat(followUps.visitsOf(e.id())).extracting(r -> r.value().visitDate())
        .containsExactly(first.minusDays(3), first, first.plusDays(14));
  }

  @Test
  void aDiabetesVisitIsJudgedOnTheFastingGlucose() {
    Enrolment e = enrol(ChronicCondition.TYPE_2_DIABETES);

    FollowUpVisit low = followUps.record(e.id(), diabetes(TODAY, "3.9").build()).value();

    assertThat(low.assessment().referral()).isEqualTo(Referral.URGENT);
    assertThat(low.assessment().referralRules()).contains(rule("diabetes.urgent.glucoseLow", "3.9"));
    assertThat(low.scheduleRule()).isEqualTo(rule("diabetesManagement.routine", 90));
    assertThat(low.cadence()).isEqualTo(FollowUpCadence.of(90, 14, 14));
    FollowUpVisit atTarget = followUps.record(e.id(), diabetes(TODAY, "6.9").build()).value();
    assertThat(atTarget.assessment().classification()).isEqualTo(VisitClassification.SATISFIED);
  }

  @Test
  void aPhoneFollowUpIsRecordedButNotIndexedAsFaceToFace() {
    Enrolment e = enrol(ChronicCondition.HYPERTENSION);
    FollowUpVisit phone =
        followUps.record(e.id(), hypertension(TODAY, VisitMode.PHONE, 130, 80).build()).value();
    assertThat(phone.faceToFace()).isFalse();
    StoredRecord stored = store.read(RecordKey.of(Kinds.CHRONIC_VISIT, phone.id().value())).orElseThrow();
    assertThat(stored.index()).extracting(IndexEntry::name)
        .containsExactlyInAnyOrder("enrolment-date", "archive-date", "condition-year");
    assertThat(stored.index()).contains(
        IndexEntry.of("condition-year", "HYPERTENSION/" + TODAY.getYear() + "/" + e.id().value() + "," + TODAY + ",remote"));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnceAndNothingIsWritten() {
    Enrolment e = enrol(ChronicCondition.HYPERTENSION);
    doctor.enrolments().close(e.id(), 1, EnrolmentClosure.movedOut(TODAY.minusDays(1)));

    refuses(() -> followUps.record(e.id(),
            FollowUpForm.builder().visitDate(TODAY.plusDays(1)).mode(VisitMode.CLINIC).build()),
        "followUp.enrolment [followUp.enrolmentNotActive]",
        "followUp.visitDate [followUp.visitInFuture]",
        "followUp.bloodPressure [followUp.bloodPressureRequired]",
        "followUp.tier [followUp.tierRequired]");

    Enrolment d = enrol(ChronicCondition.TYPE_2_DIABETES);
    refuses(() -> followUps.record(d.id(),
            FollowUpForm.builder().visitDate(ENROLLED.minusDays(1)).mode(VisitMode.CLINIC).build()),
        "followUp.visitDate [followUp.visitBeforeEnrolment]",
        "followUp.fastingGlucose [followUp.fastingGlucoseRequired]",
        "followUp.diabetesLevel [followUp.diabetesLevelRequired]");

    Enrolment stroke = enrol(ChronicCondition.STROKE);
    refuses(() -> followUps.record(stroke.id(), hypertension(TODAY, 120, 80).build()),
        "followUp.enrolment [followUp.conditionNotFollowedUp]");
    assertThat(visitsStored()).isZero();
    // the limits: the visit may be dated on the enrolment day and today
    followUps.record(d.id(), diabetes(ENROLLED, "6.0").build());
    followUps.record(d.id(), diabetes(TODAY, "6.0").build());
    assertThat(visitsStored()).isEqualTo(2);
  }

  @Test
  void anAmendmentIsANewVersionReassessedAndKeptInTheHistory() {
    Enrolment e = enrol(ChronicCondition.HYPERTENSION);
    Recorded<FollowUpVisit> v1 = followUps.record(e.id(), hypertension(TODAY, 148, 88).build());
    FollowUpVisitId id = v1.value().id();

    Recorded<FollowUpVisit> v2 = followUps.amend(id, 1, hypertension(TODAY, 158, 88).build(), "血压录入错误");

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.reason()).isEqualTo("血压录入错误");
    assertThat(v2.value().id()).isEqualTo(id);
    assertThat(v2.value().assessment().classification()).isEqualTo(VisitClassification.UNSATISFIED);
    // the amended visit does not chain to its own first version
    assertThat(v2.value().assessment().unsatisfiedStreak()).isEqualTo(1);
    assertThat(followUps.history(id)).containsExactly(v1, v2);
    assertThat(followUps.visitsOf(e.id())).containsExactly(v2);

    assertThatThrownBy(() -> followUps.amend(id, 1, hypertension(TODAY, 120, 80).build(), "again"))
        .isInstanceOf(StaleRecordException.class);
    refuses(() -> followUps.amend(id, 2, hypertension(TODAY, 120, 80).build(), " "), "reason [followUp.reason]");
    assertThatThrownBy(() -> followUps.amend(FollowUpVisitId.parse("none"), 1, hypertension(TODAY, 120, 80).build(),
        "x")).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> followUps.history(FollowUpVisitId.parse("none")))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> followUps.record(EnrolmentId.parse("none"), hypertension(TODAY, 120, 80).build()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(followUps.find(FollowUpVisitId.parse("none"))).isEmpty();
  }

  @Test
  void aDoctorOfAnotherStreetIsDeniedAndEveryCallIsAudited() {
    Enrolment e = enrol(ChronicCondition.HYPERTENSION);
    FollowUpVisit v = followUps.record(e.id(), hypertension(TODAY, 130, 80).build()).value();
    FollowUpService other =
        health.as(Principal.of("dr-li", Set.of("family-doctor"), Set.of("110105002"))).followUps();

    assertThatThrownBy(() -> other.record(e.id(), hypertension(TODAY, 130, 80).build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> other.find(v.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> other.visitsOf(e.id())).isInstanceOf(AccessDeniedException.class);

    assertThat(audit()).extracting(AuditEvent::action, AuditEvent::outcome, AuditEvent::principalId).contains(
        org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.SUCCEEDED, "dr-wang"),
        org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.DENIED, "dr-li"),
        org.assertj.core.groups.Tuple.tuple(Action.READ, Outcome.DENIED, "dr-li"),
        org.assertj.core.groups.Tuple.tuple(Action.SEARCH, Outcome.DENIED, "dr-li"));
  }

  @Test
  void theYearlyStatusOfOnePatientAndOfEveryPatientManagedInTheYear() {
    Enrolment managed = enrol(ChronicCondition.HYPERTENSION);
    for (String date : List.of("2026-01-05", "2026-03-05", "2026-05-05", "2026-06-20")) {
      followUps.record(managed.id(), hypertension(LocalDate.parse(date), 130, 80).build());
    }
    followUps.record(managed.id(), hypertension(LocalDate.parse("2025-12-01"), 170, 80).build());
    Enrolment unseen = enrol(ChronicCondition.HYPERTENSION);
    Enrolment closedLastYear = enrol(ChronicCondition.HYPERTENSION);
    doctor.enrolments().close(closedLastYear.id(), 1, EnrolmentClosure.movedOut(LocalDate.of(2025, 6, 1)));
    enrol(ChronicCondition.TYPE_2_DIABETES);

    YearlyStatus s = followUps.yearlyStatus(managed.id(), 2026);
    assertThat(s.faceToFaceVisits()).isEqualTo(4);
    assertThat(s.managedToStandard()).isTrue();
    assertThat(s.controlled()).isTrue();
    YearlyStatus last = followUps.yearlyStatus(managed.id(), 2025);
    assertThat(last.standardRules()).containsExactly(rule("yearly.visits.tooFew", 1, 4));
    assertThat(last.controlled()).isFalse();

    try (Stream<YearlyStatus> all = followUps.yearlyStatuses(ChronicCondition.HYPERTENSION, 2026)) {
      assertThat(all).extracting(YearlyStatus::enrolment).containsExactlyInAnyOrder(managed.id(), unseen.id());
    }
    try (Stream<YearlyStatus> all = followUps.yearlyStatuses(ChronicCondition.HYPERTENSION, 2025)) {
      assertThat(all).extracting(YearlyStatus::enrolment)
          .containsExactlyInAnyOrder(managed.id(), unseen.id(), closedLastYear.id());
    }
    refuses(() -> followUps.yearlyStatus(managed.id(), 1899), "year [followUp.year.range]");
    assertThatThrownBy(() -> followUps.yearlyStatus(EnrolmentId.parse("none"), 2026))
        .isInstanceOf(RecordNotFoundException.class);
  }

  /**
   * The service reads only the year's latest visit and takes the others' dates and modes from the
   * index: its status must be the one {@link YearlyStatus#assess(Enrolment, Iterable, int,
   * ChronicCarePolicy)} gives on every visit, whatever the visits — face to face or by phone,
   * several on a day, across two years — and so must the condition's statuses, read in one pass.
   */
  @Test
  void theYearlyStatusFromTheIndexIsTheStatusOfEveryVisit() {
    VisitMode[] modes = {VisitMode.CLINIC, VisitMode.PHONE, VisitMode.HOME};
    qt().withExamples(40)
        .forAll(lists().of(integers().between(0, 480).zip(integers().between(0, 2), integers().between(120, 165),
            (day, mode, systolic) -> new int[] {day, mode, systolic})).ofSizeBetween(0, 10))
        .checkAssert(visits -> {
          Enrolment e = enrol(ChronicCondition.HYPERTENSION);
          for (int[] v : visits) {
            followUps.record(e.id(), hypertension(ENROLLED.plusDays(v[0]), modes[v[1]], v[2], 85).build());
          }
          List<FollowUpVisit> all = followUps.visitsOf(e.id()).stream().map(Recorded::value).toList();
          for (int year : List.of(2025, 2026)) {
            YearlyStatus expected = YearlyStatus.assess(e, all, year, ChronicCarePolicy.defaults());
            assertThat(followUps.yearlyStatus(e.id(), year)).isEqualTo(expected);
            // the whole condition's statuses, merged from the year's index entries, say the same
            try (Stream<YearlyStatus> every = followUps.yearlyStatuses(ChronicCondition.HYPERTENSION, year)) {
              assertThat(every.filter(s -> s.enrolment().equals(e.id()))).containsExactly(expected);
            }
          }
        });
  }

  /**
   * Several visits on the year's last day: the one that decides control is the last by id, in the
   * condition's statuses as in the enrolment's own look-up and in {@link YearlyStatus#assess(Enrolment,
   * Iterable, int, ChronicCarePolicy)}. One reading is controlled and the other not, so taking the
   * other visit changes the status whatever ids they were given.
   */
  @Test
  void visitsOnTheSameLastDayAreSettledByIdInEveryPath() {
    LocalDate last = LocalDate.of(2026, 6, 1);
    for (int i = 0; i < 5; i++) {
      Enrolment e = enrol(ChronicCondition.HYPERTENSION);
      followUps.record(e.id(), hypertension(last.minusDays(90), 130, 80).build());
      followUps.record(e.id(), hypertension(last, 150, 95).build());
      followUps.record(e.id(), hypertension(last, 120, 78).build());
      List<FollowUpVisit> all = followUps.visitsOf(e.id()).stream().map(Recorded::value).toList();
      YearlyStatus expected = YearlyStatus.assess(e, all, 2026, ChronicCarePolicy.defaults());
      assertThat(followUps.yearlyStatus(e.id(), 2026)).isEqualTo(expected);
      try (Stream<YearlyStatus> every = followUps.yearlyStatuses(ChronicCondition.HYPERTENSION, 2026)) {
        assertThat(every.filter(s -> s.enrolment().equals(e.id()))).containsExactly(expected);
      }
    }
  }

  private List<WorklistEntry> worklist(FollowUpService service, WorklistScope scope, LocalDate asOf) {
    try (Stream<WorklistEntry> rows = service.worklist(scope, asOf)) {
      return rows.collect(Collectors.toList());
    }
  }

  @Test
  void theWorklistOfATeamOrAnAreaListsDueOverdueLostAndHealthChecksWithoutPhoneCallsResettingTheSchedule() {
    LocalDate asOf = TODAY;
    // due: a tier-2 visit 55 days ago (due in 5 days, window opens 10 days before); checked 100 days ago
    Enrolment due = enrol(ChronicCondition.HYPERTENSION);
    followUps.record(due.id(), hypertension(asOf.minusDays(55), 130, 80).build());
    doctor.archives().recordService(ServiceRecord.of(due.archive(), asOf.minusDays(100), ServiceType.HEALTH_CHECK,
        Fixtures.CENTRE));
    // overdue: a tier-2 visit 71 days ago (11 days past the due date, window 10), a phone call since
    Enrolment overdue = enrol(ChronicCondition.HYPERTENSION);
    followUps.record(overdue.id(), hypertension(asOf.minusDays(71), 130, 80).build());
    followUps.record(overdue.id(), hypertension(asOf.minusDays(5), VisitMode.PHONE, 130, 80).build());
    doctor.archives().recordService(ServiceRecord.of(overdue.archive(), asOf.minusDays(30), ServiceType.HEALTH_CHECK,
        Fixtures.CENTRE));
    // lost: enrolled 2025-03-01, never seen; both conditions: one health-check row, under hypertension
    Enrolment lost = enrol(ChronicCondition.HYPERTENSION);
    Enrolment lostDiabetes = doctor.enrolments().enrol(lost.archive(), ChronicCondition.TYPE_2_DIABETES,
        IcdCode.parse("E11.9"), ENROLLED, "区医院", TEAM).value();
    // not listed: seen yesterday, checked last month
    Enrolment fine = enrol(ChronicCondition.HYPERTENSION);
    followUps.record(fine.id(), hypertension(asOf.minusDays(1), 130, 80).build());
    doctor.archives().recordService(ServiceRecord.of(fine.archive(), asOf.minusDays(30), ServiceType.HEALTH_CHECK,
        Fixtures.CENTRE));
    // another team's patient: on the area's list only
    Enrolment otherTeam = enrol(health, Fixtures.COMMITTEE_2, BORN, 300, ChronicCondition.HYPERTENSION,
        OrgUnitId.of("team-9"), ENROLLED);
    // a closed enrolment is not listed
    Enrolment closed = enrol(ChronicCondition.HYPERTENSION);
    doctor.enrolments().close(closed.id(), 1, EnrolmentClosure.death(asOf));

    List<WorklistEntry> team = worklist(followUps, WorklistScope.team(TEAM), asOf);

    assertThat(team).extracting(WorklistEntry::enrolment, WorklistEntry::reason).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(due.id(), WorklistReason.DUE),
        org.assertj.core.groups.Tuple.tuple(overdue.id(), WorklistReason.OVERDUE),
        org.assertj.core.groups.Tuple.tuple(lost.id(), WorklistReason.LOST_TO_FOLLOW_UP),
        org.assertj.core.groups.Tuple.tuple(lost.id(), WorklistReason.HEALTH_CHECK_DUE),
        org.assertj.core.groups.Tuple.tuple(lostDiabetes.id(), WorklistReason.LOST_TO_FOLLOW_UP));
    WorklistEntry overdueRow = team.stream().filter(r -> r.enrolment().equals(overdue.id())).findFirst().orElseThrow();
    assertThat(overdueRow.lastDone()).contains(asOf.minusDays(71));
    assertThat(overdueRow.dueOn()).isEqualTo(asOf.minusDays(11));
    assertThat(overdueRow.rule()).isEqualTo(rule("worklist.overdue", 10));

    List<WorklistEntry> street = worklist(followUps, WorklistScope.area("110105001"), asOf);
    assertThat(street).hasSize(team.size() + 2);
    assertThat(street).filteredOn(r -> r.enrolment().equals(otherTeam.id())).extracting(WorklistEntry::reason)
        .containsExactlyInAnyOrder(WorklistReason.LOST_TO_FOLLOW_UP, WorklistReason.HEALTH_CHECK_DUE);
    assertThat(worklist(followUps, WorklistScope.area(COMMITTEE_1.value()), asOf)).hasSameSizeAs(team);
    assertThat(worklist(followUps, WorklistScope.area(Fixtures.COMMITTEE_2.value()), asOf)).hasSize(2);
    // a worklist for an earlier day ignores later visits
    assertThat(worklist(followUps, WorklistScope.team(TEAM), asOf.minusDays(2)))
        .filteredOn(r -> r.enrolment().equals(fine.id())).isNotEmpty();

    FollowUpService other =
        health.as(Principal.of("dr-li", Set.of("family-doctor"), Set.of("110105002"))).followUps();
    assertThat(worklist(other, WorklistScope.team(TEAM), asOf)).isEmpty();
    assertThatThrownBy(() -> other.worklist(WorklistScope.area("110105001"), asOf))
        .isInstanceOf(AccessDeniedException.class);
  }
}
