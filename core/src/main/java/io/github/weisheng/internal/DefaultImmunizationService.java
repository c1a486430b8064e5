package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.immunization.AdministeredDose;
import io.github.weisheng.immunization.ChildCoverage;
import io.github.weisheng.immunization.CoverageRules;
import io.github.weisheng.immunization.ImmunizationAssessment;
import io.github.weisheng.immunization.ImmunizationCoverage;
import io.github.weisheng.immunization.ImmunizationForecaster;
import io.github.weisheng.immunization.ImmunizationService;
import io.github.weisheng.immunization.SchoolEntryCheck;
import io.github.weisheng.immunization.SpecialSituations;
import io.github.weisheng.immunization.VaccinationCard;
import io.github.weisheng.immunization.VaccinationCertificate;
import io.github.weisheng.immunization.VaccinationHistory;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexMatch;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The immunization use cases over the record store, for one principal: vaccination records (kind
 * {@link Kinds#IMMUNIZATION_RECORD}, indexed by archive, product and date — nothing personal), and
 * the assessment and school-entry check computed from them with the resident's birth date and sex;
 * the certificate (kind {@link Kinds#IMMUNIZATION_CERTIFICATE}, id = archive number, no index), the
 * card and the reporting inputs computed from them.
 */
public final class DefaultImmunizationService implements ImmunizationService {
  /** The vaccination records' index entries: archive number, product, date. */
  private static final String ARCHIVE = "archive";
  private static final String PRODUCT = "product";
  private static final String DATE = "date";
  /**
   * A dose by archive: {@code archive,date,product}. Archive numbers are seventeen digits (below
   * {@code ':'}), so the entries sort by archive (the order archives are scanned in), then date.
   */
  private static final String ARCHIVE_DOSE = "archive-dose";
  private static final IndexQuery DOSES_BY_ARCHIVE = IndexQuery.range(Kinds.IMMUNIZATION_RECORD, ARCHIVE_DOSE, "", ":");

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
        IndexEntry.of(ARCHIVE, r.archive().value()),
        IndexEntry.of(PRODUCT, r.product()),
        IndexEntry.of(DATE, r.date().toString()),
        IndexEntry.of(ARCHIVE_DOSE, r.archive().value() + "," + r.date() + "," + r.product()));
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
    IndexQuery query = IndexQuery.equalTo(Kinds.IMMUNIZATION_RECORD, ARCHIVE, archive.value());
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
    return gate.run(Action.SEARCH, search(scope(archive)), () -> assessUnchecked(archive, situations, on));
  }

  private ImmunizationAssessment assessUnchecked(ArchiveNumber archive, SpecialSituations situations, LocalDate on) {
    Resident child = resident(archive);
    try {
      return forecaster.assess(history(child, load(archive), situations, on), on);
    } catch (RuleViolationException e) {
      throw e.under("immunization");
    }
  }

  private static VaccinationHistory history(
      Resident child, List<Recorded<VaccinationRecord>> found, SpecialSituations situations, LocalDate on) {
    return VaccinationHistory.builder().birthDate(child.birthDate()).sex(child.sex())
        .addAllDoses(found.stream().map(r -> r.value().toDose())
            .filter(d -> !d.date().isAfter(on)).collect(Collectors.toList()))
        .situations(situations).build();
  }

  @Override
  public SchoolEntryCheck schoolEntryCheck(
      ArchiveNumber archive, SpecialSituations situations, LocalDate termStart, LocalDate on) {
    Objects.requireNonNull(termStart, "termStart");
    return SchoolEntryCheck.of(assess(archive, situations, on), termStart);
  }

  private static RecordKey certificateKey(ArchiveNumber archive) {
    return RecordKey.of(Kinds.IMMUNIZATION_CERTIFICATE, archive.value());
  }

  private static Resource certificateResource(ArchiveNumber archive) {
    return Resource.of(Kinds.IMMUNIZATION_CERTIFICATE, archive.value(), scope(archive), Sensitivity.IDENTIFIED);
  }

  @Override
  public Recorded<VaccinationCertificate> recordCertificate(VaccinationCertificate certificate, long basedOnVersion) {
    Objects.requireNonNull(certificate, "certificate");
    ArchiveNumber archive = certificate.archive();
    Action action = basedOnVersion == 0 ? Action.CREATE : Action.AMEND;
    return gate.run(action, certificateResource(archive), () -> {
      Resident child = resident(archive);
      new Violations()
          .require(!certificate.issuedOn().isAfter(LocalDate.now(gate.clock())), "vaccinationCertificate.issuedOn",
              "immunization.certificate.future")
          .require(!certificate.issuedOn().isBefore(child.birthDate()), "vaccinationCertificate.issuedOn",
              "immunization.certificate.beforeBirth")
          .throwIfAny();
      String reason = basedOnVersion == 0 ? "immunization.certificate" : "immunization.certificate.reissue";
      Instant at = records.commit(reason,
          List.of(records.write(certificateKey(archive), basedOnVersion, scope(archive), certificate, Set.of())));
      return Recorded.of(certificate, basedOnVersion + 1, at, records.author(), reason);
    });
  }

  @Override
  public Optional<Recorded<VaccinationCertificate>> certificateOf(ArchiveNumber archive) {
    Objects.requireNonNull(archive, "archive");
    return gate.run(Action.READ, certificateResource(archive),
        () -> records.read(certificateKey(archive), VaccinationCertificate.class));
  }

  @Override
  public VaccinationCard card(ArchiveNumber archive, SpecialSituations situations, LocalDate on) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(situations, "situations");
    Objects.requireNonNull(on, "on");
    return gate.run(Action.SEARCH, search(scope(archive)), () -> {
      Resident child = resident(archive);
      List<Recorded<VaccinationRecord>> found = load(archive);
      ImmunizationAssessment assessment;
      try {
        assessment = forecaster.assess(history(child, found, situations, on), on);
      } catch (RuleViolationException e) {
        throw e.under("immunization");
      }
      return VaccinationCard.of(archive, found.stream().map(Recorded::value).collect(Collectors.toList()), assessment);
    });
  }

  @Override
  public Stream<Recorded<VaccinationRecord>> recordedBetween(LocalDate from, LocalDate to) {
    ImmunizationCoverage.checkPeriod(from, to);
    Resource report = Resource.of(Kinds.IMMUNIZATION_RECORD, "", "", Sensitivity.IDENTIFIED);
    return gate.run(Action.REPORT, report, () -> records.store()
        .find(IndexQuery.range(Kinds.IMMUNIZATION_RECORD, DATE, from.toString(), to.plusDays(1).toString()),
            ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.decode(r, VaccinationRecord.class)));
  }

  @Override
  public long countRecordedBetween(LocalDate from, LocalDate to) {
    ImmunizationCoverage.checkPeriod(from, to);
    Resource report = Resource.of(Kinds.IMMUNIZATION_RECORD, "", "", Sensitivity.DE_IDENTIFIED);
    return gate.aggregate(report, () -> records.store().count(
        IndexQuery.range(Kinds.IMMUNIZATION_RECORD, DATE, from.toString(), to.plusDays(1).toString()),
        ScopeFilter.within(gate.principal().scopes())));
  }

  @Override
  public Stream<ChildCoverage> coverageInputs(LocalDate from, LocalDate to,
      Function<ArchiveNumber, SpecialSituations> situations, CoverageRules rules) {
    Objects.requireNonNull(situations, "situations");
    Objects.requireNonNull(rules, "rules");
    ImmunizationCoverage.checkPeriod(from, to);
    ImmunizationCoverage coverage = ImmunizationCoverage.of(forecaster, rules);
    Resource report = Resource.of(Kinds.IMMUNIZATION_RECORD, "", "", Sensitivity.IDENTIFIED);
    ScopeFilter scopes = ScopeFilter.within(gate.principal().scopes());
    return gate.run(Action.REPORT, report, () -> {
      Map<String, Child> children = ResidentIndex.residentsBorn(records, scopes,
          born -> !born.isAfter(to) && from.isBefore(rules.childrenUnder().reachedOn(born)),
          child -> new Child(child.birthDate(), child.sex()));
      Stream<HealthArchive> archives = ResidentIndex.scanArchivesOf(records, scopes, children.keySet());
      Stream<IndexMatch> vaccinations;
      try {
        // Every scope: the doses are taken only for the archives above, which are in scope.
        vaccinations = records.store().findMatches(DOSES_BY_ARCHIVE, ScopeFilter.all());
      } catch (RuntimeException e) {
        archives.close();
        throw e;
      }
      Doses doses = new Doses(vaccinations.iterator());
      return archives.onClose(vaccinations::close).<ChildCoverage>mapMulti((archive, sink) -> {
        if (archive.closure().map(c -> c.on().isBefore(from)).orElse(false)) {
          return;
        }
        Child child = children.get(archive.resident().value());
        ArchiveNumber number = archive.number();
        VaccinationHistory h = VaccinationHistory.builder().birthDate(child.birthDate()).sex(child.sex())
            .addAllDoses(doses.of(number)) // the coverage ignores doses after `to`
            .situations(Objects.requireNonNull(situations.apply(number), "situations")).build();
        Optional<VaccinationCertificate> certificate =
            records.read(certificateKey(number), VaccinationCertificate.class).map(Recorded::value);
        try {
          sink.accept(coverage.inputs(number, h, certificate, from, to));
        } catch (RuleViolationException e) {
          throw e.under("immunization");
        }
      });
    });
  }

  /** What the coverage needs of a child: the resident's birth date and sex. */
  private record Child(LocalDate birthDate, Sex sex) {}

  /**
   * The doses from the {@value #ARCHIVE_DOSE} index entries in archive-number order, handed out
   * archive by archive as the archives are scanned in the same order; the entries of archives that
   * are not a child's are passed over. No vaccination record is read.
   */
  private static final class Doses {
    private final Iterator<IndexMatch> found;
    private @Nullable String next;

    Doses(Iterator<IndexMatch> found) {
      this.found = found;
      advance();
    }

    private void advance() {
      next = found.hasNext() ? found.next().value() : null;
    }

    /** The doses of an archive, by date; skips the entries of lower archives. */
    List<AdministeredDose> of(ArchiveNumber archive) {
      String number = archive.value();
      while (next != null && next.substring(0, next.indexOf(',')).compareTo(number) < 0) {
        advance();
      }
      List<AdministeredDose> doses = new ArrayList<>();
      while (next != null && next.startsWith(number) && next.charAt(number.length()) == ',') {
        int product = next.indexOf(',', number.length() + 1);
        doses.add(AdministeredDose.of(next.substring(product + 1),
            LocalDate.parse(next.substring(number.length() + 1, product))));
        advance();
      }
      doses.sort(Comparator.comparing(AdministeredDose::date));
      return doses;
    }
  }
}
