package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.immunization.ImmunizationAssessment;
import io.github.weisheng.immunization.ImmunizationForecaster;
import io.github.weisheng.immunization.ImmunizationService;
import io.github.weisheng.immunization.SchoolEntryCheck;
import io.github.weisheng.immunization.SpecialSituations;
import io.github.weisheng.immunization.VaccinationHistory;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The immunization use cases over the record store, for one principal: vaccination records (kind
 * {@link Kinds#IMMUNIZATION_RECORD}, indexed by archive, product and date — nothing personal), and
 * the assessment and school-entry check computed from them with the resident's birth date and sex.
 */
public final class DefaultImmunizationService implements ImmunizationService {
  private final Records records;
  private final Gate gate;
  private final ImmunizationForecaster forecaster;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   * @param forecaster the forecaster with the schedule in use
   */
  public DefaultImmunizationService(Records records, Gate gate, ImmunizationForecaster forecaster) {
    this.records = records;
    this.gate = gate;
    this.forecaster = forecaster;
  }

  private static Resource resource(VaccinationRecordId id, String scope) {
    return Resource.of(Kinds.IMMUNIZATION_RECORD, id.value(), scope, Sensitivity.IDENTIFIED);
  }

  private static Resource search(String scope) {
    return Resource.of(Kinds.IMMUNIZATION_RECORD, "", scope, Sensitivity.IDENTIFIED);
  }

  private static RecordKey key(VaccinationRecordId id) {
    return RecordKey.of(Kinds.IMMUNIZATION_RECORD, id.value());
  }

  private static String scope(ArchiveNumber archive) {
    return archive.committee().value();
  }

  private static Set<IndexEntry> index(VaccinationRecord r) {
    return Set.of(
        IndexEntry.of("archive", r.archive().value()),
        IndexEntry.of("product", r.product()),
        IndexEntry.of("date", r.date().toString()));
  }

  private Resident resident(ArchiveNumber number) {
    HealthArchive archive = records.read(RecordKey.of(Kinds.ARCHIVE, number.value()), HealthArchive.class)
        .orElseThrow(() -> new RecordNotFoundException(Kinds.ARCHIVE, number.value())).value();
    return records.read(RecordKey.of(Kinds.RESIDENT, archive.resident().value()), Resident.class)
        .orElseThrow(() -> new RecordNotFoundException(Kinds.RESIDENT, archive.resident().value())).value();
  }

  @Override
  public Recorded<VaccinationRecord> record(VaccinationRecord record) {
    Objects.requireNonNull(record, "record");
    return gate.run(Action.CREATE, resource(record.id(), scope(record.archive())), () -> {
      Resident child = resident(record.archive());
      Violations v = new Violations();
      v.require(!record.date().isAfter(LocalDate.now(gate.clock())), "vaccinationRecord.date",
          "immunization.record.future");
      v.require(!record.date().isBefore(child.birthDate()), "vaccinationRecord.date", "immunization.record.beforeBirth");
      v.require(forecaster.schedule().product(record.product()).isPresent(), "vaccinationRecord.product",
          "immunization.dose.unknownProduct");
      v.throwIfAny();
      String reason = "immunization.record";
      Instant at = records.commit(reason,
          List.of(records.write(key(record.id()), 0, scope(record.archive()), record, index(record))));
      return Recorded.of(record, 1, at, records.author(), reason);
    });
  }

  @Override
  public Optional<Recorded<VaccinationRecord>> find(VaccinationRecordId id) {
    Objects.requireNonNull(id, "id");
    Optional<Recorded<VaccinationRecord>> found = records.read(key(id), VaccinationRecord.class);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.READ, resource(id, scope), () -> found);
  }

  @Override
  public List<Recorded<VaccinationRecord>> recordsOf(ArchiveNumber archive) {
    Objects.requireNonNull(archive, "archive");
    return gate.run(Action.SEARCH, search(scope(archive)), () -> load(archive));
  }

  private List<Recorded<VaccinationRecord>> load(ArchiveNumber archive) {
    IndexQuery query = IndexQuery.equalTo(Kinds.IMMUNIZATION_RECORD, "archive", archive.value());
    try (Stream<StoredRecord> found = records.store().find(query, ScopeFilter.within(scope(archive)))) {
      return found.map(r -> records.decode(r, VaccinationRecord.class))
          .sorted(Comparator.comparing((Recorded<VaccinationRecord> r) -> r.value().date())
              .thenComparing(r -> r.value().id()))
          .collect(Collectors.toList());
    }
  }

  @Override
  public ImmunizationAssessment assess(ArchiveNumber archive, SpecialSituations situations, LocalDate on) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(situations, "situations");
    Objects.requireNonNull(on, "on");
    return gate.run(Action.SEARCH, search(scope(archive)), () -> {
      Resident child = resident(archive);
      VaccinationHistory history = VaccinationHistory.builder().birthDate(child.birthDate()).sex(child.sex())
          .addAllDoses(load(archive).stream().map(r -> r.value().toDose())
              .filter(d -> !d.date().isAfter(on)).collect(Collectors.toList()))
          .situations(situations).build();
      try {
        return forecaster.assess(history, on);
      } catch (RuleViolationException e) {
        throw e.under("immunization");
      }
    });
  }

  @Override
  public SchoolEntryCheck schoolEntryCheck(
      ArchiveNumber archive, SpecialSituations situations, LocalDate termStart, LocalDate on) {
    Objects.requireNonNull(termStart, "termStart");
    return SchoolEntryCheck.of(assess(archive, situations, on), termStart);
  }
}
