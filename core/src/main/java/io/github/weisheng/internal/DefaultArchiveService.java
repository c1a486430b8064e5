package io.github.weisheng.internal;

import io.github.weisheng.Recorded;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveClosure;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.ArchiveService;
import io.github.weisheng.archive.ArchiveStatus;
import io.github.weisheng.archive.ClosureReason;
import io.github.weisheng.archive.DynamicArchivePolicy;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.archive.PersonalInformationForm;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Resident;
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
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The archive use cases over the record store, for one principal. */
public final class DefaultArchiveService implements ArchiveService {
  /** How often {@link #open} retries when a concurrent writer took the same serial. */
  private static final int MAX_ATTEMPTS = 100;
  /** The highest 5-digit serial (domain reference §1.1 [C]). */
  private static final int MAX_SERIAL = 99_999;

  private final Records records;
  private final Gate gate;
  private final IdentityKeys identityKeys;
  private final DynamicArchivePolicy dynamicPolicy;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   * @param identityKeys the identity-number pseudonymiser
   * @param dynamicPolicy when an archive is dynamic
   */
  public DefaultArchiveService(
      Records records, Gate gate, IdentityKeys identityKeys, DynamicArchivePolicy dynamicPolicy) {
    this.records = records;
    this.gate = gate;
    this.identityKeys = identityKeys;
    this.dynamicPolicy = dynamicPolicy;
  }

  static Resource resource(ArchiveNumber number) {
    return Resource.of(Kinds.ARCHIVE, number.value(), number.committee().value(), Sensitivity.IDENTIFIED);
  }

  static Set<IndexEntry> index(HealthArchive archive) {
    Set<IndexEntry> index = new java.util.HashSet<>();
    index.add(IndexEntry.of(ResidentIndex.ARCHIVE_RESIDENT, archive.resident().value()));
    index.add(IndexEntry.of("status", archive.status().name()));
    index.add(IndexEntry.of("opened", archive.openedOn().toString()));
    archive.team().ifPresent(t -> index.add(IndexEntry.of("team", t.value())));
    return index;
  }

