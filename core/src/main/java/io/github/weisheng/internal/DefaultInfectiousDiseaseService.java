package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.infectious.CaseReport;
import io.github.weisheng.infectious.CaseReportId;
import io.github.weisheng.infectious.HomeFollowUp;
import io.github.weisheng.infectious.InfectiousDiseaseService;
import io.github.weisheng.infectious.NotifiableDiseases;
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
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The infectious-disease use cases over the record store, for one principal: case reports of kind
 * {@link Kinds#INFECTIOUS_CASE} and follow-ups of kind {@link Kinds#INFECTIOUS_FOLLOW_UP}, personal
 * records ({@link Sensitivity#IDENTIFIED}) in the archive's committee, indexed by archive or case
 * and by ISO day (nothing personal), so that a period's records are one range look-up.
 */
public final class DefaultInfectiousDiseaseService implements InfectiousDiseaseService {
  private final Records records;
  private final Gate gate;
  private final NotifiableDiseases diseases;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   * @param diseases the disease table
   */
  public DefaultInfectiousDiseaseService(Records records, Gate gate, NotifiableDiseases diseases) {
    this.records = records;
    this.gate = gate;
    this.diseases = diseases;
  }

  private static Resource caseResource(String id, String scope) {
    return Resource.of(Kinds.INFECTIOUS_CASE, id, scope, Sensitivity.IDENTIFIED);
  }

  private static Resource followUpResource(String id, String scope) {
    return Resource.of(Kinds.INFECTIOUS_FOLLOW_UP, id, scope, Sensitivity.IDENTIFIED);
  }

  private static RecordKey key(CaseReportId id) {
    return RecordKey.of(Kinds.INFECTIOUS_CASE, id.value());
  }

  private static String scope(ArchiveNumber archive) {
    return archive.committee().value();
  }

  private static Set<IndexEntry> index(CaseReport c) {
    return Set.of(IndexEntry.of("archive", c.archive().value()),
        IndexEntry.of("diagnosed", c.diagnosedAt().toLocalDate().toString()));
  }

  private static Set<IndexEntry> index(HomeFollowUp f) {
    return Set.of(IndexEntry.of("case", f.caseReport().value()), IndexEntry.of("date", f.date().toString()));
  }

  /** The rules every stored version of a case keeps. */
  private void rules(CaseReport c, Violations v) {
    v.require(diseases.find(c.disease()).isPresent(), "caseReport.disease", "infectious.disease.unknown");
    v.require(records.store().read(RecordKey.of(Kinds.ARCHIVE, c.archive().value())).isPresent(),
        "caseReport.archive", "infectious.case.archiveNotFound");
    LocalDateTime now = LocalDateTime.now(gate.clock());
    boolean future = c.diagnosedAt().isAfter(now) || c.reportedAt().map(r -> r.isAfter(now)).orElse(false)
        || c.isolationLiftedOn().map(l -> l.isAfter(now.toLocalDate())).orElse(false);
    v.require(!future, "caseReport", "infectious.case.inFuture");
  }

  @Override
  public Recorded<CaseReport> register(CaseReport c) {
    Objects.requireNonNull(c, "c");
    return gate.run(Action.CREATE, caseResource(c.id().value(), scope(c.archive())), () -> {
      if (records.store().read(key(c.id())).isPresent()) {
        throw RuleViolationException.of("caseReport.id", "infectious.case.exists");
      }
      Violations v = new Violations();
      rules(c, v);
      v.throwIfAny();
      String reason = "infectious.case.register";
      Instant at = records.commit(reason, List.of(records.write(key(c.id()), 0, scope(c.archive()), c, index(c))));
      return Recorded.of(c, 1, at, records.author(), reason);
    });
  }

  @Override
  public Recorded<CaseReport> amend(CaseReport c, long basedOnVersion) {
    Objects.requireNonNull(c, "c");
    return replace(c.id(), basedOnVersion, current -> c, "infectious.case.amend");
  }

  @Override
  public Recorded<CaseReport> liftIsolation(CaseReportId id, LocalDate on, long basedOnVersion) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(on, "on");
    return replace(id, basedOnVersion, current -> current.liftIsolation(on), "infectious.isolation.lift");
  }

  private Recorded<CaseReport> replace(CaseReportId id, long basedOnVersion,
      java.util.function.UnaryOperator<CaseReport> change, String reason) {
    Optional<Recorded<CaseReport>> found = records.read(key(id), CaseReport.class);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.AMEND, caseResource(id.value(), scope), () -> {
      Recorded<CaseReport> current = found.orElseThrow(() -> new RecordNotFoundException(Kinds.INFECTIOUS_CASE,
          id.value()));
      if (current.version() != basedOnVersion) {
        throw new StaleRecordException(Kinds.INFECTIOUS_CASE, id.value(), basedOnVersion, current.version(), null);
      }
      CaseReport next = change.apply(current.value());
      Violations v = new Violations();
      v.require(next.archive().equals(current.value().archive()), "caseReport.archive",
          "infectious.case.archiveChanged");
      rules(next, v);
      v.throwIfAny();
      Instant at = records.commit(reason,
          List.of(records.write(key(id), current.version(), scope(next.archive()), next, index(next))));
      return Recorded.of(next, current.version() + 1, at, records.author(), reason);
    });
  }

  @Override
  public Optional<Recorded<CaseReport>> find(CaseReportId id) {
    Objects.requireNonNull(id, "id");
    Optional<Recorded<CaseReport>> found = records.read(key(id), CaseReport.class);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.READ, caseResource(id.value(), scope), () -> found);
  }

  @Override
  public List<Recorded<CaseReport>> casesOf(ArchiveNumber archive) {
    Objects.requireNonNull(archive, "archive");
    return gate.run(Action.SEARCH, caseResource("", scope(archive)), () -> {
      try (Stream<StoredRecord> found = records.store().find(
          IndexQuery.equalTo(Kinds.INFECTIOUS_CASE, "archive", archive.value()), ScopeFilter.within(scope(archive)))) {
        return found.map(r -> records.decode(r, CaseReport.class))
            .sorted(Comparator.comparing((Recorded<CaseReport> r) -> r.value().diagnosedAt()))
            .collect(Collectors.toList());
      }
    });
  }

  @Override
  public Recorded<HomeFollowUp> recordFollowUp(HomeFollowUp f) {
    Objects.requireNonNull(f, "f");
    RecordKey key = RecordKey.of(Kinds.INFECTIOUS_FOLLOW_UP, f.id().value());
    return gate.run(Action.CREATE, followUpResource(f.id().value(), scope(f.archive())), () -> {
      if (records.store().read(key).isPresent()) {
        throw RuleViolationException.of("homeFollowUp.id", "infectious.followUp.exists");
      }
      Optional<CaseReport> c = records.read(key(f.caseReport()), CaseReport.class).map(Recorded::value);
      Violations v = new Violations();
      v.require(c.isPresent(), "homeFollowUp.caseReport", "infectious.followUp.caseNotFound");
      c.ifPresent(x -> {
        v.require(x.archive().equals(f.archive()), "homeFollowUp.archive", "infectious.followUp.otherArchive");
        v.require(!f.date().isBefore(x.diagnosedAt().toLocalDate()), "homeFollowUp.date",
            "infectious.followUp.beforeDiagnosis");
      });
      v.require(!f.date().isAfter(LocalDate.now(gate.clock())), "homeFollowUp.date", "infectious.followUp.inFuture");
      v.throwIfAny();
      String reason = "infectious.followUp.record";
      Instant at = records.commit(reason, List.of(records.write(key, 0, scope(f.archive()), f, index(f))));
      return Recorded.of(f, 1, at, records.author(), reason);
    });
  }

  @Override
  public List<Recorded<HomeFollowUp>> followUpsOf(CaseReportId id) {
    Objects.requireNonNull(id, "id");
    Optional<Recorded<CaseReport>> found = records.read(key(id), CaseReport.class);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.SEARCH, followUpResource("", scope), () -> {
      if (found.isEmpty()) {
        throw new RecordNotFoundException(Kinds.INFECTIOUS_CASE, id.value());
      }
      try (Stream<StoredRecord> s = records.store().find(
          IndexQuery.equalTo(Kinds.INFECTIOUS_FOLLOW_UP, "case", id.value()), ScopeFilter.within(scope))) {
        return s.map(r -> records.decode(r, HomeFollowUp.class))
            .sorted(Comparator.comparing((Recorded<HomeFollowUp> r) -> r.value().date())
                .thenComparing(r -> r.value().id()))
            .collect(Collectors.toList());
      }
    });
  }

  /** The half-open index range of the days from {@code from} to {@code to}, both included. */
  private static IndexQuery days(String kind, String index, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw RuleViolationException.of("to", "infectious.period.order");
    }
    return IndexQuery.range(kind, index, from.toString(), to.plusDays(1).toString());
  }

  @Override
  public Stream<CaseReport> diagnosedBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return gate.run(Action.SEARCH, caseResource("", ""), () -> records.store()
        .find(days(Kinds.INFECTIOUS_CASE, "diagnosed", from, to), ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.json().read(r.body(), CaseReport.class)));
  }

  @Override
  public Stream<HomeFollowUp> followUpsBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return gate.run(Action.SEARCH, followUpResource("", ""), () -> records.store()
        .find(days(Kinds.INFECTIOUS_FOLLOW_UP, "date", from, to), ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.json().read(r.body(), HomeFollowUp.class)));
  }

  @Override
  public NotifiableDiseases diseases() {
    return diseases;
  }
}
