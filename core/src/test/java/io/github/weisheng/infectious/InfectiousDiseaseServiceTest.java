package io.github.weisheng.infectious;

import static io.github.weisheng.infectious.InfectiousTesting.d;
import static io.github.weisheng.infectious.InfectiousTesting.t;
import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.internal.Kinds;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case reports and home follow-ups through the embedded H2 file store (the default store): the seed's
 * hand, foot and mouth case, followed at home until its isolation is lifted; "today" is 2026-06-30.
 */
class InfectiousDiseaseServiceTest {
  @TempDir Path folder;
  private JdbcRecordStore store;
  private CommunityHealth health;
  private HealthSession doctor;
  private InfectiousDiseaseService service;
  private ArchiveNumber child;
  private ArchiveNumber other;
  private int followUps;

  @BeforeEach
  void open() {
    store = JdbcRecordStore.openH2File(folder);
    health = Fixtures.health(store);
    doctor = health.as(Fixtures.doctor());
    service = doctor.infectiousDiseases();
    child = archive(Fixtures.COMMITTEE_1, 101);
    other = archive(Fixtures.COMMITTEE_2, 103);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private ArchiveNumber archive(CommitteeCode committee, int seq) {
    return doctor.archives().open(Fixtures.newArchive(Fixtures.resident(committee, d("2022-03-01"), seq)))
        .value().number();
  }

  private CaseReport.Builder hfmd(String id, ArchiveNumber archive) {
    return hfmd(id, archive, "HAND_FOOT_MOUTH", "2026-06-20T09:00");
  }

  private CaseReport.Builder hfmd(String id, ArchiveNumber archive, String disease, String diagnosedAt) {
    return CaseReport.builder().id(CaseReportId.parse(id)).archive(archive).disease(disease)
        .classification(CaseClassification.CLINICAL).diagnosedAt(t(diagnosedAt));
  }

  private HomeFollowUp.Builder visit(String caseId, ArchiveNumber archive, String day) {
    return visit(caseId, archive, day, VisitMode.HOME);
  }

  private HomeFollowUp.Builder visit(String caseId, ArchiveNumber archive, String day, VisitMode mode) {
    return HomeFollowUp.builder().id(HomeFollowUpId.parse("f-" + ++followUps)).caseReport(CaseReportId.parse(caseId))
        .archive(archive).date(d(day)).mode(mode)
        .addActions(FollowUpAction.TEMPERATURE_CHECK, FollowUpAction.DISINFECTION_GUIDANCE);
  }

  private List<AuditEvent> audit(String kind) {
    JsonCodec json = JsonCodec.create();
    try (Stream<io.github.weisheng.spi.storage.StoredRecord> s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class)).filter(e -> e.kind().equals(kind))
          .collect(Collectors.toList());
    }
  }

  @Test
  void aCaseIsReportedFollowedUpAtHomeAndItsIsolationLifted() {
    CaseReport registered = hfmd("case-1", child).isolationFrom(d("2026-06-20")).isolationUntil(d("2026-06-27"))
        .build();
    Recorded<CaseReport> v1 = service.register(registered);
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.value().status()).isEqualTo(CaseStatus.REGISTERED);
    Recorded<CaseReport> v2 = service.amend(registered.reported(t("2026-06-21T15:00")), 1);
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> service.amend(registered.reported(t("2026-06-21T10:00")), 1))
        .isInstanceOf(StaleRecordException.class);
    assertThat(service.diseases().timeliness(v2.value()).onTime()).isFalse();
    // the area doctor at the child's home each day, then a nurse
    service.recordFollowUp(visit("case-1", child, "2026-06-21").build());
    service.recordFollowUp(visit("case-1", child, "2026-06-22").build());
    health.as(Principal.of("nurse-liu", Set.of("nurse"), Set.of("110105001"))).infectiousDiseases()
        .recordFollowUp(visit("case-1", child, "2026-06-24", VisitMode.PHONE).build());
    Recorded<CaseReport> lifted = service.liftIsolation(CaseReportId.parse("case-1"), d("2026-06-27"), 2);
    assertThat(lifted.version()).isEqualTo(3);
    assertThat(lifted.value().status()).isEqualTo(CaseStatus.ISOLATION_LIFTED);
    assertThat(service.find(CaseReportId.parse("case-1"))).contains(lifted);
    assertThat(service.casesOf(child)).containsExactly(lifted);
    assertThat(service.casesOf(other)).isEmpty();
    assertThat(service.followUpsOf(CaseReportId.parse("case-1"))).extracting(r -> r.value().date())
        .containsExactly(d("2026-06-21"), d("2026-06-22"), d("2026-06-24"));
    assertThat(store.history(RecordKey.of(Kinds.INFECTIOUS_CASE, "case-1"))).hasSize(3);
  }

  @Test
  void aPeriodsCasesAndFollowUpsAreOneRangeLookUpEach() {
    service.register(hfmd("case-1", child).build());
    service.register(hfmd("case-2", other, "HAND_FOOT_MOUTH", "2026-05-31T23:30").build());
    service.recordFollowUp(visit("case-1", child, "2026-06-21").build());
    service.recordFollowUp(visit("case-2", other, "2026-06-01").build());
    service.recordFollowUp(visit("case-2", other, "2026-06-02").build());
    try (Stream<CaseReport> june = service.diagnosedBetween(d("2026-06-01"), d("2026-06-30"))) {
      assertThat(june.map(c -> c.id().value())).containsExactly("case-1");
    }
    try (Stream<CaseReport> both = service.diagnosedBetween(d("2026-05-31"), d("2026-06-20"))) {
      assertThat(both.map(c -> c.id().value())).containsExactlyInAnyOrder("case-1", "case-2");
    }
    try (Stream<HomeFollowUp> s = service.followUpsBetween(d("2026-06-01"), d("2026-06-01"))) {
      assertThat(s.map(f -> f.caseReport().value())).containsExactly("case-2");
    }
    try (Stream<HomeFollowUp> s = service.followUpsBetween(d("2026-06-01"), d("2026-06-30"))) {
      assertThat(s.count()).isEqualTo(3);
    }
    // a committee's staff see their committee only
    InfectiousDiseaseService committee2 = health.as(Principal.of("dr-li", Set.of("family-doctor"),
        Set.of(Fixtures.COMMITTEE_2.value()))).infectiousDiseases();
    try (Stream<CaseReport> s = committee2.diagnosedBetween(d("2026-05-01"), d("2026-06-30"))) {
      assertThat(s.map(c -> c.id().value())).containsExactly("case-2");
    }
    assertRules(() -> service.diagnosedBetween(d("2026-06-02"), d("2026-06-01")), "to [infectious.period.order]");
  }

  @Test
  void aCommitteeCadresCaptureIsDeniedWritesNothingAndIsAudited() {
    Principal cadre = Principal.of("cadre-zhao", Set.of("committee-cadre"), Set.of(Fixtures.COMMITTEE_1.value()));
    InfectiousDiseaseService asCadre = health.as(cadre).infectiousDiseases();
    assertThatThrownBy(() -> asCadre.register(hfmd("case-9", child).build())).isInstanceOf(AccessDeniedException.class);
    assertThat(store.read(RecordKey.of(Kinds.INFECTIOUS_CASE, "case-9"))).isEmpty();
    try (Stream<?> s = store.scan(Kinds.INFECTIOUS_CASE, ScopeFilter.all())) {
      assertThat(s.count()).isZero();
    }
    service.register(hfmd("case-1", child).build());
    assertThatThrownBy(() -> asCadre.recordFollowUp(visit("case-1", child, "2026-06-21").build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asCadre.find(CaseReportId.parse("case-1"))).isInstanceOf(AccessDeniedException.class);
    try (Stream<?> s = store.scan(Kinds.INFECTIOUS_FOLLOW_UP, ScopeFilter.all())) {
      assertThat(s.count()).isZero();
    }
    assertThat(audit(Kinds.INFECTIOUS_CASE)).filteredOn(e -> e.principalId().equals("cadre-zhao"))
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactlyInAnyOrder(tuple(Action.CREATE, Outcome.DENIED), tuple(Action.READ, Outcome.DENIED));
    assertThat(audit(Kinds.INFECTIOUS_FOLLOW_UP)).extracting(AuditEvent::principalId, AuditEvent::action,
        AuditEvent::outcome).containsExactly(tuple("cadre-zhao", Action.CREATE, Outcome.DENIED));
    assertThat(audit(Kinds.INFECTIOUS_CASE)).extracting(AuditEvent::principalId, AuditEvent::action,
        AuditEvent::outcome).contains(tuple("dr-wang", Action.CREATE, Outcome.SUCCEEDED));
    // a statistician reads no personal row either
    assertThatThrownBy(() -> health.as(Principal.of("stat", Set.of("statistician"), Set.of("110105001")))
        .infectiousDiseases().find(CaseReportId.parse("case-1"))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void rulesOfTheService() {
    assertRules(() -> service.register(hfmd("case-1", ArchiveNumber.parse("11010500100199999"), "EBOLA",
            "2026-06-30T13:00").build()),
        "caseReport.disease [infectious.disease.unknown]", "caseReport.archive [infectious.case.archiveNotFound]",
        "caseReport [infectious.case.inFuture]");
    assertRules(() -> service.register(hfmd("case-1", child).reportedAt(t("2026-06-30T12:30")).build()),
        "caseReport [infectious.case.inFuture]");
    service.register(hfmd("case-1", child).build());
    assertRules(() -> service.register(hfmd("case-1", child).build()), "caseReport.id [infectious.case.exists]");
    assertRules(() -> service.amend(hfmd("case-1", other).build(), 1),
        "caseReport.archive [infectious.case.archiveChanged]");
    assertRules(() -> service.liftIsolation(CaseReportId.parse("case-1"), d("2026-06-25"), 1),
        "caseReport.isolationLiftedOn [infectious.lifted.withoutIsolation]");
    assertThatThrownBy(() -> service.liftIsolation(CaseReportId.parse("nope"), d("2026-06-25"), 1))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.followUpsOf(CaseReportId.parse("nope"))).isInstanceOf(RecordNotFoundException.class);
    assertRules(() -> service.recordFollowUp(visit("nope", child, "2026-06-21").build()),
        "homeFollowUp.caseReport [infectious.followUp.caseNotFound]");
    assertRules(() -> service.recordFollowUp(visit("case-1", child, "2026-06-19").build()),
        "homeFollowUp.date [infectious.followUp.beforeDiagnosis]");
    assertRules(() -> service.recordFollowUp(visit("case-1", other, "2026-07-01").build()),
        "homeFollowUp.archive [infectious.followUp.otherArchive]", "homeFollowUp.date [infectious.followUp.inFuture]");
    HomeFollowUp once = visit("case-1", child, "2026-06-21").build();
    service.recordFollowUp(once);
    assertRules(() -> service.recordFollowUp(once), "homeFollowUp.id [infectious.followUp.exists]");
    // a host's table: a disease the defaults lack
    InfectiousDiseaseService host = doctor.infectiousDiseases(NotifiableDiseases.defaults()
        .withDisease(NotifiableDisease.of("EBOLA", "埃博拉出血热", "Ebola", NotifiableClass.CLASS_B)));
    assertThat(host.register(hfmd("case-2", child, "EBOLA", "2026-06-20T09:00").build()).version()).isEqualTo(1);
    assertThat(host.diseases().find("EBOLA")).isPresent();
  }
}
