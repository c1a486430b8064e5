package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.EnrolmentClosure;
import io.github.weisheng.chronic.EnrolmentClosureReason;
import io.github.weisheng.chronic.EnrolmentId;
import io.github.weisheng.chronic.EnrolmentService;
import io.github.weisheng.chronic.IcdCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The chronic-disease enrolment use cases over the record store, for one principal. "One active
 * enrolment per archive and condition" is kept by a claim record ({@link
 * Kinds#CLAIM_CHRONIC_ENROLMENT}, id = archive number + "." + condition, held by the enrolment id),
 * taken in the commit that creates the enrolment and released in the commit that closes it, so that
 * the store's optimistic concurrency settles concurrent enrolments: the losers' commits are stale,
 * and their next attempt finds the claim held.
 */
public final class DefaultEnrolmentService implements EnrolmentService {
  /** How often a command retries when a concurrent writer changed the claim it writes. */
  private static final int MAX_ATTEMPTS = 100;

  private final Records records;
  private final Gate gate;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   */
  public DefaultEnrolmentService(Records records, Gate gate) {
    this.records = records;
    this.gate = gate;
  }

  static Resource resource(EnrolmentId id, String scope) {
    return Resource.of(Kinds.CHRONIC_ENROLMENT, id.value(), scope, Sensitivity.IDENTIFIED);
  }

  /** The enrolment's index entries: archive number, condition, date and team; nothing personal. */
  static Set<IndexEntry> index(Enrolment enrolment) {
    return Set.of(
        IndexEntry.of("archive", enrolment.archive().value()),
        IndexEntry.of("condition", enrolment.condition().name()),
        IndexEntry.of("enrolled", enrolment.enrolledOn().toString()),
        IndexEntry.of("team", enrolment.team().value()));
  }

  private static RecordKey key(EnrolmentId id) {
    return RecordKey.of(Kinds.CHRONIC_ENROLMENT, id.value());
  }

  private static RecordKey claimKey(ArchiveNumber archive, ChronicCondition condition) {
    return RecordKey.of(Kinds.CLAIM_CHRONIC_ENROLMENT, archive.value() + "." + condition.name());
  }

  private static String scope(ArchiveNumber archive) {
    return archive.committee().value();
  }

  private Optional<Recorded<Enrolment>> read(EnrolmentId id) {
    return records.read(key(id), Enrolment.class);
  }

