package io.github.weisheng.internal;

import io.github.weisheng.Recorded;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.access.MaskedResident;
import io.github.weisheng.access.Masking;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.resident.ResidentService;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.validation.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The resident use cases over the record store, for one principal. */
public final class DefaultResidentService implements ResidentService {
  private final Records records;
  private final Gate gate;
  private final DefaultArchiveService archives;
  private final Masking masking;

  /**
   * Creates the service.
   *
   * @param records typed store access
   * @param gate the principal's gate
   * @param archives the archive service (for identity-key claims)
   * @param masking how identifiers are masked for de-identified views
   */
  public DefaultResidentService(Records records, Gate gate, DefaultArchiveService archives, Masking masking) {
    this.records = records;
    this.gate = gate;
    this.archives = archives;
    this.masking = masking;
  }

  private Optional<Recorded<Resident>> read(ResidentId id) {
    return records.read(RecordKey.of(Kinds.RESIDENT, id.value()), Resident.class);
  }

  private Resource resource(ResidentId id, String scope) {
    return Resource.of(Kinds.RESIDENT, id.value(), scope, Sensitivity.IDENTIFIED);
  }

  @Override
  public Optional<Recorded<Resident>> find(ResidentId id) {
    Optional<Recorded<Resident>> found = read(id);
    String scope = found.map(r -> r.value().committee().value()).orElse("");
    return gate.run(Action.READ, resource(id, scope), () -> found);
  }

  @Override
  public Stream<Recorded<Resident>> inScope() {
    Resource search = Resource.of(Kinds.RESIDENT, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> records.store()
        .scan(Kinds.RESIDENT, ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.decode(r, Resident.class)));
  }

  @Override
  public Stream<MaskedResident> inScopeMasked() {
    Resource report = Resource.of(Kinds.RESIDENT, "", "", Sensitivity.DE_IDENTIFIED);
    return gate.run(Action.REPORT, report, () -> records.store()
        .scan(Kinds.RESIDENT, ScopeFilter.within(gate.principal().scopes()))
        .map(r -> masking.resident(records.json().read(r.body(), Resident.class))));
  }

  @Override
  public Recorded<Resident> amend(Resident amended, long basedOnVersion, String reason) {
    ResidentId id = amended.id();
    Recorded<Resident> current = read(id).orElseThrow(() -> new RecordNotFoundException(Kinds.RESIDENT, id.value()));
    gate.check(Action.AMEND, resource(id, current.value().committee().value()));
    return gate.run(Action.AMEND, resource(id, amended.committee().value()), () -> {
      if (current.version() != basedOnVersion) {
        throw new StaleRecordException(Kinds.RESIDENT, id.value(), basedOnVersion, current.version(), null);
      }
      if (reason.isBlank() || reason.length() > 200) {
        throw RuleViolationException.of("reason", "archive.reason", 200);
      }
      List<RecordWrite> writes = new ArrayList<>();
      writes.add(records.write(RecordKey.of(Kinds.RESIDENT, id.value()), current.version(),
          amended.committee().value(), amended, ResidentIndex.of(amended)));
      writes.addAll(moveIdentityClaim(current.value(), amended));
      var at = records.commit(reason, writes);
      return Recorded.of(amended, current.version() + 1, at, records.author(), reason);
    });
  }

  /** When the ID number of a resident with an archive changes, the archive's claim moves with it. */
  private List<RecordWrite> moveIdentityClaim(Resident before, Resident after) {
    Optional<CitizenId> oldId = before.citizenId().map(CitizenId::toEighteen);
    Optional<CitizenId> newId = after.citizenId().map(CitizenId::toEighteen);
    if (Objects.equals(oldId, newId)) {
      return List.of();
    }
    Optional<Claim> archiveClaim = records.read(
            RecordKey.of(Kinds.CLAIM_RESIDENT_ARCHIVE, after.id().value()), Claim.class)
        .map(Recorded::value)
        .filter(c -> !c.released());
    if (archiveClaim.isEmpty()) {
      return List.of();
    }
    String holder = archiveClaim.get().holder();
    String scope = ArchiveNumber.parse(holder).committee().value();
    List<RecordWrite> writes = new ArrayList<>();
    oldId.ifPresent(id -> {
      RecordKey key = archives.citizenClaimKey(id);
      records.read(key, Claim.class)
          .filter(c -> c.value().holder().equals(holder) && !c.value().released())
          .ifPresent(c -> writes.add(records.write(key, c.version(), scope, c.value().release(), Set.of())));
    });
    newId.ifPresent(id -> {
      RecordKey key = archives.citizenClaimKey(id);
      var existing = records.read(key, Claim.class);
      if (existing.isPresent() && !existing.get().value().released()) {
        throw RuleViolationException.of("resident.citizenId", "archive.duplicate", existing.get().value().holder());
      }
      writes.add(records.write(key, existing.map(Recorded::version).orElse(0L), scope, Claim.heldBy(holder), Set.of()));
    });
    return writes;
  }

  @Override
  public List<Recorded<Resident>> history(ResidentId id) {
    List<Recorded<Resident>> versions = records.history(RecordKey.of(Kinds.RESIDENT, id.value()), Resident.class);
    String scope = versions.isEmpty() ? "" : versions.get(versions.size() - 1).value().committee().value();
    return gate.run(Action.READ, resource(id, scope), () -> versions);
  }
}
