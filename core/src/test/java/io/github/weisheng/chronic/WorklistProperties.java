package io.github.weisheng.chronic;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.COMMITTEE_2;
import static io.github.weisheng.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.internal.Kinds;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.store.InMemoryRecordStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The worklist, read through the store's index look-ups patient by patient, equals a brute-force
 * computation of the same definitions over a scan of every enrolment, visit and service record, on
 * random populations (teams, committees, one or two conditions, closures, face-to-face and phone
 * visits, health checks) and random dates, many of them at a window edge.
 */
class WorklistProperties {
  private static final List<OrgUnitId> TEAMS = List.of(OrgUnitId.of("team-a"), OrgUnitId.of("team-b"));
  private static final List<WorklistScope> SCOPES = List.of(WorklistScope.team(TEAMS.get(0)),
      WorklistScope.team(TEAMS.get(1)), WorklistScope.area("110105001"), WorklistScope.area(COMMITTEE_1.value()),
      WorklistScope.area(COMMITTEE_2.value()));
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final JsonCodec JSON = JsonCodec.create();

  /** A population built from a seed, and the as-of dates to check it on. */
  private static final class Population {
    final RecordStore store = InMemoryRecordStore.create();
    final CommunityHealth health = Fixtures.health(store);
    final HealthSession doctor = health.as(Fixtures.doctor());
    final List<LocalDate> edges = new ArrayList<>();

