package io.github.weisheng.internal;

import io.github.weisheng.Recorded;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.resident.Household;
import io.github.weisheng.resident.HouseholdId;
import io.github.weisheng.resident.HouseholdService;
import io.github.weisheng.resident.Membership;
import io.github.weisheng.resident.RelationToHead;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The household use cases over the record store, for one principal. "One household at a time" is
 * kept by a claim record per resident ({@link Kinds#CLAIM_HOUSEHOLD_MEMBER}, id = the resident id,
 * held by the household id), taken or released in the same commit as the household's new version,
 * so that the store's optimistic concurrency settles concurrent moves of one resident.
 */
public final class DefaultHouseholdService implements HouseholdService {
  /** How often a command retries when a concurrent writer changed a claim it writes. */
  private static final int MAX_ATTEMPTS = 100;

  private final Records records;
  private final Gate gate;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   */
  public DefaultHouseholdService(Records records, Gate gate) {
    this.records = records;
    this.gate = gate;
  }

  static Resource resource(HouseholdId id, String scope) {
    return Resource.of(Kinds.HOUSEHOLD, id.value(), scope, Sensitivity.IDENTIFIED);
  }

  /** The household's index entries: its committee and its founding day, nothing personal. */
  static Set<IndexEntry> index(Household household) {
    return Set.of(
        IndexEntry.of("committee", household.committee().value()),
        IndexEntry.of("established", household.established().toString()));
  }

  private static RecordKey key(HouseholdId id) {
    return RecordKey.of(Kinds.HOUSEHOLD, id.value());
  }

  private static RecordKey claimKey(ResidentId resident) {
    return RecordKey.of(Kinds.CLAIM_HOUSEHOLD_MEMBER, resident.value());
  }

  private Optional<Recorded<Household>> read(HouseholdId id) {
    return records.read(key(id), Household.class);
  }

  @Override
  public Recorded<Household> establish(CommitteeCode committee, String address, ResidentId head, LocalDate on) {
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(on, "on");
    HouseholdId id = HouseholdId.random();
    String reason = "household.establish";
    return gate.run(Action.CREATE, resource(id, committee.value()), () -> {
      requireNotInFuture(on);
      Household household = Household.establish(id, committee, address, head, on);
      return retryingRaces(() -> {
        List<RecordWrite> writes = new ArrayList<>();
        writes.add(records.write(key(id), 0, committee.value(), household, index(household)));
        writes.add(takeClaim(head, household, on));
        Instant at = records.commitOrThrowStale(reason, writes);
        return Recorded.of(household, 1, at, records.author(), reason);
      });
    });
  }

  @Override
  public Recorded<Household> moveIn(
      HouseholdId id, long basedOnVersion, ResidentId resident, RelationToHead relation, LocalDate on) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resident, "resident");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(on, "on");
    return change(id, basedOnVersion, on, "household.moveIn",
        h -> h.moveIn(resident, relation, on),
        next -> List.of(takeClaim(resident, next, on)));
  }

  @Override
  public Recorded<Household> moveOut(HouseholdId id, long basedOnVersion, ResidentId resident, LocalDate on) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resident, "resident");
    Objects.requireNonNull(on, "on");
    return change(id, basedOnVersion, on, "household.moveOut",
        h -> h.moveOut(resident, on),
        next -> releaseClaim(resident, next));
  }

  @Override
  public Recorded<Household> changeHead(HouseholdId id, long basedOnVersion, ResidentId newHead, LocalDate on) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(newHead, "newHead");
    Objects.requireNonNull(on, "on");
    return change(id, basedOnVersion, on, "household.changeHead", h -> h.changeHead(newHead, on), next -> List.of());
  }

  /**
   * Amends a household: checks it exists and is at the caller's version, applies the operation, and
   * commits the new version together with the claim writes, retrying when only a claim raced.
   */
  private Recorded<Household> change(
      HouseholdId id,
      long basedOnVersion,
      LocalDate on,
      String reason,
      UnaryOperator<Household> operation,
      Function<Household, List<RecordWrite>> claims) {
    String scope = read(id).map(r -> r.value().committee().value()).orElse("");
    return gate.run(Action.AMEND, resource(id, scope), () -> retryingRaces(() -> {
      Recorded<Household> current = read(id).orElseThrow(() -> new RecordNotFoundException(Kinds.HOUSEHOLD, id.value()));
      if (current.version() != basedOnVersion) {
        throw new StaleRecordException(Kinds.HOUSEHOLD, id.value(), basedOnVersion, current.version(), null);
      }
      requireNotInFuture(on);
      Household next = operation.apply(current.value());
      List<RecordWrite> writes = new ArrayList<>();
      writes.add(records.write(key(id), current.version(), next.committee().value(), next, index(next)));
      writes.addAll(claims.apply(next));
      Instant at = records.commitOrThrowStale(reason, writes);
      return Recorded.of(next, current.version() + 1, at, records.author(), reason);
    }));
  }

  /**
   * Runs an attempt again when the store reports a stale version: another writer changed a record
   * the attempt read (a claim, or the household itself). The next attempt re-reads everything, so
   * it ends in the rule the race decided ({@code household.memberElsewhere}) or, when the household
   * itself moved on, in {@link StaleRecordException}.
   */
  private static <T> T retryingRaces(Supplier<T> attempt) {
    for (int i = 1; ; i++) {
      try {
        return attempt.get();
      } catch (StaleVersionException raced) {
        if (i == MAX_ATTEMPTS) {
          throw Records.stale(raced);
        }
      }
    }
  }

  private void requireNotInFuture(LocalDate on) {
    if (on.isAfter(LocalDate.now(gate.clock()))) {
      throw RuleViolationException.of("on", "household.dateInFuture");
    }
  }

  /**
   * Takes the resident's claim for a household, or refuses with a pointer to the household that
   * holds it. A released claim is taken only when the resident left its last holder on or before
   * the day they join (memberships never overlap across households); as every claim was taken
   * that way, checking the last holder covers all earlier ones.
   */
  private RecordWrite takeClaim(ResidentId resident, Household household, LocalDate joined) {
    RecordKey key = claimKey(resident);
    Optional<Recorded<Claim>> existing = records.read(key, Claim.class);
    String id = household.id().value();
    if (existing.isPresent() && !existing.get().value().holder().equals(id)) {
      Claim claim = existing.get().value();
      if (!claim.released() || leftOn(resident, HouseholdId.parse(claim.holder())).isAfter(joined)) {
        throw RuleViolationException.of("resident", "household.memberElsewhere", claim.holder());
      }
    }
    return records.write(key, existing.map(Recorded::version).orElse(0L), household.committee().value(),
        Claim.heldBy(id), Set.of());
  }

  /** The day a resident last left a household; {@link LocalDate#MIN} when there is no record of it. */
  private LocalDate leftOn(ResidentId resident, HouseholdId household) {
    LocalDate left = LocalDate.MIN;
    Optional<Recorded<Household>> found = read(household);
    if (found.isPresent()) {
      for (Membership m : found.get().value().memberships()) {
        if (m.resident().equals(resident) && m.until().isPresent() && m.until().get().isAfter(left)) {
          left = m.until().get();
        }
      }
    }
    return left;
  }

  /** Releases the resident's claim when this household holds it. */
  private List<RecordWrite> releaseClaim(ResidentId resident, Household household) {
    RecordKey key = claimKey(resident);
    return records.read(key, Claim.class)
        .filter(c -> c.value().holder().equals(household.id().value()) && !c.value().released())
        .map(c -> List.of(records.write(key, c.version(), household.committee().value(), c.value().release(),
            Set.<IndexEntry>of())))
        .orElse(List.of());
  }

  @Override
  public Optional<Recorded<Household>> find(HouseholdId id) {
    Objects.requireNonNull(id, "id");
    Optional<Recorded<Household>> found = read(id);
    String scope = found.map(r -> r.value().committee().value()).orElse("");
    return gate.run(Action.READ, resource(id, scope), () -> found);
  }

  @Override
  public Optional<Recorded<Household>> householdOf(ResidentId resident) {
    Objects.requireNonNull(resident, "resident");
    Resource search = Resource.of(Kinds.HOUSEHOLD, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> records.read(claimKey(resident), Claim.class)
        .filter(c -> !c.value().released())
        .flatMap(c -> read(HouseholdId.parse(c.value().holder())))
        .filter(h -> gate.principal().covers(h.value().committee().value())));
  }

  @Override
  public Stream<Recorded<Household>> inScope() {
    Resource search = Resource.of(Kinds.HOUSEHOLD, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> records.store()
        .scan(Kinds.HOUSEHOLD, ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.decode(r, Household.class)));
  }

  @Override
  public List<Recorded<Household>> history(HouseholdId id) {
    Objects.requireNonNull(id, "id");
    List<Recorded<Household>> versions = records.history(key(id), Household.class);
    String scope = versions.isEmpty() ? "" : versions.get(versions.size() - 1).value().committee().value();
    return gate.run(Action.READ, resource(id, scope), () -> {
      if (versions.isEmpty()) {
        throw new RecordNotFoundException(Kinds.HOUSEHOLD, id.value());
      }
      return versions;
    });
  }
}
