package io.github.weisheng.internal;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.doctor;
import static io.github.weisheng.Fixtures.newArchive;
import static io.github.weisheng.Fixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.PersonalInformationForm;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.ForwardingRecordStore;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gate audits every request; with the default store sink, a write's {@code SUCCEEDED} event is
 * committed in the write's own commit, atomically with it.
 */
class GateTest {
  private final JsonCodec json = JsonCodec.create();

  /** A store that records the commits it is given and can refuse some, or run a hook first. */
  private static final class WatchedStore extends ForwardingRecordStore {
    final List<Commit> commits = new CopyOnWriteArrayList<>();
    Predicate<Commit> refuse = c -> false;
    Predicate<Commit> before = c -> false;
    Runnable hook = () -> {};

    WatchedStore() {
      super(InMemoryRecordStore.create());
    }

    @Override
    public void commit(Commit commit) {
      if (before.test(commit)) {
        before = c -> false;
        hook.run();
      }
      if (refuse.test(commit)) {
        throw new StoreException("refused by the test");
      }
      super.commit(commit);
      commits.add(commit);
    }

    /** The wrapped store, written to behind the watch. */
    RecordStore inner() {
      return delegate();
    }
  }

  private static boolean writes(Commit commit, String kind) {
    return commit.writes().stream().anyMatch(w -> w.key().kind().equals(kind));
  }

