package io.github.weisheng.resident;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.COMMITTEE_2;
import static io.github.weisheng.Fixtures.OTHER_STREET;
import static io.github.weisheng.Fixtures.TODAY;
import static io.github.weisheng.Fixtures.doctor;
import static io.github.weisheng.resident.RelationToHead.NON_RELATIVE;
import static io.github.weisheng.resident.RelationToHead.OTHER_RELATIVE;
import static io.github.weisheng.resident.RelationToHead.SON;
import static io.github.weisheng.resident.RelationToHead.SPOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.internal.Claim;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.internal.Kinds;
import io.github.weisheng.org.CommitteeCode;
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
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
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

class HouseholdServiceTest {
  private static final String ADDRESS = "朝阳区和平里七区12号楼3单元401";
  private static final String OTHER_ADDRESS = "朝阳区某街道5号楼202";
  private static final LocalDate ESTABLISHED = LocalDate.of(2024, 1, 10);
  private static final LocalDate SPOUSE_IN = LocalDate.of(2024, 3, 1);
  private static final LocalDate CHILD_IN = LocalDate.of(2024, 5, 20);
  private static final LocalDate HEAD_CHANGED = LocalDate.of(2025, 2, 1);

  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);
  private final HealthSession doctor = health.as(doctor());
  private final HouseholdService households = doctor.households();

  private final ResidentId zhang = ResidentId.random();
  private final ResidentId wang = ResidentId.random();
  private final ResidentId xiao = ResidentId.random();
  private final ResidentId li = ResidentId.random();

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

  private static void assertMemberElsewhere(RuleViolationException e, HouseholdId holder) {
    assertThat(e.violates("household.memberElsewhere")).isTrue();
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).field()).isEqualTo("resident");
    assertThat(e.violations().get(0).arguments()).containsExactly(holder.value());
  }

  @Test
  void aFamilyMovesInChangesHeadAndEveryVersionIsKeptWithWhoWhenAndWhy() {
    Recorded<Household> v1 = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED);
    HouseholdId id = v1.value().id();

    Recorded<Household> v2 = households.moveIn(id, 1, wang, SPOUSE, SPOUSE_IN);
    Recorded<Household> v3 = households.moveIn(id, 2, xiao, SON, CHILD_IN);
    Recorded<Household> v4 = households.changeHead(id, 3, wang, HEAD_CHANGED);
    Recorded<Household> v5 = households.moveOut(id, 4, zhang, HEAD_CHANGED);

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.recordedBy()).isEqualTo("dr-wang");
    assertThat(v1.recordedAt()).isEqualTo(Fixtures.CLOCK.instant());
    assertThat(v1.value())
        .isEqualTo(Household.establish(id, COMMITTEE_1, ADDRESS, zhang, ESTABLISHED));
    assertThat(List.of(v2, v3, v4, v5)).extracting(Recorded::version).containsExactly(2L, 3L, 4L, 5L);
    assertThat(v5.value().headOn(HEAD_CHANGED)).contains(wang);
    assertThat(v5.value().membersOn(HEAD_CHANGED)).containsExactly(wang, xiao);
    assertThat(v5.value().membersOn(CHILD_IN)).containsExactly(zhang, wang, xiao);

    List<Recorded<Household>> history = households.history(id);
    assertThat(history).containsExactly(v1, v2, v3, v4, v5);
    assertThat(history).extracting(Recorded::reason).containsExactly(
        "household.establish", "household.moveIn", "household.moveIn", "household.changeHead",
        "household.moveOut");
    assertThat(households.find(id)).contains(v5);

    assertThat(households.householdOf(wang)).contains(v5);
    assertThat(households.householdOf(xiao)).contains(v5);
    assertThat(households.householdOf(zhang)).isEmpty();
    assertThat(households.householdOf(li)).isEmpty();
  }

  @Test
  void theStoredRecordIsScopedToTheCommitteeAndIndexedWithoutPersonalData() {
    HouseholdId id = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED).value().id();

    StoredRecord stored = store.read(RecordKey.of(Kinds.HOUSEHOLD, id.value())).orElseThrow();
    assertThat(stored.scope()).isEqualTo(COMMITTEE_1.value());
    assertThat(stored.index()).containsExactlyInAnyOrder(
        IndexEntry.of("committee", "110105001001"), IndexEntry.of("established", "2024-01-10"));

    StoredRecord claim = store.read(RecordKey.of(Kinds.CLAIM_HOUSEHOLD_MEMBER, zhang.value())).orElseThrow();
    assertThat(JsonCodec.create().read(claim.body(), Claim.class)).isEqualTo(Claim.heldBy(id.value()));
    assertThat(claim.scope()).isEqualTo(COMMITTEE_1.value());
    assertThat(new String(claim.body(), StandardCharsets.UTF_8)).doesNotContain("和平里");
  }

  @Test
  void aMemberOfOneHouseholdIsRefusedByAnotherWithAPointerUntilTheyMoveOut() {
    Recorded<Household> first = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED);
    HouseholdId a = first.value().id();
    households.moveIn(a, 1, xiao, SON, CHILD_IN);
    HouseholdId b = households.establish(COMMITTEE_2, OTHER_ADDRESS, li, ESTABLISHED).value().id();
    long householdRecords = count(Kinds.HOUSEHOLD);

    var refused = catchThrowableOfType(RuleViolationException.class,
        () -> households.moveIn(b, 1, xiao, OTHER_RELATIVE, LocalDate.of(2025, 6, 1)));
    assertMemberElsewhere(refused, a);
    assertThat(refused.getMessage()).contains(a.value()).doesNotContain("和平里").doesNotContain(xiao.value());
    assertThat(refused.getMessage(Locale.ENGLISH)).contains("one household at a time");
    assertThat(refused.getMessage(Locale.CHINESE)).contains("同一时间只能是一户的成员");
    assertThat(households.find(b).orElseThrow().version()).isEqualTo(1);
    assertThat(households.householdOf(xiao).orElseThrow().value().id()).isEqualTo(a);

    // nor can they found a household of their own
    assertThatThrownBy(() -> households.establish(COMMITTEE_2, OTHER_ADDRESS, xiao, TODAY))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertMemberElsewhere(e, a));
    assertThat(count(Kinds.HOUSEHOLD)).isEqualTo(householdRecords);

    LocalDate left = LocalDate.of(2025, 6, 1);
    households.moveOut(a, 2, xiao, left);
    assertThat(households.householdOf(xiao)).isEmpty();

    // the stay in the new household may not begin before the one in the old household ended
    assertThatThrownBy(() -> households.moveIn(b, 1, xiao, OTHER_RELATIVE, left.minusDays(1)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertMemberElsewhere(e, a));

    Recorded<Household> joined = households.moveIn(b, 1, xiao, OTHER_RELATIVE, left);
    assertThat(joined.version()).isEqualTo(2);
    assertThat(households.householdOf(xiao)).contains(joined);
    assertThatThrownBy(() -> households.moveIn(a, 3, xiao, SON, TODAY))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertMemberElsewhere(e, b));

    // and back again to the first household
    households.moveOut(b, 2, xiao, TODAY);
    assertThat(households.moveIn(a, 3, xiao, SON, TODAY).value().membersOn(TODAY)).containsExactly(zhang, xiao);
  }

  @Test
  void theLastMemberMovingOutDissolvesTheHouseholdAndFreesEveryone() {
    HouseholdId id = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED).value().id();

    Recorded<Household> dissolved = households.moveOut(id, 1, zhang, TODAY);

    assertThat(dissolved.value().isDissolvedOn(TODAY)).isTrue();
    assertThat(households.householdOf(zhang)).isEmpty();
    assertThat(households.establish(COMMITTEE_1, OTHER_ADDRESS, zhang, TODAY).value().headOn(TODAY))
        .contains(zhang);
  }

  @Test
  void theHouseholdsOwnRulesAreEnforcedAndNothingIsWritten() {
    HouseholdId id = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED).value().id();
    households.moveIn(id, 1, wang, SPOUSE, SPOUSE_IN);

    assertThatThrownBy(() -> households.moveOut(id, 2, zhang, CHILD_IN))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.violates("household.headMustChange")).isTrue());
    assertThatThrownBy(() -> households.moveIn(id, 2, xiao, SON, SPOUSE_IN.minusDays(1)))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.violates("household.dateOrder")).isTrue());
    assertThatThrownBy(() -> households.establish(COMMITTEE_2, " ", li, TODAY))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violates("required")).isTrue());

    assertThat(households.history(id)).hasSize(2);
    assertThat(households.householdOf(xiao)).isEmpty();
    assertThat(households.householdOf(li)).isEmpty();
    assertThat(households.householdOf(zhang).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void changesCannotBeDatedInTheFuture() {
    HouseholdId id = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED).value().id();
    LocalDate tomorrow = TODAY.plusDays(1);

    var e = catchThrowableOfType(RuleViolationException.class,
        () -> households.establish(COMMITTEE_1, OTHER_ADDRESS, li, tomorrow));
    assertThat(e.violates("household.dateInFuture")).isTrue();
    assertThat(e.violations().get(0).field()).isEqualTo("on");
    assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("household.dateInFuture").contains("future");
    assertThat(e.getMessage(Locale.CHINESE)).contains("不能晚于今天");
    assertThatThrownBy(() -> households.moveIn(id, 1, xiao, SON, tomorrow))
        .isInstanceOfSatisfying(RuleViolationException.class,
            ex -> assertThat(ex.violates("household.dateInFuture")).isTrue());
    assertThatThrownBy(() -> households.moveOut(id, 1, zhang, tomorrow))
        .isInstanceOfSatisfying(RuleViolationException.class,
            ex -> assertThat(ex.violates("household.dateInFuture")).isTrue());

    assertThat(count(Kinds.HOUSEHOLD)).isEqualTo(1);
    assertThat(households.householdOf(li)).isEmpty();
    assertThat(households.householdOf(xiao)).isEmpty();
    // today itself is fine
    assertThat(households.moveIn(id, 1, xiao, SON, TODAY).version()).isEqualTo(2);
  }

  @Test
  void aChangeBasedOnAStaleVersionIsRejectedAndWritesNothing() {
    HouseholdId id = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED).value().id();
    households.moveIn(id, 1, wang, SPOUSE, SPOUSE_IN);

    var e = catchThrowableOfType(StaleRecordException.class, () -> households.moveIn(id, 1, xiao, SON, CHILD_IN));

    assertThat(e.kind()).isEqualTo(Kinds.HOUSEHOLD);
    assertThat(e.id()).isEqualTo(id.value());
    assertThat(e.expectedVersion()).isEqualTo(1);
    assertThat(e.actualVersion()).isEqualTo(2);
    assertThat(households.history(id)).hasSize(2);
    assertThat(households.householdOf(xiao)).isEmpty();
    assertThatThrownBy(() -> households.changeHead(id, 3, wang, CHILD_IN)).isInstanceOf(StaleRecordException.class);
    assertThatThrownBy(() -> households.moveOut(id, 1, wang, CHILD_IN)).isInstanceOf(StaleRecordException.class);
    assertThat(households.householdOf(wang).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void anUnknownHouseholdIsNotFound() {
    HouseholdId unknown = HouseholdId.parse("no-such-household");

    assertThat(households.find(unknown)).isEmpty();
    assertThatThrownBy(() -> households.history(unknown))
        .isInstanceOfSatisfying(RecordNotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kinds.HOUSEHOLD);
          assertThat(e.id()).isEqualTo(unknown.value());
        });
    assertThatThrownBy(() -> households.moveIn(unknown, 1, xiao, SON, TODAY))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> households.moveOut(unknown, 1, xiao, TODAY))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> households.changeHead(unknown, 1, xiao, TODAY))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(households.householdOf(xiao)).isEmpty();
    assertThat(count(Kinds.HOUSEHOLD)).isZero();
  }

  @Test
  void principalsOutsideTheScopeOrWithoutAHealthRoleAreDeniedAndTheDenialIsAudited() {
    Recorded<Household> household = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED);
    HouseholdId id = household.value().id();
    HealthSession otherStreet =
        health.as(Principal.of("dr-li", Set.of("family-doctor"), Set.of(OTHER_STREET.value())));
    HealthSession cadre = health.as(Principal.of("cadre-zhao", Set.of("committee-cadre"), Set.of("110105001")));

    assertThatThrownBy(() -> otherStreet.households().find(id))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.action()).isEqualTo(Action.READ);
          assertThat(e.rule()).isEqualTo("scope.outside");
        });
    assertThatThrownBy(() -> otherStreet.households().history(id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherStreet.households().moveIn(id, 1, xiao, SON, TODAY))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.AMEND));
    assertThatThrownBy(() -> otherStreet.households().establish(COMMITTEE_1, OTHER_ADDRESS, li, TODAY))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.CREATE));
    assertThat(otherStreet.households().householdOf(zhang)).isEmpty();

    assertThatThrownBy(() -> cadre.households().find(id))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo("role.none"));
    assertThatThrownBy(() -> cadre.households().establish(COMMITTEE_1, OTHER_ADDRESS, li, TODAY))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> cadre.households().changeHead(id, 1, zhang, TODAY))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> cadre.households().householdOf(zhang)).isInstanceOf(AccessDeniedException.class);

    assertThat(households.history(id)).containsExactly(household);
    assertThat(households.householdOf(xiao)).isEmpty();
    assertThat(households.householdOf(li)).isEmpty();

    List<AuditEvent> events = audit();
    assertThat(events).anySatisfy(e -> {
      assertThat(e.principalId()).isEqualTo("dr-li");
      assertThat(e.action()).isEqualTo(Action.READ);
      assertThat(e.kind()).isEqualTo(Kinds.HOUSEHOLD);
      assertThat(e.recordId()).isEqualTo(id.value());
      assertThat(e.scope()).isEqualTo(COMMITTEE_1.value());
      assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
      assertThat(e.detail()).isEqualTo("scope.outside");
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.principalId()).isEqualTo("cadre-zhao");
      assertThat(e.action()).isEqualTo(Action.CREATE);
      assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
      assertThat(e.detail()).isEqualTo("role.none");
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.principalId()).isEqualTo("dr-wang");
      assertThat(e.action()).isEqualTo(Action.CREATE);
      assertThat(e.recordId()).isEqualTo(id.value());
      assertThat(e.outcome()).isEqualTo(Outcome.SUCCEEDED);
    });
  }

  @Test
  void everyCallIsAuditedWithTheRuleOfAFailureAndWithoutPersonalData() {
    HouseholdId a = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED).value().id();
    HouseholdId b = households.establish(COMMITTEE_1, OTHER_ADDRESS, li, ESTABLISHED).value().id();
    households.find(a);
    households.householdOf(zhang);
    assertThatThrownBy(() -> households.moveIn(b, 1, zhang, SPOUSE, TODAY)).isInstanceOf(RuleViolationException.class);

    List<AuditEvent> events = audit();
    assertThat(events).extracting(AuditEvent::action, AuditEvent::outcome).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.SUCCEEDED),
        org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.SUCCEEDED),
        org.assertj.core.groups.Tuple.tuple(Action.READ, Outcome.SUCCEEDED),
        org.assertj.core.groups.Tuple.tuple(Action.SEARCH, Outcome.SUCCEEDED),
        org.assertj.core.groups.Tuple.tuple(Action.AMEND, Outcome.FAILED));
    assertThat(events).filteredOn(e -> e.outcome() == Outcome.FAILED)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.detail()).isEqualTo("household.memberElsewhere");
          assertThat(e.recordId()).isEqualTo(b.value());
        });
    assertThat(events).filteredOn(e -> e.action() == Action.SEARCH)
        .singleElement()
        .satisfies(e -> assertThat(e.scope()).isEmpty());
    assertThat(events.toString()).doesNotContain("和平里").doesNotContain("某街道");
  }

  @Test
  void inScopeListsTheHouseholdsOfThePrincipalsCommitteesDissolvedOnesIncludedInOneAuditedSearch() {
    Recorded<Household> first = households.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED);
    Recorded<Household> second = households.establish(COMMITTEE_2, OTHER_ADDRESS, wang, ESTABLISHED);
    Recorded<Household> dissolved = households.moveOut(second.value().id(), 1, wang, CHILD_IN);
    HealthSession otherStreet =
        health.as(Principal.of("dr-li", Set.of("family-doctor"), Set.of(OTHER_STREET.value())));
    Recorded<Household> elsewhere = otherStreet.households().establish(OTHER_STREET, ADDRESS, li, ESTABLISHED);

    try (Stream<Recorded<Household>> mine = households.inScope()) {
      assertThat(mine.toList()).containsExactlyInAnyOrder(first, dissolved);
    }
    try (Stream<Recorded<Household>> theirs = otherStreet.households().inScope()) {
      assertThat(theirs.toList()).containsExactly(elsewhere);
    }
    HealthSession committeeOne =
        health.as(Principal.of("dr-zhou", Set.of("family-doctor"), Set.of(COMMITTEE_1.value())));
    try (Stream<Recorded<Household>> one = committeeOne.households().inScope()) {
      assertThat(one.toList()).containsExactly(first);
    }
    HealthSession cadre = health.as(Principal.of("cadre-zhao", Set.of("committee-cadre"), Set.of("110105001")));
    assertThatThrownBy(() -> cadre.households().inScope()).isInstanceOf(AccessDeniedException.class);
    assertThat(audit()).filteredOn(e -> e.action() == Action.SEARCH && e.principalId().equals("dr-wang"))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.SUCCEEDED));
  }

  @Test
  void nullArgumentsAreRejectedBeforeAnythingHappens() {
    HouseholdId id = HouseholdId.parse("hh-1");
    List<ThrowingCallable> calls = List.of(
        () -> households.establish(null, ADDRESS, zhang, TODAY),
        () -> households.establish(COMMITTEE_1, null, zhang, TODAY),
        () -> households.establish(COMMITTEE_1, ADDRESS, null, TODAY),
        () -> households.establish(COMMITTEE_1, ADDRESS, zhang, null),
        () -> households.moveIn(null, 1, xiao, SON, TODAY),
        () -> households.moveIn(id, 1, null, SON, TODAY),
        () -> households.moveIn(id, 1, xiao, null, TODAY),
        () -> households.moveIn(id, 1, xiao, SON, null),
        () -> households.moveOut(null, 1, xiao, TODAY),
        () -> households.moveOut(id, 1, null, TODAY),
        () -> households.moveOut(id, 1, xiao, null),
        () -> households.changeHead(null, 1, xiao, TODAY),
        () -> households.changeHead(id, 1, null, TODAY),
        () -> households.changeHead(id, 1, xiao, null),
        () -> households.find(null),
        () -> households.householdOf(null),
        () -> households.history(null));
    for (ThrowingCallable call : calls) {
      assertThatNullPointerException().isThrownBy(call);
    }
    assertThat(count(Kinds.HOUSEHOLD)).isZero();
    assertThat(audit()).isEmpty();
  }

  @Test
  void householdOfShowsOnlyHouseholdsInThePrincipalsScopes() {
    Recorded<Household> household = households.establish(COMMITTEE_2, ADDRESS, zhang, ESTABLISHED);
    HouseholdService committeeOneNurse =
        health.as(Principal.of("nurse-1", Set.of("nurse"), Set.of(COMMITTEE_1.value()))).households();
    HouseholdService committeeTwoNurse =
        health.as(Principal.of("nurse-2", Set.of("nurse"), Set.of(COMMITTEE_2.value()))).households();

    assertThat(committeeOneNurse.householdOf(zhang)).isEmpty();
    assertThat(committeeTwoNurse.householdOf(zhang)).contains(household);
    assertThat(households.householdOf(zhang)).contains(household);
  }

  /**
   * A store that lines up concurrent writers: each of the armed number of threads, on its first
   * read of a household-member claim, waits until all of them have read it, so that they all see
   * the claim free and race to take it. Counts the commits the store refused as stale on a claim.
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
      if (key.kind().equals(Kinds.CLAIM_HOUSEHOLD_MEMBER) && arrived.add(Thread.currentThread())) {
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
        if (e.key().kind().equals(Kinds.CLAIM_HOUSEHOLD_MEMBER)) {
          staleClaims.incrementAndGet();
        }
        throw e;
      }
    }

  }

  /** Runs the calls at once on their own threads; returns each call's result or exception. */
  private static <T> List<Object> race(List<Callable<T>> calls) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          outcomes.add(future.get());
        } catch (ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
      return outcomes;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void ofEightConcurrentMovesOfOneResidentIntoEightHouseholdsExactlyOneSucceeds() throws Exception {
    RacingStore racing = new RacingStore(InMemoryRecordStore.create());
    CommunityHealth shared = Fixtures.health(racing);
    HouseholdService service = shared.as(doctor()).households();
    int threads = 8;
    ResidentId mover = ResidentId.random();
    List<HouseholdId> targets = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      CommitteeCode committee = i % 2 == 0 ? COMMITTEE_1 : COMMITTEE_2;
      targets.add(service.establish(committee, ADDRESS, ResidentId.random(), ESTABLISHED).value().id());
    }
    List<Callable<Recorded<Household>>> moves = new ArrayList<>();
    for (HouseholdId target : targets) {
      moves.add(() -> shared.as(doctor()).households().moveIn(target, 1, mover, NON_RELATIVE, TODAY));
    }

    racing.arm(threads);
    List<Object> outcomes = race(moves);

    List<Recorded<?>> won = outcomes.stream().filter(o -> o instanceof Recorded<?>)
        .map(o -> (Recorded<?>) o).collect(Collectors.toList());
    assertThat(won).hasSize(1);
    Household winner = (Household) won.get(0).value();
    assertThat(outcomes).filteredOn(o -> !(o instanceof Recorded<?>)).hasSize(threads - 1)
        .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertMemberElsewhere(e, winner.id())));
    // every loser took the claim at the same time as the winner and was refused by the store
    assertThat(racing.staleClaims()).isEqualTo(threads - 1);
    assertThat(service.householdOf(mover).map(Recorded::value)).contains(winner);
    StoredRecord claim = racing.read(RecordKey.of(Kinds.CLAIM_HOUSEHOLD_MEMBER, mover.value())).orElseThrow();
    assertThat(claim.version()).isEqualTo(1);
    assertThat(JsonCodec.create().read(claim.body(), Claim.class)).isEqualTo(Claim.heldBy(winner.id().value()));
    for (HouseholdId target : targets) {
      Recorded<Household> h = service.find(target).orElseThrow();
      boolean isWinner = target.equals(winner.id());
      assertThat(h.version()).isEqualTo(isWinner ? 2 : 1);
      assertThat(h.value().membersOn(TODAY).contains(mover)).isEqualTo(isWinner);
    }
  }

  @Test
  void ofEightConcurrentFoundingsByOneHeadExactlyOneSucceeds() throws Exception {
    RacingStore racing = new RacingStore(InMemoryRecordStore.create());
    CommunityHealth shared = Fixtures.health(racing);
    int threads = 8;
    List<Callable<Recorded<Household>>> foundings = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      foundings.add(() -> shared.as(doctor()).households().establish(COMMITTEE_1, ADDRESS, zhang, TODAY));
    }

    racing.arm(threads);
    List<Object> outcomes = race(foundings);

    List<Recorded<?>> won = outcomes.stream().filter(o -> o instanceof Recorded<?>)
        .map(o -> (Recorded<?>) o).collect(Collectors.toList());
    assertThat(won).hasSize(1);
    Household winner = (Household) won.get(0).value();
    assertThat(outcomes).filteredOn(o -> !(o instanceof Recorded<?>)).hasSize(threads - 1)
        .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertMemberElsewhere(e, winner.id())));
    assertThat(racing.staleClaims()).isEqualTo(threads - 1);
    try (Stream<StoredRecord> all = racing.scan(Kinds.HOUSEHOLD, ScopeFilter.all())) {
      assertThat(all.count()).isEqualTo(1);
    }
    assertThat(shared.as(doctor()).households().householdOf(zhang).map(Recorded::value)).contains(winner);
  }

  @Test
  void ofTwoConcurrentChangesOfOneHouseholdTheSecondIsStaleAndTakesNoClaim() throws Exception {
    RacingStore racing = new RacingStore(InMemoryRecordStore.create());
    CommunityHealth shared = Fixtures.health(racing);
    HouseholdService service = shared.as(doctor()).households();
    HouseholdId id = service.establish(COMMITTEE_1, ADDRESS, zhang, ESTABLISHED).value().id();
    List<Callable<Recorded<Household>>> moves = List.of(
        () -> shared.as(doctor()).households().moveIn(id, 1, wang, SPOUSE, TODAY),
        () -> shared.as(doctor()).households().moveIn(id, 1, xiao, SON, TODAY));

    racing.arm(2);
    List<Object> outcomes = race(moves);

    assertThat(outcomes).filteredOn(o -> o instanceof Recorded<?>).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !(o instanceof Recorded<?>)).singleElement()
        .isInstanceOfSatisfying(StaleRecordException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    Household after = service.find(id).orElseThrow().value();
    assertThat(after.membersOn(TODAY)).hasSize(2);
    ResidentId moved = after.membersOn(TODAY).contains(wang) ? wang : xiao;
    ResidentId refused = moved.equals(wang) ? xiao : wang;
    assertThat(service.householdOf(moved).map(Recorded::value)).contains(after);
    assertThat(service.householdOf(refused)).isEmpty();
    assertThat(racing.read(RecordKey.of(Kinds.CLAIM_HOUSEHOLD_MEMBER, refused.value()))).isEmpty();
  }
}