    Population(Random rnd) {
      int patients = 1 + rnd.nextInt(8);
      for (int i = 0; i < patients; i++) {
        CommitteeCode committee = rnd.nextBoolean() ? COMMITTEE_1 : COMMITTEE_2;
        ChronicCondition condition = rnd.nextBoolean() ? ChronicCondition.HYPERTENSION : ChronicCondition.TYPE_2_DIABETES;
        LocalDate enrolled = START.plusDays(rnd.nextInt(500));
        Enrolment e = FollowUpServiceTest.enrol(health, committee, LocalDate.of(1940, 1, 1).plusDays(rnd.nextInt(15000)),
            100 + i, condition, TEAMS.get(rnd.nextInt(2)), enrolled);
        List<Enrolment> enrolments = new ArrayList<>(List.of(e));
        if (rnd.nextInt(4) == 0) {
          ChronicCondition other = condition == ChronicCondition.HYPERTENSION
              ? ChronicCondition.TYPE_2_DIABETES : ChronicCondition.HYPERTENSION;
          enrolments.add(doctor.enrolments().enrol(e.archive(), other,
              IcdCode.parse(other == ChronicCondition.HYPERTENSION ? "I10" : "E11"), enrolled,
              "区医院", TEAMS.get(rnd.nextInt(2))).value());
        }
        edges.add(enrolled);
        for (Enrolment each : enrolments) {
          visits(rnd, each);
        }
        for (int c = rnd.nextInt(3); c > 0; c--) {
          LocalDate on = LocalDate.of(2023, 6, 1).plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(
              LocalDate.of(2023, 6, 1), TODAY) + 1));
          doctor.archives().recordService(ServiceRecord.of(e.archive(), on,
              rnd.nextInt(3) == 0 ? ServiceType.FOLLOW_UP : ServiceType.HEALTH_CHECK, Fixtures.CENTRE));
          edges.add(on.plusYears(1));
        }
        for (Enrolment each : enrolments) {
          if (rnd.nextInt(6) == 0) {
            LocalDate on = each.enrolledOn().plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(each.enrolledOn(), TODAY) + 1));
            doctor.enrolments().close(each.id(), 1, EnrolmentClosure.movedOut(on));
          }
        }
      }
    }

    private void visits(Random rnd, Enrolment e) {
      int span = (int) ChronoUnit.DAYS.between(e.enrolledOn(), TODAY) + 1;
      for (int v = rnd.nextInt(6); v > 0; v--) {
        LocalDate on = e.enrolledOn().plusDays(rnd.nextInt(span));
        int diastolic = 60 + rnd.nextInt(56);
        int systolic = Math.max(diastolic + 1, 100 + rnd.nextInt(91));
        FollowUpForm.Builder form = FollowUpForm.builder().visitDate(on)
            .mode(VisitMode.values()[rnd.nextInt(3)])
            .bloodPressure(BloodPressure.of(systolic, diastolic))
            .fastingGlucose(FastingGlucose.of(BigDecimal.valueOf(35 + rnd.nextInt(150), 1)))
            .tier(ManagementTier.values()[rnd.nextInt(3)])
            .diabetesLevel(DiabetesManagementLevel.values()[rnd.nextInt(2)])
            .adverseReaction(rnd.nextInt(5) == 0 ? AdverseReaction.CONTROLLABLE : AdverseReaction.NONE);
        FollowUpVisit visit = doctor.followUps().record(e.id(), form.build()).value();
        edges.add(visit.nextVisit());
        edges.add(visit.visitDate().plusDays(ChronicCarePolicy.defaults().lostToFollowUpDays()));
      }
    }

    <T> List<T> scan(String kind, Class<T> type, Function<StoredRecord, T> decode) {
      try (Stream<StoredRecord> s = store.scan(kind, ScopeFilter.all())) {
        return s.map(decode).collect(Collectors.toList());
      }
    }
  }

  /** The definitions of {@link WorklistRules}, written out again over everything in the store. */
  private static List<WorklistEntry> bruteForce(Population p, WorklistScope scope, LocalDate asOf) {
    ChronicCarePolicy policy = ChronicCarePolicy.defaults();
    List<Enrolment> enrolments =
        p.scan(Kinds.CHRONIC_ENROLMENT, Enrolment.class, r -> JSON.read(r.body(), Enrolment.class));
    Map<FollowUpVisit, String> visits = p.scan(Kinds.CHRONIC_VISIT, StoredRecord.class, r -> r).stream()
        .collect(Collectors.toMap(r -> JSON.read(r.body(), FollowUpVisit.class), r -> r.key().id()));
    List<ServiceRecord> services =
        p.scan(Kinds.ARCHIVE_SERVICE, ServiceRecord.class, r -> JSON.read(r.body(), ServiceRecord.class));
    List<WorklistEntry> rows = new ArrayList<>();
    for (Enrolment e : enrolments) {
      boolean inScope = scope.team().map(t -> t.equals(e.team()))
          .orElseGet(() -> e.archive().committee().value().startsWith(scope.area().orElseThrow()));
      if (!inScope || !e.isActive() || e.enrolledOn().isAfter(asOf)) {
        continue;
      }
      Optional<FollowUpVisit> last = visits.keySet().stream()
          .filter(v -> v.enrolment().equals(e.id()) && v.faceToFace() && !v.visitDate().isAfter(asOf))
          .max(Comparator.comparing(FollowUpVisit::visitDate).thenComparing(visits::get));
      LocalDate from = last.map(FollowUpVisit::visitDate).orElse(e.enrolledOn());
      FollowUpCadence cadence = last.map(FollowUpVisit::cadence).orElse(policy.firstVisitCadence());
      LocalDate due = last.map(FollowUpVisit::nextVisit).orElse(e.enrolledOn().plusDays(cadence.intervalDays()));
      Optional<LocalDate> lastDate = last.map(FollowUpVisit::visitDate);
      long since = ChronoUnit.DAYS.between(from, asOf);
      LocalDate opens = due.minusDays(cadence.earlyDays());
      if (!opens.isAfter(from)) {
        opens = from.plusDays(1);
      }
      if (since > policy.lostToFollowUpDays()) {
        rows.add(WorklistEntry.of(e, WorklistReason.LOST_TO_FOLLOW_UP,
            AppliedRule.of("worklist.lostToFollowUp", policy.lostToFollowUpDays()), lastDate, due));
      } else if (asOf.isAfter(due.plusDays(cadence.lateDays()))) {
        rows.add(WorklistEntry.of(e, WorklistReason.OVERDUE, AppliedRule.of("worklist.overdue", cadence.lateDays()),
            lastDate, due));
      } else if (!asOf.isBefore(opens)) {
        rows.add(WorklistEntry.of(e, WorklistReason.DUE,
            AppliedRule.of("worklist.due", cadence.earlyDays(), cadence.lateDays()), lastDate, due));
      }
      boolean alsoHypertension = e.condition() == ChronicCondition.TYPE_2_DIABETES && enrolments.stream().anyMatch(
          o -> o.archive().equals(e.archive()) && o.condition() == ChronicCondition.HYPERTENSION && o.isActive());
      if (!alsoHypertension) {
        Optional<LocalDate> lastCheck = services.stream()
            .filter(s -> s.archive().equals(e.archive()) && s.type() == ServiceType.HEALTH_CHECK
                && !s.date().isAfter(asOf))
            .map(ServiceRecord::date).max(Comparator.naturalOrder());
        LocalDate checkDue = lastCheck.map(d -> d.plusYears(1)).orElse(e.enrolledOn());
        if (!checkDue.isAfter(asOf)) {
          rows.add(WorklistEntry.of(e, WorklistReason.HEALTH_CHECK_DUE, AppliedRule.of("worklist.healthCheckDue", 12),
              lastCheck, checkDue));
        }
      }
    }
    return rows;
  }

  @Test
  void theWorklistEqualsABruteForceScanOnRandomPopulations() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Random rnd = new Random(seed);
      Population p = new Population(rnd);
      for (int d = 0; d < 6; d++) {
        LocalDate asOf = rnd.nextBoolean()
            ? START.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(START, TODAY.plusDays(60))))
            : p.edges.get(rnd.nextInt(p.edges.size())).plusDays(rnd.nextInt(31) - 15);
        WorklistScope scope = SCOPES.get(rnd.nextInt(SCOPES.size()));
        List<WorklistEntry> actual;
        try (Stream<WorklistEntry> rows = p.doctor.followUps().worklist(scope, asOf)) {
          actual = rows.collect(Collectors.toList());
        }
        assertThat(actual).as("seed %s, %s, %s", seed, scope, asOf)
            .containsExactlyInAnyOrderElementsOf(bruteForce(p, scope, asOf));
      }
    });
  }
}