  private List<AuditEvent> events(RecordStore store) {
    try (Stream<StoredRecord> s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class)).collect(Collectors.toList());
    }
  }

  private static long count(RecordStore store, String kind) {
    try (Stream<StoredRecord> s = store.scan(kind, ScopeFilter.all())) {
      return s.count();
    }
  }

  @Test
  void aSuccessfulWriteCommitsItsSucceededEventInTheSameCommitAndNoOtherCommit() {
    WatchedStore store = new WatchedStore();
    HealthSession doctor = Fixtures.health(store).as(doctor());
    store.commits.clear(); // the identity key created at start-up

    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));

    assertThat(store.commits).hasSize(1);
    Commit commit = store.commits.get(0);
    assertThat(commit.reason()).isEqualTo("archive.open");
    List<RecordWrite> audit = commit.writes().stream()
        .filter(w -> w.key().kind().equals(StoreAuditSink.KIND)).collect(Collectors.toList());
    assertThat(audit).hasSize(1);
    AuditEvent event = json.read(audit.get(0).body(), AuditEvent.class);
    assertThat(event.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(event.action()).isEqualTo(Action.CREATE);
    assertThat(event.principalId()).isEqualTo("dr-wang");
    assertThat(event.detail()).isNotEmpty();
    assertThat(event.at()).isEqualTo(commit.at()).isEqualTo(opened.recordedAt());
    assertThat(events(store)).containsExactly(event);
  }

  @Test
  void anAmendmentToo() {
    WatchedStore store = new WatchedStore();
    HealthSession doctor = Fixtures.health(store).as(doctor());
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    store.commits.clear();

    doctor.archives().amendForm(opened.value().number(), 1, PersonalInformationForm.empty(), "复查");

    assertThat(store.commits).hasSize(1);
    assertThat(store.commits.get(0).writes()).extracting(w -> w.key().kind())
        .containsExactlyInAnyOrder("archive", StoreAuditSink.KIND);
    assertThat(events(store)).filteredOn(e -> e.action() == Action.AMEND)
        .extracting(AuditEvent::outcome, AuditEvent::recordId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.SUCCEEDED, opened.value().number().value()));
  }

  @Test
  void aFailingCommitLeavesNeitherTheRecordNorASucceededEventOnlyAFailedOne() {
    WatchedStore store = new WatchedStore();
    HealthSession doctor = Fixtures.health(store).as(doctor());
    store.refuse = c -> writes(c, "archive");

    assertThatThrownBy(() -> doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11))))
        .isInstanceOf(StoreException.class);

    assertThat(count(store, "archive")).isZero();
    assertThat(count(store, "resident")).isZero();
    assertThat(events(store)).extracting(AuditEvent::action, AuditEvent::outcome, AuditEvent::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.FAILED, "StoreException"));
  }

  @Test
  void aWriteWhoseEventCannotBeStoredIsNotWrittenEither() {
    WatchedStore store = new WatchedStore();
    HealthSession doctor = Fixtures.health(store).as(doctor());
    // refuse any commit that holds an audit event beside other writes: the write must go with it
    store.refuse = c -> writes(c, StoreAuditSink.KIND) && c.writes().size() > 1;

    assertThatThrownBy(() -> doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11))))
        .isInstanceOf(StoreException.class);

    assertThat(count(store, "archive")).isZero();
    assertThat(count(store, "resident")).isZero();
    assertThat(events(store)).extracting(AuditEvent::outcome).containsExactly(Outcome.FAILED);
  }

  @Test
  void aStaleVersionAtCommitTimeIsAuditedAsFailedWithoutASucceededEvent() {
    WatchedStore store = new WatchedStore();
    HealthSession doctor = Fixtures.health(store).as(doctor());
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    ArchiveNumber number = opened.value().number();
    RecordKey key = RecordKey.of("archive", number.value());
    // another writer commits a new version between the service's read and its commit
    store.before = c -> c.reason().equals("复查");
    store.hook = () -> {
      StoredRecord current = store.inner().read(key).orElseThrow();
      store.inner().commit(Commit.of("dr-li", "concurrent", Fixtures.CLOCK.instant(), List.of(
          RecordWrite.update(key, current.version(), current.scope(), current.body(), current.index()))));
    };

    assertThatThrownBy(() -> doctor.archives().amendForm(number, 1, PersonalInformationForm.empty(), "复查"))
        .isInstanceOf(StaleRecordException.class);

    assertThat(store.inner().history(key)).extracting(StoredRecord::reason).containsExactly("archive.open", "concurrent");
    assertThat(events(store)).filteredOn(e -> e.action() == Action.AMEND)
        .extracting(AuditEvent::outcome, AuditEvent::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.FAILED, "StaleRecordException"));
  }

  @Test
  void readsDenialsAndFailuresAreStillAuditedInCommitsOfTheirOwn() {
    WatchedStore store = new WatchedStore();
    CommunityHealth health = Fixtures.health(store);
    HealthSession doctor = health.as(doctor());
    var opened = doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));
    store.commits.clear();

    doctor.archives().find(opened.value().number());
    assertThatThrownBy(() -> health.as(io.github.weisheng.spi.access.Principal.of(
            "dr-li", java.util.Set.of("family-doctor"), java.util.Set.of("110105002")))
        .archives().find(opened.value().number()))
        .isInstanceOf(io.github.weisheng.AccessDeniedException.class);
    assertThatThrownBy(() -> doctor.archives().amendForm(opened.value().number(), 7, PersonalInformationForm.empty(), "x"))
        .isInstanceOf(StaleRecordException.class);

    assertThat(store.commits).hasSize(3).allSatisfy(c -> {
      assertThat(c.reason()).isEqualTo("audit");
      assertThat(c.writes()).extracting(w -> w.key().kind()).containsExactly(StoreAuditSink.KIND);
    });
    assertThat(events(store)).extracting(AuditEvent::action, AuditEvent::outcome).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.SUCCEEDED),
        org.assertj.core.groups.Tuple.tuple(Action.READ, Outcome.SUCCEEDED),
        org.assertj.core.groups.Tuple.tuple(Action.READ, Outcome.DENIED),
        org.assertj.core.groups.Tuple.tuple(Action.AMEND, Outcome.FAILED));
  }

  @Test
  void anotherSinkReceivesEverySucceededEventThroughRecordAsBefore() {
    WatchedStore store = new WatchedStore();
    List<AuditEvent> received = new ArrayList<>();
    AuditSink own = new AuditSink() {
      @Override
      public String id() {
        return "host";
      }

      @Override
      public void record(AuditEvent event) {
        received.add(event);
      }
    };
    HealthSession doctor = CommunityHealth.builder().store(store).accessPolicy(DefaultAccessPolicy.defaults())
        .auditSink(own).clock(Fixtures.CLOCK).build().as(doctor());
    store.commits.clear();

    doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));

    assertThat(store.commits).hasSize(1);
    assertThat(writes(store.commits.get(0), StoreAuditSink.KIND)).isFalse();
    assertThat(received).extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.SUCCEEDED));
  }

  @Test
  void aStoreSinkOnAnotherStoreCommitsItsEventsThere() {
    WatchedStore store = new WatchedStore();
    RecordStore auditStore = InMemoryRecordStore.create();
    HealthSession doctor = CommunityHealth.builder().store(store).accessPolicy(DefaultAccessPolicy.defaults())
        .auditSink(StoreAuditSink.of(auditStore)).clock(Fixtures.CLOCK).build().as(doctor());

    doctor.archives().open(newArchive(resident(COMMITTEE_1, LocalDate.of(1950, 3, 1), 11)));

    assertThat(count(store, StoreAuditSink.KIND)).isZero();
    assertThat(events(auditStore)).extracting(AuditEvent::outcome).containsExactly(Outcome.SUCCEEDED);
  }

  @Test
  void outsideARequestNothingIsOfferedForACommit() {
    RecordStore store = InMemoryRecordStore.create();
    Gate gate = new Gate(doctor(), DefaultAccessPolicy.defaults(), StoreAuditSink.of(store), Fixtures.CLOCK);

    assertThat(gate.successInCommit(store, Fixtures.CLOCK.instant())).isEmpty();
  }
}
