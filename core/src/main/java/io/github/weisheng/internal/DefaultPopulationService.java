package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.chronic.WorklistScope;
import io.github.weisheng.population.DueService;
import io.github.weisheng.population.PopulationCase;
import io.github.weisheng.population.PopulationCaseId;
import io.github.weisheng.population.PopulationGroup;
import io.github.weisheng.population.PopulationIndicator;
import io.github.weisheng.population.PopulationRules;
import io.github.weisheng.population.PopulationService;
import io.github.weisheng.population.PopulationWorklistEntry;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The key-population use cases over the record store, for one principal: cases of kind {@link
 * Kinds#POPULATION_CASE} in the archive's committee, indexed by archive, team and group (nothing
 * personal); due services, worklists and yearly statuses computed by {@link PopulationRules}.
 */
public final class DefaultPopulationService implements PopulationService {
  private static final int MAX_REASON = 200;

  private final Records records;
  private final Gate gate;
  private final PopulationRules rules;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   * @param rules the tables
   */
  public DefaultPopulationService(Records records, Gate gate, PopulationRules rules) {
    this.records = records;
    this.gate = gate;
    this.rules = rules;
  }

  private static Sensitivity sensitivity(PopulationGroup group) {
    return group == PopulationGroup.SEVERE_MENTAL_DISORDER || group == PopulationGroup.TUBERCULOSIS
        ? Sensitivity.SPECIAL : Sensitivity.IDENTIFIED;
  }

  private static Resource resource(String id, String scope, Sensitivity sensitivity) {
    return Resource.of(Kinds.POPULATION_CASE, id, scope, sensitivity);
  }

  private static RecordKey key(PopulationCaseId id) {
    return RecordKey.of(Kinds.POPULATION_CASE, id.value());
  }

  private static String scope(ArchiveNumber archive) {
    return archive.committee().value();
  }

  private static Set<IndexEntry> index(PopulationCase c) {
    return Set.of(IndexEntry.of("archive", c.archive().value()), IndexEntry.of("team", c.team().value()),
        IndexEntry.of("group", c.group().name()));
  }

  private Optional<LocalDate> birthDate(ArchiveNumber number) {
    return records.read(RecordKey.of(Kinds.ARCHIVE, number.value()), HealthArchive.class)
        .flatMap(a -> records.read(RecordKey.of(Kinds.RESIDENT, a.value().resident().value()), Resident.class))
        .map(r -> r.value().birthDate());
  }

  private LocalDate requireBirthDate(ArchiveNumber number) {
    return birthDate(number).orElseThrow(() -> new RecordNotFoundException(Kinds.ARCHIVE, number.value()));
  }