  @Override
  public Recorded<Enrolment> enrol(
      ArchiveNumber archive,
      ChronicCondition condition,
      IcdCode diagnosis,
      LocalDate enrolledOn,
      String diagnosingInstitution,
      OrgUnitId team) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(diagnosis, "diagnosis");
    Objects.requireNonNull(enrolledOn, "enrolledOn");
    Objects.requireNonNull(diagnosingInstitution, "diagnosingInstitution");
    Objects.requireNonNull(team, "team");
    EnrolmentId id = EnrolmentId.random();
    return gate.run(Action.CREATE, resource(id, scope(archive)), () -> retryingRaces(() -> create(
        Enrolment.builder().id(id).archive(archive).condition(condition).diagnosis(diagnosis)
            .enrolledOn(enrolledOn).diagnosingInstitution(diagnosingInstitution).team(team),
        archive, condition, enrolledOn, Optional.empty(), "chronic.enrol")));
  }

  @Override
  public Recorded<Enrolment> reenrol(
      EnrolmentId previous, IcdCode diagnosis, LocalDate enrolledOn, String diagnosingInstitution, OrgUnitId team) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(diagnosis, "diagnosis");
    Objects.requireNonNull(enrolledOn, "enrolledOn");
    Objects.requireNonNull(diagnosingInstitution, "diagnosingInstitution");
    Objects.requireNonNull(team, "team");
    EnrolmentId id = EnrolmentId.random();
    String scope = read(previous).map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.CREATE, resource(id, scope), () -> retryingRaces(() -> {
      Enrolment closed = read(previous)
          .orElseThrow(() -> new RecordNotFoundException(Kinds.CHRONIC_ENROLMENT, previous.value()))
          .value();
      return create(
          Enrolment.builder().id(id).archive(closed.archive()).condition(closed.condition()).diagnosis(diagnosis)
              .enrolledOn(enrolledOn).diagnosingInstitution(diagnosingInstitution).team(team).previous(previous),
          closed.archive(), closed.condition(), enrolledOn, Optional.of(closed), "chronic.reenrol");
    }));
  }

  /**
   * One attempt to create an enrolment: checks every rule against the current archive and claim,
   * then commits the enrolment with the claim; a concurrent change of the claim makes the commit
   * stale and the caller tries again.
   */
  private Recorded<Enrolment> create(
      Enrolment.Builder draft,
      ArchiveNumber archiveNumber,
      ChronicCondition condition,
      LocalDate enrolledOn,
      Optional<Enrolment> previous,
      String reason) {
    HealthArchive archive = records.read(RecordKey.of(Kinds.ARCHIVE, archiveNumber.value()), HealthArchive.class)
        .orElseThrow(() -> new RecordNotFoundException(Kinds.ARCHIVE, archiveNumber.value()))
        .value();
    List<RuleViolation> broken = new ArrayList<>();
    @Nullable Enrolment enrolment = null;
    try {
      enrolment = draft.build();
    } catch (RuleViolationException e) {
      broken.addAll(e.violations());
    }
    if (!archive.isActive()) {
      broken.add(RuleViolation.of("enrolment.archive", "chronic.archiveNotActive", archive.status().name()));
    }
    if (enrolledOn.isAfter(LocalDate.now(gate.clock()))) {
      broken.add(RuleViolation.of("enrolment.enrolledOn", "chronic.enrolledInFuture"));
    }
    if (enrolledOn.isBefore(archive.openedOn())) {
      broken.add(RuleViolation.of("enrolment.enrolledOn", "chronic.enrolledBeforeArchive"));
    }
    previous.ifPresent(p -> broken.addAll(reenrolmentRules(p, enrolledOn)));
    RecordKey claimKey = claimKey(archiveNumber, condition);
    Optional<Recorded<Claim>> claim = records.read(claimKey, Claim.class);
    if (claim.isPresent() && !claim.get().value().released()) {
      broken.add(RuleViolation.of("enrolment.condition", "chronic.alreadyEnrolled", claim.get().value().holder()));
    }
    if (!broken.isEmpty() || enrolment == null) {
      throw new RuleViolationException(broken);
    }
    String scope = scope(archiveNumber);
    List<RecordWrite> writes = List.of(
        records.write(key(enrolment.id()), 0, scope, enrolment, index(enrolment)),
        records.write(claimKey, claim.map(Recorded::version).orElse(0L), scope,
            Claim.heldBy(enrolment.id().value()), Set.of()));
    Instant at = records.commitOrThrowStale(reason, writes);
    return Recorded.of(enrolment, 1, at, records.author(), reason);
  }

  /** A re-enrolment follows a closure other than death, on or after its date. */
  private static List<RuleViolation> reenrolmentRules(Enrolment previous, LocalDate enrolledOn) {
    List<RuleViolation> broken = new ArrayList<>();
    Optional<EnrolmentClosure> closure = previous.closure();
    if (closure.isEmpty()) {
      broken.add(RuleViolation.of("enrolment.previous", "chronic.previousNotClosed"));
    } else if (closure.get().reason() == EnrolmentClosureReason.DEATH) {
      broken.add(RuleViolation.of("enrolment.previous", "chronic.reenrolAfterDeath"));
    } else if (enrolledOn.isBefore(closure.get().on())) {
      broken.add(RuleViolation.of("enrolment.enrolledOn", "chronic.reenrolBeforeClosure"));
    }
    return broken;
  }

  @Override
  public Recorded<Enrolment> close(EnrolmentId id, long basedOnVersion, EnrolmentClosure closure) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(closure, "closure");
    String scope = read(id).map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.CLOSE, resource(id, scope), () -> {
      Recorded<Enrolment> current =
          read(id).orElseThrow(() -> new RecordNotFoundException(Kinds.CHRONIC_ENROLMENT, id.value()));
      if (current.version() != basedOnVersion) {
        throw new StaleRecordException(Kinds.CHRONIC_ENROLMENT, id.value(), basedOnVersion, current.version(), null);
      }
      Enrolment enrolment = current.value();
      if (!enrolment.isActive()) {
        throw RuleViolationException.of("enrolment.status", "chronic.notActive", enrolment.status().name());
      }
      List<RuleViolation> broken = new ArrayList<>();
      if (closure.on().isAfter(LocalDate.now(gate.clock()))) {
        broken.add(RuleViolation.of("enrolment.closure.on", "chronic.closedInFuture"));
      }
      @Nullable Enrolment closed = null;
      try {
        closed = enrolment.withClosure(closure);
      } catch (RuleViolationException e) {
        broken.addAll(e.violations());
      }
      if (!broken.isEmpty() || closed == null) {
        throw new RuleViolationException(broken);
      }
      String reason = "chronic.close." + closure.reason().name().toLowerCase(Locale.ROOT);
      String recordScope = scope(closed.archive());
      List<RecordWrite> writes = new ArrayList<>();
      writes.add(records.write(key(id), current.version(), recordScope, closed, index(closed)));
      RecordKey claimKey = claimKey(closed.archive(), closed.condition());
      records.read(claimKey, Claim.class)
          .filter(c -> c.value().holder().equals(id.value()) && !c.value().released())
          .ifPresent(c -> writes.add(records.write(claimKey, c.version(), recordScope, c.value().release(), Set.of())));
      Instant at = records.commit(reason, writes);
      return Recorded.of(closed, current.version() + 1, at, records.author(), reason);
    });
  }

  @Override
  public Optional<Recorded<Enrolment>> find(EnrolmentId id) {
    Objects.requireNonNull(id, "id");
    Optional<Recorded<Enrolment>> found = read(id);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.READ, resource(id, scope), () -> found);
  }

  @Override
  public List<Recorded<Enrolment>> enrolmentsOf(ArchiveNumber archive) {
    Objects.requireNonNull(archive, "archive");
    String scope = scope(archive);
    Resource search = Resource.of(Kinds.CHRONIC_ENROLMENT, "", scope, Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> {
      IndexQuery query = IndexQuery.equalTo(Kinds.CHRONIC_ENROLMENT, "archive", archive.value());
      try (Stream<StoredRecord> found = records.store().find(query, ScopeFilter.within(scope))) {
        return found.map(r -> records.decode(r, Enrolment.class))
            .sorted(Comparator.comparing((Recorded<Enrolment> r) -> r.value().enrolledOn())
                .thenComparing(r -> r.value().id()))
            .collect(Collectors.toList());
      }
    });
  }

  @Override
  public List<Recorded<Enrolment>> history(EnrolmentId id) {
    Objects.requireNonNull(id, "id");
    List<Recorded<Enrolment>> versions = records.history(key(id), Enrolment.class);
    String scope = versions.isEmpty() ? "" : scope(versions.get(versions.size() - 1).value().archive());
    return gate.run(Action.READ, resource(id, scope), () -> {
      if (versions.isEmpty()) {
        throw new RecordNotFoundException(Kinds.CHRONIC_ENROLMENT, id.value());
      }
      return versions;
    });
  }

  @Override
  public Stream<Recorded<Enrolment>> inScope() {
    Resource search = Resource.of(Kinds.CHRONIC_ENROLMENT, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> records.store()
        .scan(Kinds.CHRONIC_ENROLMENT, ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.decode(r, Enrolment.class)));
  }

  @Override
  public Stream<Recorded<Enrolment>> inScope(ChronicCondition condition) {
    Objects.requireNonNull(condition, "condition");
    Resource search = Resource.of(Kinds.CHRONIC_ENROLMENT, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> records.store()
        .find(IndexQuery.equalTo(Kinds.CHRONIC_ENROLMENT, "condition", condition.name()),
            ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.decode(r, Enrolment.class)));
  }

  /**
   * Runs an attempt again when the store reports a stale version: another writer took or released
   * the claim the attempt read. The next attempt re-reads it, so it ends in the rule the race
   * decided ({@code chronic.alreadyEnrolled}).
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
}
