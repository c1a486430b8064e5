package io.github.weisheng;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.OTHER_STREET;
import static io.github.weisheng.Fixtures.doctor;
import static io.github.weisheng.Fixtures.newArchive;
import static io.github.weisheng.Fixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.access.StaffRole;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.internal.AggregateAccess;
import io.github.weisheng.internal.Gate;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.store.InMemoryRecordStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A session's aggregate computations (reads as reports on de-identified data, for roles that may see
 * figures only), its audited exports and its unaudited permission query.
 */
class HealthSessionTest {
  private static final Resource SUMMARY =
      Resource.of("report.work-summary", "", "110105001", Sensitivity.DE_IDENTIFIED);

  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);

  private static Principal as(StaffRole role, String scope) {
    return Principal.of("p-" + role.roleName(), Set.of(role.roleName()), Set.of(scope));
  }

  private List<AuditEvent> events() {
    JsonCodec json = JsonCodec.create();
    try (Stream<StoredRecord> s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class)).collect(Collectors.toList());
    }
  }

  private long countArchives(HealthSession session) {
    try (Stream<Recorded<HealthArchive>> archives = session.archives().inScope()) {
      return archives.count();
    }
  }

  private void openTwoArchives() {
    HealthSession doctor = health.as(doctor());
    doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1960, 5, 2), 12)));
  }

  @Test
  void aStatisticianCannotSearchArchivesButAnAggregateComputationReadsThemAsAReport() {
    openTwoArchives();
    HealthSession statistician = health.as(as(StaffRole.STATISTICIAN, "110105001"));
    assertThatThrownBy(() -> countArchives(statistician)).isInstanceOf(AccessDeniedException.class);

    long counted = statistician.aggregate(AggregateAccess.token(), SUMMARY, () -> countArchives(statistician));

    assertThat(counted).isEqualTo(2);
    assertThat(events()).filteredOn(e -> e.outcome() == Outcome.DENIED).extracting(AuditEvent::action)
        .containsExactly(Action.SEARCH);
    List<AuditEvent> audited = events().stream().filter(e -> e.principalId().equals("p-statistician")
        && e.outcome() != Outcome.DENIED).toList();
    assertThat(audited).extracting(AuditEvent::action).containsOnly(Action.REPORT);
    assertThat(audited).extracting(AuditEvent::outcome).containsOnly(Outcome.SUCCEEDED);
    assertThat(audited).extracting(AuditEvent::kind).containsExactlyInAnyOrder("archive", "report.work-summary");
    assertThat(audited).allMatch(e -> e.principalId().equals("p-statistician"));
  }

  @Test
  void aWriteInsideAnAggregateComputationIsRefusedAndAuditedAndNothingIsWritten() {
    HealthSession officer = health.as(as(StaffRole.PUBLIC_HEALTH_OFFICER, "110105001"));
    assertThatThrownBy(() -> officer.aggregate(AggregateAccess.token(), SUMMARY,
        () -> officer.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)))))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.rule()).isEqualTo(Gate.AGGREGATE_READ_ONLY);
          assertThat(e.action()).isEqualTo(Action.CREATE);
        });

    assertThat(countArchives(officer)).isZero();
    assertThat(events()).filteredOn(e -> e.outcome() == Outcome.DENIED)
        .extracting(AuditEvent::action, AuditEvent::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.CREATE, Gate.AGGREGATE_READ_ONLY));
  }

  @Test
  void aCommitteeCadreGetsNoAggregateOfHealthDataAndADenialIsAudited() {
    HealthSession cadre = health.as(as(StaffRole.COMMITTEE_CADRE, "110105001"));
    int[] ran = {0};
    assertThatThrownBy(() -> cadre.aggregate(AggregateAccess.token(), SUMMARY, () -> ran[0]++))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(ran[0]).isZero();
    assertThat(events()).extracting(AuditEvent::outcome).containsExactly(Outcome.DENIED);
  }

  @Test
  void anAggregateOutsideThePrincipalsScopeIsDenied() {
    HealthSession statistician = health.as(as(StaffRole.STATISTICIAN, OTHER_STREET.value()));
    assertThatThrownBy(() -> statistician.aggregate(AggregateAccess.token(), SUMMARY, () -> 1))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo("scope.outside"));
  }

  @Test
  void anAggregateIsNeverPersonalData() {
    HealthSession officer = health.as(as(StaffRole.PUBLIC_HEALTH_OFFICER, "110105001"));
    Resource personal = Resource.of("report.work-summary", "", "110105001", Sensitivity.IDENTIFIED);
    assertThatThrownBy(() -> officer.aggregate(AggregateAccess.token(), personal, () -> 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void afterAnAggregateComputationTheSessionIsBackToNormal() {
    openTwoArchives();
    HealthSession officer = health.as(as(StaffRole.PUBLIC_HEALTH_OFFICER, "110105001"));
    officer.aggregate(AggregateAccess.token(), SUMMARY, () -> countArchives(officer));

    assertThat(countArchives(officer)).isEqualTo(2);

    assertThat(events()).filteredOn(e -> e.principalId().equals("p-public-health-officer"))
        .extracting(AuditEvent::action).containsExactlyInAnyOrder(Action.REPORT, Action.REPORT, Action.SEARCH);
  }

  @Test
  void anExportRunsOnlyWhenAllowedAndIsAudited() throws IOException {
    HealthSession statistician = health.as(as(StaffRole.STATISTICIAN, "110105001"));
    int[] written = {0};

    statistician.export(SUMMARY, () -> written[0]++);

    assertThat(written[0]).isEqualTo(1);
    assertThat(events()).extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.EXPORT, Outcome.SUCCEEDED));

    HealthSession cadre = health.as(as(StaffRole.COMMITTEE_CADRE, "110105001"));
    assertThatThrownBy(() -> cadre.export(SUMMARY, () -> written[0]++)).isInstanceOf(AccessDeniedException.class);
    assertThat(written[0]).isEqualTo(1);
    HealthSession nurse = health.as(as(StaffRole.NURSE, "110105001"));
    Resource archives = Resource.of("archive", "", "110105001", Sensitivity.IDENTIFIED);
    assertThatThrownBy(() -> nurse.export(archives, () -> written[0]++)).isInstanceOf(AccessDeniedException.class);
    assertThat(written[0]).isEqualTo(1);
    assertThat(events()).extracting(AuditEvent::outcome)
        .containsExactlyInAnyOrder(Outcome.SUCCEEDED, Outcome.DENIED, Outcome.DENIED);
  }

  @Test
  void aFailedExportKeepsItsIoExceptionAndIsAuditedAsFailed() {
    HealthSession officer = health.as(as(StaffRole.PUBLIC_HEALTH_OFFICER, "110105001"));
    IOException disk = new IOException("disk full");

    assertThatThrownBy(() -> officer.export(SUMMARY, () -> {
      throw disk;
    })).isSameAs(disk);

    assertThat(events()).extracting(AuditEvent::outcome, AuditEvent::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.FAILED, UncheckedIOException.class.getSimpleName()));
  }

  @Test
  void permitsAsksThePolicyWithoutAuditing() {
    Resource archives = Resource.of("archive", "", "110105001", Sensitivity.IDENTIFIED);
    assertThat(health.as(as(StaffRole.FAMILY_DOCTOR, "110105001")).permits(Action.SEARCH, archives)).isTrue();
    assertThat(health.as(as(StaffRole.STATISTICIAN, "110105001")).permits(Action.SEARCH, archives)).isFalse();
    assertThat(health.as(as(StaffRole.STATISTICIAN, "110105001")).permits(Action.REPORT, SUMMARY)).isTrue();
    assertThat(events()).isEmpty();
  }
}
