package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveClosure;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.chronic.WorklistScope;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.population.DueService;
import io.github.weisheng.population.PopulationCase;
import io.github.weisheng.population.PopulationCaseId;
import io.github.weisheng.population.PopulationGroup;
import io.github.weisheng.population.PopulationIndicator;
import io.github.weisheng.population.PopulationRules;
import io.github.weisheng.population.PopulationService;
import io.github.weisheng.population.PopulationWorklistEntry;
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
    return ResidentIndex.birthDateOfArchive(records, number);
  }

  /** The birth date from the elderly pass when it has the archive, else looked up. */
  private Optional<LocalDate> birthDate(ArchiveNumber number, Map<ArchiveNumber, Elder> elders) {
    Elder elder = elders.get(number);
    return elder != null ? Optional.of(elder.birthDate()) : birthDate(number);
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
      // The elderly service is due to every resident of the age, not only those who already have a
      // case (§6.3): the others are listed too, under their archive's team.
      Set<ArchiveNumber> withCase = archivesWithCase(PopulationGroup.ELDERLY, filter);
      // Born a year more before than the age (65) needs: a resident reaching it soon may be due already.
      Map<ArchiveNumber, Elder> elders = elders(filter, asOf.plusYears(1).minusYears(rules.elderly().minAge()));
      // only the elderly rules need the birth date: the other cases are not looked up
      Stream<PopulationWorklistEntry> ofCases = cases.map(r -> records.json().read(r.body(), PopulationCase.class))
          .flatMap(c -> (c.group() == PopulationGroup.ELDERLY
              ? birthDate(c.archive(), elders).map(b -> rules.due(c, b, asOf)).orElse(List.of())
              : rules.due(c, asOf)).stream().map(d -> PopulationWorklistEntry.of(c, d)));
      Stream<PopulationWorklistEntry> without = elders.values().stream()
          .filter(e -> !withCase.contains(e.number()) && e.activeOn(asOf)
              && scope.team().map(t -> e.team().equals(Optional.of(t))).orElse(true))
          .flatMap(e -> rules.elderly().due(e.birthDate(), List.of(), asOf).stream()
              .map(d -> PopulationWorklistEntry.withoutCase(e.number(), e.team().orElse(e.institution()), d)));
      return Stream.concat(ofCases, without);
    });
  }

  private Set<ArchiveNumber> archivesWithCase(PopulationGroup group, ScopeFilter filter) {
    try (Stream<StoredRecord> found = records.store().find(
        IndexQuery.equalTo(Kinds.POPULATION_CASE, "group", group.name()), filter)) {
      return found.map(r -> records.json().read(r.body(), PopulationCase.class).archive()).collect(Collectors.toSet());
    }
  }

  /**
   * An archive of a resident the elderly service may cover, with what the denominator and the
   * worklist need of it (about a hundred bytes, not the decoded archive).
   */
  private record Elder(ArchiveNumber number, LocalDate birthDate, LocalDate openedOn, Optional<LocalDate> closedOn,
      Optional<OrgUnitId> team, OrgUnitId institution) {
    static Elder of(HealthArchive archive, LocalDate birthDate) {
      return new Elder(archive.number(), birthDate, archive.openedOn(), archive.closure().map(ArchiveClosure::on),
          archive.team(), archive.institution());
    }

    /** Opened by the day and not closed on or before it. */
    boolean activeOn(LocalDate day) {
      return !openedOn.isAfter(day) && closedOn.map(c -> c.isAfter(day)).orElse(true);
    }

    /** Opened by the year's end and not closed before the year began. */
    boolean openIn(int year) {
      return openedOn.getYear() <= year && closedOn.map(c -> c.getYear() >= year).orElse(true);
    }
  }

  /**
   * The archives in the filter, in number order, of residents born on or before a date and living
   * here half a year or more, case or not; whether the age is reached is the caller's rule (a year
   * or a date). The scope's residents and archives are each read once, in sequence ({@link
   * ResidentIndex#residentsBorn}): the elderly are a fifth of a district, and looking each one up
   * (or each case's resident, for the birth date) costs several times a pass.
   */
  private Map<ArchiveNumber, Elder> elders(ScopeFilter filter, LocalDate bornOnOrBefore) {
    Map<String, LocalDate> born = ResidentIndex.residentsBorn(records, filter, b -> !b.isAfter(bornOnOrBefore),
        resident -> resident.livesHalfYearOrMore() ? resident.birthDate() : null);
    Map<ArchiveNumber, Elder> elders = new LinkedHashMap<>();
    try (Stream<HealthArchive> archives = ResidentIndex.scanArchivesOf(records, filter, born.keySet())) {
      archives.forEach(a -> elders.put(a.number(), Elder.of(a, born.get(a.resident().value()))));
    }
    return elders;
  }

  @Override
  public Stream<io.github.weisheng.population.IndicatorStatus> yearlyStatuses(PopulationIndicator indicator, int year) {
    Objects.requireNonNull(indicator, "indicator");
    return gate.run(Action.SEARCH, resource("", "", Sensitivity.SPECIAL), () -> {
      if (year < 1900 || year > 9998) {
        throw RuleViolationException.of("year", "population.year.range", 1900, 9998);
      }
      ScopeFilter filter = ScopeFilter.within(gate.principal().scopes());
      if (indicator != PopulationIndicator.ELDERLY_MANAGEMENT) {
        return statusesOfCases(indicator, year, filter, Map.of());
      }
      // 老年人健康管理率's denominator is every resident of the age living in the catchment (§6.3),
      // not only those who already have a case: the others are in it, with no service that year.
      // The pass that finds them also gives most cases' birth dates.
      LocalDate yearEnd = LocalDate.of(year, 12, 31);
      Map<ArchiveNumber, Elder> elders = elders(filter, yearEnd.minusYears(rules.elderly().minAge()));
      Set<ArchiveNumber> withCase = new HashSet<>();
      List<io.github.weisheng.population.IndicatorStatus> cases;
      try (Stream<io.github.weisheng.population.IndicatorStatus> ofCases =
          statusesOfCases(indicator, year, filter, elders)) {
        cases = ofCases.peek(status -> withCase.add(status.archive())).collect(Collectors.toList());
      }
      Stream<io.github.weisheng.population.IndicatorStatus> withoutCase = elders.values().stream()
          .filter(e -> !withCase.contains(e.number()) && e.openIn(year))
          .filter(e -> rules.elderly().isServedIn(e.birthDate(), year))
          .map(e -> rules.elderly().yearlyStatus(e.number(), e.birthDate(), List.of(), year));
      return Stream.concat(cases.stream(), withoutCase);
    });
  }

  /**
   * The yearly statuses of the indicator's group's cases. Only the elderly rules need the person's
   * birth date, from {@code elders} where it has them, else looked up; the other groups' cases are
   * read alone.
   */
  private Stream<io.github.weisheng.population.IndicatorStatus> statusesOfCases(PopulationIndicator indicator, int year,
      ScopeFilter filter, Map<ArchiveNumber, Elder> elders) {
    Stream<PopulationCase> cases = records.store()
        .find(IndexQuery.equalTo(Kinds.POPULATION_CASE, "group", indicator.group().name()), filter)
        .map(r -> records.json().read(r.body(), PopulationCase.class));
    return indicator == PopulationIndicator.ELDERLY_MANAGEMENT
        ? cases.flatMap(c -> birthDate(c.archive(), elders).map(b -> rules.status(c, indicator, b, year)).stream())
        : cases.map(c -> rules.status(c, indicator, year));
  }
}
