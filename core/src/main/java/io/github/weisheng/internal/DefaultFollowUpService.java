package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.ChronicCarePolicy;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.DiabetesFindings;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.EnrolmentId;
import io.github.weisheng.chronic.FollowUpCadence;
import io.github.weisheng.chronic.FollowUpForm;
import io.github.weisheng.chronic.FollowUpService;
import io.github.weisheng.chronic.FollowUpVisit;
import io.github.weisheng.chronic.FollowUpVisitId;
import io.github.weisheng.chronic.HypertensionFindings;
import io.github.weisheng.chronic.PreviousVisit;
import io.github.weisheng.chronic.VisitAssessment;
import io.github.weisheng.chronic.WorklistEntry;
import io.github.weisheng.chronic.WorklistRules;
import io.github.weisheng.chronic.WorklistScope;
import io.github.weisheng.chronic.YearlyStatus;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexMatch;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up use cases over the record store, for one principal. Visits are records of kind
 * {@link Kinds#CHRONIC_VISIT} in the archive's committee, indexed so that a patient's visits, and
 * the latest face-to-face one, are range look-ups ({@code enrolment-date}, {@code enrolment-f2f}),
 * and a condition's visits of a year one look-up of index entries alone ({@link YearlyStatusMerge}).
 */
public final class DefaultFollowUpService implements FollowUpService {
  /** The longest amendment reason. */
  private static final int MAX_REASON = 200;

  private final Records records;
  private final Gate gate;
  private final ChronicCarePolicy policy;
  private final WorklistRules worklistRules;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   * @param policy the chronic-care tables
   */
  public DefaultFollowUpService(Records records, Gate gate, ChronicCarePolicy policy) {
    this.records = records;
    this.gate = gate;
    this.policy = policy;
    this.worklistRules = WorklistRules.of(policy);
  }

  static Resource resource(String id, String scope) {
    return Resource.of(Kinds.CHRONIC_VISIT, id, scope, Sensitivity.IDENTIFIED);
  }

  private static RecordKey key(FollowUpVisitId id) {
    return RecordKey.of(Kinds.CHRONIC_VISIT, id.value());
  }

  private static String scope(ArchiveNumber archive) {
    return archive.committee().value();
  }

  /** The index value of an enrolment's visit on a date: sorts by enrolment, then date. */
  static String enrolmentDate(EnrolmentId enrolment, LocalDate date) {
    return enrolment.value() + "/" + date;
  }

  /** The range of every index value of an enrolment up to and including a date. */
  static IndexQuery visitsUpTo(String index, EnrolmentId enrolment, LocalDate date) {
    return IndexQuery.range(Kinds.CHRONIC_VISIT, index, enrolment.value() + "/",
        enrolmentDate(enrolment, date.plusDays(1)));
  }

  /** The range of every index value of an enrolment ('0' follows '/'). */
  static IndexQuery allVisits(String index, EnrolmentId enrolment) {
    return IndexQuery.range(Kinds.CHRONIC_VISIT, index, enrolment.value() + "/", enrolment.value() + "0");
  }

  /**
   * The visit's index entries: enrolment and date, face-to-face, archive and date, condition and
   * year ({@link YearlyStatusMerge#entry}); nothing personal.
   */
  static Set<IndexEntry> index(FollowUpVisit visit) {
    Set<IndexEntry> index = new HashSet<>();
    index.add(IndexEntry.of("enrolment-date", enrolmentDate(visit.enrolment(), visit.visitDate())));
    if (visit.faceToFace()) {
      index.add(IndexEntry.of("enrolment-f2f", enrolmentDate(visit.enrolment(), visit.visitDate())));
    }
    index.add(ServiceIndex.of(visit.archive(), visit.visitDate()));
    index.add(YearlyStatusMerge.entry(visit));
    return index;
  }

  private Optional<Recorded<Enrolment>> enrolment(EnrolmentId id) {
    return records.read(RecordKey.of(Kinds.CHRONIC_ENROLMENT, id.value()), Enrolment.class);
  }

  private Enrolment requireEnrolment(EnrolmentId id) {
    return enrolment(id).orElseThrow(() -> new RecordNotFoundException(Kinds.CHRONIC_ENROLMENT, id.value()))
        .value();
  }

  @Override
  public Recorded<FollowUpVisit> record(EnrolmentId enrolment, FollowUpForm form) {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(form, "form");
    FollowUpVisitId id = FollowUpVisitId.random();
    String scope = enrolment(enrolment).map(e -> scope(e.value().archive())).orElse("");
    return gate.run(Action.CREATE, resource(id.value(), scope), () -> {
      FollowUpVisit visit = build(id, requireEnrolment(enrolment), form);
      String reason = "chronic.followUp";
      // The visit is also a service on the archive (it makes the archive dynamic, 健康档案使用率), in the
      // same commit: a visit never exists without it.
      ServiceRecord service = ServiceRecord.of(visit.archive(), visit.visitDate(), ServiceType.FOLLOW_UP, visit.team());
      Instant at = records.commit(reason, List.of(
          records.write(key(id), 0, scope(visit.archive()), visit, index(visit)),
          records.write(RecordKey.of(Kinds.ARCHIVE_SERVICE, "visit-" + id.value()), 0, scope(visit.archive()),
              service, Set.of(ServiceIndex.of(visit.archive(), visit.visitDate())))));
      return Recorded.of(visit, 1, at, records.author(), reason);
    });
  }

  @Override
  public Recorded<FollowUpVisit> amend(FollowUpVisitId id, long basedOnVersion, FollowUpForm form, String reason) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(reason, "reason");
    Optional<Recorded<FollowUpVisit>> found = records.read(key(id), FollowUpVisit.class);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.AMEND, resource(id.value(), scope), () -> {
      Recorded<FollowUpVisit> current =
          found.orElseThrow(() -> new RecordNotFoundException(Kinds.CHRONIC_VISIT, id.value()));
      if (current.version() != basedOnVersion) {
        throw new StaleRecordException(Kinds.CHRONIC_VISIT, id.value(), basedOnVersion, current.version(), null);
      }
      if (reason.isBlank() || reason.length() > MAX_REASON) {
        throw RuleViolationException.of("reason", "followUp.reason", MAX_REASON);
      }
      FollowUpVisit visit = build(id, requireEnrolment(current.value().enrolment()), form);
      Instant at = records.commit(reason,
          List.of(records.write(key(id), current.version(), scope(visit.archive()), visit, index(visit))));
      return Recorded.of(visit, current.version() + 1, at, records.author(), reason);
    });
  }

  /** Checks the service's rules, then classifies the visit; every broken rule at once. */
  private FollowUpVisit build(FollowUpVisitId id, Enrolment enrolment, FollowUpForm form) {
    List<RuleViolation> broken = new ArrayList<>();
    ChronicCondition condition = enrolment.condition();
    boolean hypertension = condition == ChronicCondition.HYPERTENSION;
    boolean diabetes = condition == ChronicCondition.TYPE_2_DIABETES;
    LocalDate date = form.visitDate();
    if (!hypertension && !diabetes) {
      broken.add(RuleViolation.of("followUp.enrolment", "followUp.conditionNotFollowedUp", condition.name()));
    }
    if (!enrolment.isActive()) {
      broken.add(RuleViolation.of("followUp.enrolment", "followUp.enrolmentNotActive"));
    }
    if (date.isAfter(LocalDate.now(gate.clock()))) {
      broken.add(RuleViolation.of("followUp.visitDate", "followUp.visitInFuture"));
    }
    if (date.isBefore(enrolment.enrolledOn())) {
      broken.add(RuleViolation.of("followUp.visitDate", "followUp.visitBeforeEnrolment"));
    }
    if (hypertension && form.bloodPressure().isEmpty()) {
      broken.add(RuleViolation.of("followUp.bloodPressure", "followUp.bloodPressureRequired"));
    }
    if (hypertension && form.tier().isEmpty()) {
      broken.add(RuleViolation.of("followUp.tier", "followUp.tierRequired"));
    }
    if (diabetes && form.fastingGlucose().isEmpty()) {
      broken.add(RuleViolation.of("followUp.fastingGlucose", "followUp.fastingGlucoseRequired"));
    }
    if (diabetes && form.diabetesLevel().isEmpty()) {
      broken.add(RuleViolation.of("followUp.diabetesLevel", "followUp.diabetesLevelRequired"));
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(broken);
    }
    int age = ageOn(enrolment.archive(), date);
    PreviousVisit previous = previous(enrolment.id(), date, id, scope(enrolment.archive()));
    FollowUpCadence cadence;
    AppliedRule scheduleRule;
    VisitAssessment assessment;
    if (hypertension) {
      var tier = form.tier().orElseThrow();
      cadence = policy.tiers().cadence(tier);
      scheduleRule = AppliedRule.of(tier.rule(), cadence.intervalDays());
      HypertensionFindings findings = HypertensionFindings.builder()
          .visitDate(date)
          .age(age)
          .bloodPressure(form.bloodPressure().orElseThrow())
          .adverseReaction(form.adverseReaction())
          .complication(form.complication())
          .addAllDangerSigns(form.hypertensionDangerSigns())
          .pregnantOrLactating(form.pregnantOrLactating())
          .lowerTargetIndicated(form.lowerTargetIndicated())
          .build();
      assessment = policy.hypertensionRules().assess(findings, previous, cadence.intervalDays());
    } else {
      var level = form.diabetesLevel().orElseThrow();
      cadence = policy.diabetesLevels().cadence(level);
      scheduleRule = policy.diabetesLevels().rule(level);
      DiabetesFindings.Builder findings = DiabetesFindings.builder()
          .visitDate(date)
          .fastingGlucose(form.fastingGlucose().orElseThrow())
          .adverseReaction(form.adverseReaction())
          .complication(form.complication())
          .addAllDangerSigns(form.diabetesDangerSigns());
      form.bloodPressure().ifPresent(findings::bloodPressure);
      assessment = policy.diabetesRules().assess(findings.build(), previous, cadence.intervalDays());
    }
    return FollowUpVisit.builder()
        .id(id)
        .enrolment(enrolment.id())
        .archive(enrolment.archive())
        .condition(condition)
        .team(enrolment.team())
        .form(form)
        .ageAtVisit(age)
        .cadence(cadence)
        .scheduleRule(scheduleRule)
        .assessment(assessment)
        .build();
  }

  /** The resident's age in completed years on a date, from the archive's resident. */
  private int ageOn(ArchiveNumber number, LocalDate date) {
    HealthArchive archive = records.read(RecordKey.of(Kinds.ARCHIVE, number.value()), HealthArchive.class)
        .orElseThrow(() -> new RecordNotFoundException(Kinds.ARCHIVE, number.value()))
        .value();
    Resident resident = records.read(RecordKey.of(Kinds.RESIDENT, archive.resident().value()), Resident.class)
        .orElseThrow(() -> new RecordNotFoundException(Kinds.RESIDENT, archive.resident().value()))
        .value();
    return resident.ageOn(date);
  }

  /** The latest other visit of the enrolment on or before a date, as the rules need it. */
  private PreviousVisit previous(EnrolmentId enrolment, LocalDate date, FollowUpVisitId self, String scope) {
    @Nullable StoredRecord last = null;
    try (Stream<StoredRecord> found =
        records.store().find(visitsUpTo("enrolment-date", enrolment, date), ScopeFilter.within(scope))) {
      for (StoredRecord r : (Iterable<StoredRecord>) found::iterator) {
        if (!r.key().id().equals(self.value())) {
          last = r;
        }
      }
    }
    return last == null ? PreviousVisit.none()
        : PreviousVisit.from(records.decode(last, FollowUpVisit.class).value().assessment());
  }

  @Override
  public Optional<Recorded<FollowUpVisit>> find(FollowUpVisitId id) {
    Objects.requireNonNull(id, "id");
    Optional<Recorded<FollowUpVisit>> found = records.read(key(id), FollowUpVisit.class);
    String scope = found.map(r -> scope(r.value().archive())).orElse("");
    return gate.run(Action.READ, resource(id.value(), scope), () -> found);
  }

  @Override
  public List<Recorded<FollowUpVisit>> visitsOf(EnrolmentId enrolment) {
    Objects.requireNonNull(enrolment, "enrolment");
    String scope = enrolment(enrolment).map(e -> scope(e.value().archive())).orElse("");
    return gate.run(Action.SEARCH, resource("", scope), () -> {
      requireEnrolment(enrolment);
      try (Stream<StoredRecord> found =
          records.store().find(allVisits("enrolment-date", enrolment), ScopeFilter.within(scope))) {
        return found.map(r -> records.decode(r, FollowUpVisit.class)).collect(Collectors.toList());
      }
    });
  }

  @Override
  public List<Recorded<FollowUpVisit>> history(FollowUpVisitId id) {
    Objects.requireNonNull(id, "id");
    List<Recorded<FollowUpVisit>> versions = records.history(key(id), FollowUpVisit.class);
    String scope = versions.isEmpty() ? "" : scope(versions.get(versions.size() - 1).value().archive());
    return gate.run(Action.READ, resource(id.value(), scope), () -> {
      if (versions.isEmpty()) {
        throw new RecordNotFoundException(Kinds.CHRONIC_VISIT, id.value());
      }
      return versions;
    });
  }

  private static void checkYear(int year) {
    if (year < 1900 || year > 9998) {
      throw RuleViolationException.of("year", "followUp.year.range", 1900, 9998);
    }
  }

  /**
   * An enrolment's status in a year, from one look-up of its visits of the year: the index entries
   * each visit carries give its date and whether it was face to face, so only the year's latest
   * visit is decoded (the look-up returns them in date order, then by id).
   */
  private YearlyStatus statusIn(Enrolment enrolment, int year, String scope) {
    IndexQuery query = IndexQuery.range(Kinds.CHRONIC_VISIT, "enrolment-date",
        enrolmentDate(enrolment.id(), LocalDate.of(year, 1, 1)),
        enrolmentDate(enrolment.id(), LocalDate.of(year + 1, 1, 1)));
    List<LocalDate> faceToFace = new ArrayList<>();
    int visits = 0;
    @Nullable StoredRecord latest = null;
    try (Stream<StoredRecord> found = records.store().find(query, ScopeFilter.within(scope))) {
      for (StoredRecord r : (Iterable<StoredRecord>) found::iterator) {
        visits++;
        latest = r;
        String faceToFaceEntry = IndexValues.of(r, "enrolment-f2f");
        if (faceToFaceEntry != null) {
          faceToFace.add(LocalDate.parse(faceToFaceEntry.substring(faceToFaceEntry.lastIndexOf('/') + 1)));
        }
      }
    }
    Optional<FollowUpVisit> last = latest == null ? Optional.empty()
        : Optional.of(records.json().read(latest.body(), FollowUpVisit.class));
    return YearlyStatus.assess(enrolment, faceToFace, visits, last, year, policy);
  }

  @Override
  public YearlyStatus yearlyStatus(EnrolmentId enrolment, int year) {
    Objects.requireNonNull(enrolment, "enrolment");
    Optional<Recorded<Enrolment>> found = enrolment(enrolment);
    String scope = found.map(e -> scope(e.value().archive())).orElse("");
    return gate.run(Action.SEARCH, resource("", scope), () -> {
      checkYear(year);
      return statusIn(requireEnrolment(enrolment), year, scope);
    });
  }

  @Override
  public Stream<YearlyStatus> yearlyStatuses(ChronicCondition condition, int year) {
    Objects.requireNonNull(condition, "condition");
    return gate.run(Action.SEARCH, resource("", ""), () -> {
      checkYear(year);
      LocalDate first = LocalDate.of(year, 1, 1);
      LocalDate last = LocalDate.of(year, 12, 31);
      Stream<Enrolment> enrolments = records.store()
          .find(IndexQuery.equalTo(Kinds.CHRONIC_ENROLMENT, "condition", condition.name()),
              ScopeFilter.within(gate.principal().scopes()))
          .map(r -> records.json().read(r.body(), Enrolment.class))
          .filter(e -> !e.enrolledOn().isAfter(last)
              && e.closure().map(c -> !c.on().isBefore(first)).orElse(true));
      Stream<IndexMatch> visits;
      try {
        // Every scope: the merge keeps only the visits of the enrolments above, which are in scope.
        visits = records.store().findMatches(YearlyStatusMerge.yearOf(condition, year), ScopeFilter.all());
      } catch (RuntimeException e) {
        enrolments.close();
        throw e;
      }
      return YearlyStatusMerge.statuses(enrolments, visits, condition, year, records, policy,
          e -> statusIn(e, year, scope(e.archive())));
    });
  }

  @Override
  public Stream<WorklistEntry> worklist(WorklistScope scope, LocalDate asOf) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    String area = scope.area().orElse("");
    Resource search = Resource.of(Kinds.CHRONIC_ENROLMENT, "", area, Sensitivity.IDENTIFIED);
    return gate.run(Action.SEARCH, search, () -> {
      Stream<StoredRecord> enrolments;
      if (scope.team().isPresent()) {
        enrolments = records.store().find(
            IndexQuery.equalTo(Kinds.CHRONIC_ENROLMENT, "team", scope.team().get().value()),
            ScopeFilter.within(gate.principal().scopes()));
      } else {
        ScopeFilter filter = ScopeFilter.within(gate.scopesWithin(area));
        enrolments = Stream.of(ChronicCondition.HYPERTENSION, ChronicCondition.TYPE_2_DIABETES)
            .flatMap(c -> records.store().find(
                IndexQuery.equalTo(Kinds.CHRONIC_ENROLMENT, "condition", c.name()), filter));
      }
      return enrolments
          .map(r -> records.json().read(r.body(), Enrolment.class))
          .filter(e -> worklistRules.lists(e, asOf))
          .flatMap(e -> rowsOf(e, asOf));
    });
  }

  /** The worklist rows of one enrolment: two bounded look-ups of its own records. */
  private Stream<WorklistEntry> rowsOf(Enrolment enrolment, LocalDate asOf) {
    String scope = scope(enrolment.archive());
    @Nullable StoredRecord last = null;
    try (Stream<StoredRecord> found =
        records.store().find(visitsUpTo("enrolment-f2f", enrolment.id(), asOf), ScopeFilter.within(scope))) {
      for (StoredRecord r : (Iterable<StoredRecord>) found::iterator) {
        last = r;
      }
    }
    Optional<FollowUpVisit> lastFaceToFace = last == null ? Optional.empty()
        : Optional.of(records.json().read(last.body(), FollowUpVisit.class));
    List<WorklistEntry> rows = new ArrayList<>(2);
    worklistRules.followUp(enrolment, lastFaceToFace, asOf).ifPresent(rows::add);
    if (enrolment.condition() == ChronicCondition.HYPERTENSION || !hasActiveHypertension(enrolment.archive())) {
      worklistRules.healthCheck(enrolment, lastHealthCheck(enrolment.archive(), asOf), asOf).ifPresent(rows::add);
    }
    return rows.stream();
  }

  private boolean hasActiveHypertension(ArchiveNumber archive) {
    return records.read(RecordKey.of(Kinds.CLAIM_CHRONIC_ENROLMENT, archive.value() + "." + ChronicCondition.HYPERTENSION.name()),
        Claim.class).map(c -> !c.value().released()).orElse(false);
  }

  /** The archive's last health check on or before a date, from its service records. */
  private Optional<LocalDate> lastHealthCheck(ArchiveNumber archive, LocalDate asOf) {
    IndexQuery query = ServiceIndex.between(archive, null, asOf);
    @Nullable LocalDate last = null;
    try (Stream<StoredRecord> found = records.store().find(query, ScopeFilter.within(scope(archive)))) {
      for (StoredRecord r : (Iterable<StoredRecord>) found::iterator) {
        ServiceRecord service = records.json().read(r.body(), ServiceRecord.class);
        if (service.type() == ServiceType.HEALTH_CHECK && (last == null || service.date().isAfter(last))) {
          last = service.date();
        }
      }
    }
    return Optional.ofNullable(last);
  }
}