  @Override
  public Recorded<PopulationCase> save(PopulationCase c, long basedOnVersion, String reason) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(reason, "reason");
    Action action = basedOnVersion == 0 ? Action.CREATE : Action.AMEND;
    return gate.run(action, resource(c.id().value(), scope(c.archive()), sensitivity(c.group())), () -> {
      Violations v = new Violations();
      v.require(!reason.isBlank() && reason.length() <= MAX_REASON, "reason", "population.reason", MAX_REASON);
      v.require(birthDate(c.archive()).isPresent(), "populationCase.archive", "population.case.archiveNotFound");
      LocalDate today = LocalDate.now(gate.clock());
      v.require(latest(c).map(d -> !d.isAfter(today)).orElse(true), "populationCase", "population.case.inFuture");
      v.throwIfAny();
      Optional<Recorded<PopulationCase>> current = records.read(key(c.id()), PopulationCase.class);
      long actual = current.map(Recorded::version).orElse(0L);
      if (actual != basedOnVersion) {
        throw new StaleRecordException(Kinds.POPULATION_CASE, c.id().value(), basedOnVersion, actual, null);
      }
      List<RecordWrite> writes = new ArrayList<>();
      writes.add(records.write(key(c.id()), basedOnVersion, scope(c.archive()), c, index(c)));
      // Each new contact is also a service on the archive (it keeps the archive dynamic and counts in
      // 健康档案使用率), written in the same commit: a case's service never exists without it.
      Set<LocalDate> before = current.map(r -> serviceDates(r.value())).orElse(Set.of());
      HealthArchive archive = records.read(RecordKey.of(Kinds.ARCHIVE, c.archive().value()), HealthArchive.class)
          .orElseThrow(() -> new RecordNotFoundException(Kinds.ARCHIVE, c.archive().value())).value();
      Map<RecordKey, LocalDate> contacts = new LinkedHashMap<>();
      for (LocalDate date : serviceDates(c)) {
        boolean archiveOpen = !date.isBefore(archive.openedOn())
            && archive.closure().map(x -> !date.isAfter(x.on())).orElse(true);
        if (archiveOpen && !before.contains(date)) {
          contacts.put(RecordKey.of(Kinds.ARCHIVE_SERVICE, "case-" + c.id().value() + "-" + date), date);
        }
      }
      // one read for all: a contact removed and added again keeps the service it already has
      contacts.keySet().removeAll(records.store().readAll(contacts.keySet()).keySet());
      contacts.forEach((serviceKey, date) -> writes.add(records.write(serviceKey, 0, scope(c.archive()),
          ServiceRecord.of(c.archive(), date, serviceType(c.group()), c.team()),
          Set.of(ServiceIndex.of(c.archive(), date)))));
      Instant at = records.commit(reason, writes);
      return Recorded.of(c, basedOnVersion + 1, at, records.author(), reason);
    });
  }

  /** The archive service a contact of the group is: a health check, child or maternal care, or a follow-up. */
  private static ServiceType serviceType(PopulationGroup group) {
    switch (group) {
      case ELDERLY:
        return ServiceType.HEALTH_CHECK;
      case CHILD:
        return ServiceType.CHILD_HEALTH;
      case MATERNAL:
        return ServiceType.MATERNAL_HEALTH;
      default:
        return ServiceType.FOLLOW_UP;
    }
  }

  /**
   * The dates on which a case records a contact with the resident: elderly services, child checks,
   * maternal visits, SMI follow-ups, TB visits (doses taken and the delivery itself are not contacts).
   */
  private static Set<LocalDate> serviceDates(PopulationCase c) {
    Set<LocalDate> dates = new TreeSet<>();
    c.elderlyServices().forEach(e -> dates.add(e.date()));
    c.child().ifPresent(h -> h.visits().forEach(x -> dates.add(x.date())));
    c.pregnancy().ifPresent(p -> p.visits().forEach(x -> dates.add(x.date())));
    c.smiFollowUps().forEach(f -> dates.add(f.date()));
    c.tuberculosis().ifPresent(t -> {
      dates.addAll(t.visits());
      t.firstVisitAt().ifPresent(f -> dates.add(f.toLocalDate()));
    });
    return dates;
  }

  /** The latest service date a case records. */
  private static Optional<LocalDate> latest(PopulationCase c) {
    List<LocalDate> dates = new ArrayList<>();
    c.elderlyServices().forEach(e -> dates.add(e.date()));
    c.child().ifPresent(h -> h.visits().forEach(x -> dates.add(x.date())));
    c.pregnancy().ifPresent(p -> {
      p.visits().forEach(x -> dates.add(x.date()));
      p.deliveredOn().ifPresent(dates::add);
    });
    c.smiFollowUps().forEach(f -> dates.add(f.date()));
    c.tuberculosis().ifPresent(t -> {
      dates.addAll(t.doses());
      dates.addAll(t.visits());
      t.firstVisitAt().ifPresent(f -> dates.add(f.toLocalDate()));
    });
    return dates.stream().max(LocalDate::compareTo);
  }

  @Override
  public Optional<Recorded<PopulationCase>> find(PopulationCaseId id) {
    Objects.requireNonNull(id, "id");
    Optional<Recorded<PopulationCase>> found = records.read(key(id), PopulationCase.class);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    Sensitivity s = found.map(r -> sensitivity(r.value().group())).orElse(Sensitivity.IDENTIFIED);
    return gate.run(Action.READ, resource(id.value(), scope, s), () -> found);
  }

  @Override
  public List<Recorded<PopulationCase>> casesOf(ArchiveNumber archive) {
    Objects.requireNonNull(archive, "archive");
    return gate.run(Action.SEARCH, resource("", scope(archive), Sensitivity.SPECIAL), () -> {
      try (Stream<StoredRecord> found = records.store().find(
          IndexQuery.equalTo(Kinds.POPULATION_CASE, "archive", archive.value()), ScopeFilter.within(scope(archive)))) {
        return found.map(r -> records.decode(r, PopulationCase.class)).collect(Collectors.toList());
      }
    });
  }

  @Override
  public Stream<PopulationCase> inScope(PopulationGroup group) {
    Objects.requireNonNull(group, "group");
    return gate.run(Action.SEARCH, resource("", "", Sensitivity.SPECIAL), () -> records.store()
        .find(IndexQuery.equalTo(Kinds.POPULATION_CASE, "group", group.name()),
            ScopeFilter.within(gate.principal().scopes()))
        .map(r -> records.json().read(r.body(), PopulationCase.class)));
  }

  @Override
  public List<DueService> due(PopulationCaseId id, LocalDate asOf) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(asOf, "asOf");
    Optional<Recorded<PopulationCase>> found = records.read(key(id), PopulationCase.class);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    Sensitivity s = found.map(r -> sensitivity(r.value().group())).orElse(Sensitivity.IDENTIFIED);
    return gate.run(Action.READ, resource(id.value(), scope, s), () -> {
      PopulationCase c = found.orElseThrow(() -> new RecordNotFoundException(Kinds.POPULATION_CASE, id.value()))
          .value();
      return rules.due(c, requireBirthDate(c.archive()), asOf);
    });
  }

  @Override
  public Stream<PopulationWorklistEntry> worklist(WorklistScope scope, LocalDate asOf) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    String area = scope.area().orElse("");
    return gate.run(Action.SEARCH, resource("", area, Sensitivity.SPECIAL), () -> {
      Stream<StoredRecord> cases;
      if (scope.team().isPresent()) {
        cases = records.store().find(IndexQuery.equalTo(Kinds.POPULATION_CASE, "team", scope.team().get().value()),
            ScopeFilter.within(gate.principal().scopes()));
      } else {
        ScopeFilter areaFilter = ScopeFilter.within(gate.scopesWithin(area));
        cases = Stream.of(PopulationGroup.values()).flatMap(g ->
            records.store().find(IndexQuery.equalTo(Kinds.POPULATION_CASE, "group", g.name()), areaFilter));
      }
      ScopeFilter filter = scope.team().isPresent() ? ScopeFilter.within(gate.principal().scopes())
          : ScopeFilter.within(gate.scopesWithin(area));
      Stream<PopulationWorklistEntry> ofCases = cases.map(r -> records.json().read(r.body(), PopulationCase.class))
          .flatMap(c -> birthDate(c.archive()).map(b -> rules.due(c, b, asOf)).orElse(List.of()).stream()
              .map(d -> PopulationWorklistEntry.of(c, d)));
      // The elderly service is due to every resident of the age, not only those who already have a
      // case (§6.3): the others are listed too, under their archive's team.
      Set<ArchiveNumber> withCase = archivesWithCase(PopulationGroup.ELDERLY, filter);
      // Born a year more before than the age (65) needs: a resident reaching it soon may be due already.
      LocalDate bornBy = asOf.plusYears(1).minusYears(rules.elderly().minAge());
      Stream<PopulationWorklistEntry> without = eldersWithoutCase(filter, bornBy, withCase,
              a -> !a.openedOn().isAfter(asOf) && a.closure().map(c -> c.on().isAfter(asOf)).orElse(true)
                  && scope.team().map(t -> a.team().equals(Optional.of(t))).orElse(true))
          .flatMap(e -> rules.elderly().due(e.birthDate(), List.of(), asOf).stream()
              .map(d -> PopulationWorklistEntry.withoutCase(e.archive().number(),
                  e.archive().team().orElse(e.archive().institution()), d)));
      return Stream.concat(ofCases, without);
    });
  }

  private Set<ArchiveNumber> archivesWithCase(PopulationGroup group, ScopeFilter filter) {
    try (Stream<StoredRecord> found = records.store().find(
        IndexQuery.equalTo(Kinds.POPULATION_CASE, "group", group.name()), filter)) {
      return found.map(r -> records.json().read(r.body(), PopulationCase.class).archive()).collect(Collectors.toSet());
    }
  }

  /** An archive of a resident the elderly service covers, with the birth date. */
  private record Elder(HealthArchive archive, LocalDate birthDate) {}

  /**
   * The archives in the filter that pass {@code live}, of residents born on or before a date and
   * living here half a year or more, without an elderly case; whether the age is reached is the
   * caller's rule (a year or a date). The scope's residents and archives are each read once, in
   * sequence ({@link ResidentIndex#residentsBorn}): the elderly are a fifth of a district, and looking
   * each one up through the birth-date index costs several times a pass. The stream holds each
   * elderly resident's birth date while open.
   */
  private Stream<Elder> eldersWithoutCase(ScopeFilter filter, LocalDate bornOnOrBefore, Set<ArchiveNumber> withCase,
      Predicate<HealthArchive> live) {
    Map<String, LocalDate> elders = ResidentIndex.residentsBorn(records, filter, born -> !born.isAfter(bornOnOrBefore),
        resident -> resident.livesHalfYearOrMore() ? resident.birthDate() : null);
    return ResidentIndex.scanArchivesOf(records, filter, elders.keySet())
        .filter(a -> !withCase.contains(a.number()))
        .filter(live)
        .map(a -> new Elder(a, elders.get(a.resident().value())));
  }

  @Override
  public Stream<io.github.weisheng.population.IndicatorStatus> yearlyStatuses(PopulationIndicator indicator, int year) {
    Objects.requireNonNull(indicator, "indicator");
    return gate.run(Action.SEARCH, resource("", "", Sensitivity.SPECIAL), () -> {
      if (year < 1900 || year > 9998) {
        throw RuleViolationException.of("year", "population.year.range", 1900, 9998);
      }
      Stream<io.github.weisheng.population.IndicatorStatus> ofCases = records.store()
          .find(IndexQuery.equalTo(Kinds.POPULATION_CASE, "group", indicator.group().name()),
              ScopeFilter.within(gate.principal().scopes()))
          .map(r -> records.json().read(r.body(), PopulationCase.class))
          .flatMap(c -> birthDate(c.archive()).map(b -> rules.status(c, indicator, b, year)).stream());
      if (indicator != PopulationIndicator.ELDERLY_MANAGEMENT) {
        return ofCases;
      }
      // 老年人健康管理率's denominator is every resident of the age living in the catchment (§6.3),
      // not only those who already have a case: the others are in it, with no service that year.
      Set<ArchiveNumber> withCase = new HashSet<>();
      List<io.github.weisheng.population.IndicatorStatus> cases;
      try (ofCases) {
        cases = ofCases.peek(status -> withCase.add(status.archive())).collect(Collectors.toList());
      }
      LocalDate yearEnd = LocalDate.of(year, 12, 31);
      Stream<io.github.weisheng.population.IndicatorStatus> withoutCase = eldersWithoutCase(
              ScopeFilter.within(gate.principal().scopes()), yearEnd.minusYears(rules.elderly().minAge()), withCase,
              a -> !a.openedOn().isAfter(yearEnd) && a.closure().map(c -> c.on().getYear() >= year).orElse(true))
          .filter(e -> rules.elderly().isServedIn(e.birthDate(), year))
          .map(e -> rules.elderly().yearlyStatus(e.archive().number(), e.birthDate(), List.of(), year));
      return Stream.concat(cases.stream(), withoutCase);
    });
  }
}