  @Override
  public Recorded<HealthArchive> open(NewArchive request) {
    Resident resident = request.resident();
    CommitteeCode committee = resident.committee();
    Resource resource = Resource.of(Kinds.ARCHIVE, "", committee.value(), Sensitivity.IDENTIFIED);
    return gate.run(Action.CREATE, resource, () -> {
      LocalDate today = LocalDate.now(gate.clock());
      Violations v = new Violations();
      v.require(!request.openedOn().isAfter(today), "archive.openedOn", "archive.openedInFuture");
      v.require(!resident.birthDate().isAfter(request.openedOn()), "resident.birthDate", "archive.bornAfterOpening");
      v.throwIfAny();
      for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        try {
          return tryOpen(request, committee);
        } catch (StaleVersionException raced) {
          // another writer allocated the serial or touched the resident: re-read and try again
          if (attempt == MAX_ATTEMPTS - 1) {
            throw Records.stale(raced);
          }
        }
      }
      throw new IllegalStateException("unreachable");
    });
  }

  private Recorded<HealthArchive> tryOpen(NewArchive request, CommitteeCode committee) {
    Resident resident = request.resident();
    String scope = committee.value();
    List<RecordWrite> writes = new ArrayList<>();

    // the serial counter, the claims and the resident, read together
    RecordKey counterKey = RecordKey.of(Kinds.ARCHIVE_SERIAL, scope);
    RecordKey residentClaimKey = RecordKey.of(Kinds.CLAIM_RESIDENT_ARCHIVE, resident.id().value());
    Optional<RecordKey> citizenClaimKey = resident.citizenId().map(this::citizenClaimKey);
    RecordKey residentKey = RecordKey.of(Kinds.RESIDENT, resident.id().value());
    List<RecordKey> keys = new ArrayList<>(List.of(counterKey, residentClaimKey, residentKey));
    citizenClaimKey.ifPresent(keys::add);
    Map<RecordKey, StoredRecord> found = records.store().readAll(keys);

    var counter = Optional.ofNullable(found.get(counterKey)).map(r -> records.decode(r, SerialCounter.class));
    int serial = counter.map(c -> c.value().last()).orElse(0) + 1;
    if (serial > MAX_SERIAL) {
      throw RuleViolationException.of("archive.number", "archive.serialExhausted", scope);
    }
    writes.add(records.write(counterKey, counter.map(Recorded::version).orElse(0L), scope,
        new SerialCounter(serial), Set.of()));
    ArchiveNumber number = ArchiveNumber.of(committee, serial);

    writes.add(claim(residentClaimKey, found, scope, number, "resident.id"));
    citizenClaimKey.ifPresent(key -> writes.add(claim(key, found, scope, number, "resident.citizenId")));

    long residentVersion = Optional.ofNullable(found.get(residentKey)).map(StoredRecord::version).orElse(0L);
    writes.add(records.write(residentKey, residentVersion, scope, resident, ResidentIndex.of(resident)));

    HealthArchive archive = HealthArchive.builder()
        .number(number)
        .resident(resident.id())
        .openedOn(request.openedOn())
        .institution(request.institution())
        .team(request.team())
        .electronic(request.electronic())
        .form(request.form())
        .transferredIn(request.transferredIn())
        .build();
    writes.add(records.write(RecordKey.of(Kinds.ARCHIVE, number.value()), 0, scope, archive, index(archive)));

    var at = records.commitOrThrowStale("archive.open", writes);
    return Recorded.of(archive, 1, at, records.author(), "archive.open");
  }

  RecordKey citizenClaimKey(CitizenId id) {
    return RecordKey.of(Kinds.CLAIM_CITIZEN_ID, identityKeys.idOf(id.toEighteen().value()));
  }

  /** Takes a claim for the new archive, or refuses with a pointer to the archive that holds it. */
  private RecordWrite claim(
      RecordKey key, Map<RecordKey, StoredRecord> found, String scope, ArchiveNumber number, String field) {
    var existing = Optional.ofNullable(found.get(key)).map(r -> records.decode(r, Claim.class));
    if (existing.isPresent() && !existing.get().value().released()) {
      throw RuleViolationException.of(field, "archive.duplicate", existing.get().value().holder());
    }
    return records.write(key, existing.map(Recorded::version).orElse(0L), scope,
        Claim.heldBy(number.value()), Set.of());
  }

  @Override
  public Optional<Recorded<HealthArchive>> find(ArchiveNumber number) {
    return gate.run(Action.READ, resource(number),
        () -> records.read(RecordKey.of(Kinds.ARCHIVE, number.value()), HealthArchive.class));
  }

  @Override
  public Optional<Recorded<HealthArchive>> findByCitizenId(CitizenId id) {
    Resource search = Resource.of(Kinds.ARCHIVE, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> records.read(citizenClaimKey(id), Claim.class)
        .filter(c -> !c.value().released())
        .map(c -> ArchiveNumber.parse(c.value().holder()))
        .filter(n -> gate.principal().covers(n.committee().value()))
        .flatMap(n -> records.read(RecordKey.of(Kinds.ARCHIVE, n.value()), HealthArchive.class)));
  }

  @Override
  public Stream<Recorded<HealthArchive>> inScope() {
    Resource search = Resource.of(Kinds.ARCHIVE, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> records.store()
        .scan(Kinds.ARCHIVE, ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.decode(r, HealthArchive.class)));
  }

  @Override
  public Recorded<HealthArchive> amendForm(
      ArchiveNumber number, long basedOnVersion, PersonalInformationForm form, String reason) {
    return gate.run(Action.AMEND, resource(number), () -> {
      Recorded<HealthArchive> current = current(number, basedOnVersion);
      requireActive(current.value());
      return save(current, current.value().withForm(form), reason(reason), List.of());
    });
  }

  @Override
  public Recorded<HealthArchive> close(ArchiveNumber number, long basedOnVersion, ArchiveClosure closure) {
    return gate.run(Action.CLOSE, resource(number), () -> {
      Recorded<HealthArchive> current = current(number, basedOnVersion);
      requireActive(current.value());
      HealthArchive closed = current.value().withClosure(Optional.of(closure));
      List<RecordWrite> releases = new ArrayList<>();
      if (closure.reason() == ClosureReason.VOID) {
        releases.addAll(releaseClaims(current.value()));
      }
      return save(current, closed, "archive.close." + closure.reason().name().toLowerCase(java.util.Locale.ROOT),
          releases);
    });
  }

  /** Releases the claims a voided archive holds, so the resident can get a correct archive. */
  private List<RecordWrite> releaseClaims(HealthArchive archive) {
    List<RecordWrite> writes = new ArrayList<>();
    String scope = archive.number().committee().value();
    List<RecordKey> keys = new ArrayList<>();
    keys.add(RecordKey.of(Kinds.CLAIM_RESIDENT_ARCHIVE, archive.resident().value()));
    records.read(RecordKey.of(Kinds.RESIDENT, archive.resident().value()), Resident.class)
        .flatMap(r -> r.value().citizenId())
        .ifPresent(id -> keys.add(citizenClaimKey(id)));
    for (RecordKey key : keys) {
      records.read(key, Claim.class)
          .filter(c -> c.value().holder().equals(archive.number().value()) && !c.value().released())
          .ifPresent(c -> writes.add(records.write(key, c.version(), scope, c.value().release(), Set.of())));
    }
    return writes;
  }

  @Override
  public Recorded<HealthArchive> reopen(ArchiveNumber number, long basedOnVersion, String reason) {
    return gate.run(Action.AMEND, resource(number), () -> {
      Recorded<HealthArchive> current = current(number, basedOnVersion);
      ArchiveStatus status = current.value().status();
      if (status != ArchiveStatus.TRANSFERRED_OUT && status != ArchiveStatus.LOST_TO_FOLLOW_UP) {
        throw RuleViolationException.of("archive.status", "archive.cannotReopen", status.name());
      }
      return save(current, current.value().withClosure(Optional.empty()), reason(reason), List.of());
    });
  }

  @Override
  public List<Recorded<HealthArchive>> history(ArchiveNumber number) {
    return gate.run(Action.READ, resource(number), () -> {
      List<Recorded<HealthArchive>> versions =
          records.history(RecordKey.of(Kinds.ARCHIVE, number.value()), HealthArchive.class);
      if (versions.isEmpty()) {
        throw new RecordNotFoundException(Kinds.ARCHIVE, number.value());
      }
      return versions;
    });
  }

  @Override
  public void recordService(ServiceRecord record) {
    ArchiveNumber number = record.archive();
    Resource resource = Resource.of(Kinds.ARCHIVE_SERVICE, "", number.committee().value(), Sensitivity.IDENTIFIED);
    gate.run(Action.CREATE, resource, () -> {
      HealthArchive archive = records.read(RecordKey.of(Kinds.ARCHIVE, number.value()), HealthArchive.class)
          .orElseThrow(() -> new RecordNotFoundException(Kinds.ARCHIVE, number.value()))
          .value();
      requireActive(archive);
      if (record.date().isAfter(LocalDate.now(gate.clock()))) {
        throw RuleViolationException.of("serviceRecord.date", "serviceRecord.dateInFuture");
      }
      RecordKey key = RecordKey.of(Kinds.ARCHIVE_SERVICE, UUID.randomUUID().toString());
      records.commit("archive.service", List.of(records.write(key, 0, number.committee().value(), record,
          Set.of(ServiceIndex.of(number, record.date())))));
      return key;
    });
  }

  @Override
  public Optional<LocalDate> latestCountingService(ArchiveNumber number, LocalDate asOf) {
    return gate.run(Action.READ, resource(number), () -> {
      IndexQuery query = ServiceIndex.between(number, dynamicPolicy.windowStart(asOf), asOf);
      try (Stream<StoredRecord> found =
          records.store().find(query, ScopeFilter.within(number.committee().value()))) {
        List<ServiceRecord> services =
            found.map(r -> records.json().read(r.body(), ServiceRecord.class)).collect(Collectors.toList());
        return dynamicPolicy.latestCountingDate(services, asOf);
      }
    });
  }

  /**
   * One scan of the service records in the principal's scopes. When the policy counts every
   * service type (the default), a record's archive and date come from its {@code archive-date}
   * index entry, which every service writer in this library sets, and its body is not decoded; a
   * policy that counts only some types needs each record's type, so then every body is decoded, as
   * is any record without the entry.
   */
  @Override
  public Map<ArchiveNumber, LocalDate> latestCountingServices(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Resource search = Resource.of(Kinds.ARCHIVE_SERVICE, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> {
      boolean everyType = dynamicPolicy.countedTypes().containsAll(EnumSet.allOf(ServiceType.class));
      LatestInWindow latest = new LatestInWindow(dynamicPolicy.windowStart(asOf), asOf);
      try (Stream<StoredRecord> found =
          records.store().scan(Kinds.ARCHIVE_SERVICE, ScopeFilter.within(gate.principal().scopes()))) {
        for (StoredRecord r : (Iterable<StoredRecord>) found::iterator) {
          ServiceIndex.@Nullable Entry entry = everyType ? ServiceIndex.valueOf(r) : null;
          if (entry != null) {
            latest.offer(entry.archive(), entry.date());
          } else {
            ServiceRecord service = records.json().read(r.body(), ServiceRecord.class);
            if (dynamicPolicy.counts(service, asOf)) {
              latest.offer(service.archive().value(), service.date().toString());
            }
          }
        }
      }
      return latest.byArchive();
    });
  }

  /**
   * The latest service date per archive within a window, collected from ISO dates as text: for
   * four-digit years ({@code yyyy-MM-dd}, ten characters) text order is date order, so such dates
   * are compared without being parsed; any other form is parsed.
   */
  private static final class LatestInWindow {
    private final String first;
    private final String last;
    private final Map<String, String> latest = new HashMap<>();

    LatestInWindow(LocalDate first, LocalDate last) {
      this.first = first.toString();
      this.last = last.toString();
    }

    void offer(String archive, String date) {
      if (compare(date, first) >= 0 && compare(date, last) <= 0) {
        latest.merge(archive, date, (a, b) -> compare(a, b) >= 0 ? a : b);
      }
    }

    private static int compare(String a, String b) {
      return a.length() == 10 && b.length() == 10 ? a.compareTo(b) : LocalDate.parse(a).compareTo(LocalDate.parse(b));
    }

    Map<ArchiveNumber, LocalDate> byArchive() {
      Map<ArchiveNumber, LocalDate> result = new HashMap<>();
      latest.forEach((archive, date) -> result.put(ArchiveNumber.parse(archive), LocalDate.parse(date)));
      return Map.copyOf(result);
    }
  }

  private Recorded<HealthArchive> current(ArchiveNumber number, long basedOnVersion) {
    Recorded<HealthArchive> current = records.read(RecordKey.of(Kinds.ARCHIVE, number.value()), HealthArchive.class)
        .orElseThrow(() -> new RecordNotFoundException(Kinds.ARCHIVE, number.value()));
    if (current.version() != basedOnVersion) {
      throw new StaleRecordException(Kinds.ARCHIVE, number.value(), basedOnVersion, current.version(), null);
    }
    return current;
  }

  private static void requireActive(HealthArchive archive) {
    if (!archive.isActive()) {
      throw RuleViolationException.of("archive.status", "archive.notActive", archive.status().name());
    }
  }

  private Recorded<HealthArchive> save(
      Recorded<HealthArchive> current, HealthArchive next, String reason, List<RecordWrite> more) {
    String scope = next.number().committee().value();
    List<RecordWrite> writes = new ArrayList<>();
    writes.add(records.write(RecordKey.of(Kinds.ARCHIVE, next.number().value()), current.version(), scope, next,
        index(next)));
    writes.addAll(more);
    var at = records.commit(reason, writes);
    return Recorded.of(next, current.version() + 1, at, records.author(), reason);
  }

  private static String reason(String reason) {
    if (reason.isBlank() || reason.length() > 200) {
      throw RuleViolationException.of("reason", "archive.reason", 200);
    }
    return reason;
  }

  @Override
  public DynamicArchivePolicy dynamicPolicy() {
    return dynamicPolicy;
  }
}
