package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.chronic.AdverseReaction;
import io.github.weisheng.chronic.BloodPressure;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.DiabetesManagementLevel;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.EnrolmentClosure;
import io.github.weisheng.chronic.FastingGlucose;
import io.github.weisheng.chronic.FollowUpForm;
import io.github.weisheng.chronic.FollowUpVisit;
import io.github.weisheng.chronic.IcdCode;
import io.github.weisheng.chronic.ManagementTier;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.chronic.WorklistEntry;
import io.github.weisheng.chronic.WorklistScope;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.store.InMemoryRecordStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The worklist benchmark's centre: {@code archives} archives of one street (the {@link Synthetic}
 * persons), about one in five enrolled for hypertension and one in fifteen for type 2 diabetes,
 * with a year of follow-ups from enrolment (June 2025) up to {@link #AS_OF}, some health
 * checks and a few closures, everything recorded through Weisheng's services into the embedded H2
 * file store. Deterministic: person {@code n}'s history comes from a {@code Random} seeded with
 * {@code n}. Building 30,000 archives takes half an hour or more, so a built centre is kept in its folder
 * (a marker file records its size) and reopened by later runs.
 *
 * <p>Patients: tier 1/2/3 in proportions 5:3:2 (hypertension), routine/intensive 4:1 (diabetes);
 * 85% come about when due (±7 days), 10% come late (up to 60 days), 5% stop coming at some point;
 * one follow-up in ten is a phone call; 70% have a health check in the period; 2% moved out.
 */
final class WorklistCentre implements AutoCloseable {
  /** The date the worklist is asked for, and the centre's fixed "today". */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  /** The worklist's area: the street (the centre's catchment). */
  static final WorklistScope SCOPE = WorklistScope.area(Synthetic.STREET.value());
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final LocalDate FIRST_ENROLMENT = LocalDate.of(2025, 6, 1);

  final Path folder;
  final JdbcRecordStore store;
  final HealthSession doctor;
  final Connection sql;
  private final List<PreparedStatement> clear = new ArrayList<>();
  private final PreparedStatement active;
  private final PreparedStatement lastVisit;
  private final PreparedStatement lastCheck;
  private final PreparedStatement rows;
  /** What the build recorded (zero when an existing centre was reopened). */
  long enrolments;
  long visits;

  private WorklistCentre(Path folder) {
    this.folder = folder;
    this.store = JdbcRecordStore.openH2File(folder);
    CommunityHealth health = CommunityHealth.builder()
        .store(store).accessPolicy(DefaultAccessPolicy.defaults()).clock(CLOCK).build();
    this.doctor = health.as(Synthetic.DOCTOR);
    try {
      this.sql = DriverManager.getConnection(
          "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("weisheng") + Bench.H2_SETTINGS, "sa", "");
      try (Statement setup = sql.createStatement()) {
        for (String ddl : WorklistSql.SETUP) {
          setup.execute(ddl);
        }
      }
      for (String statement : WorklistSql.CLEAR) {
        clear.add(sql.prepareStatement(statement));
      }
      this.active = sql.prepareStatement(WorklistSql.ACTIVE);
      this.lastVisit = sql.prepareStatement(WorklistSql.LAST_VISIT);
      this.lastCheck = sql.prepareStatement(WorklistSql.LAST_CHECK);
      this.rows = sql.prepareStatement(WorklistSql.ROWS);
    } catch (SQLException e) {
      store.close();
      throw new IllegalStateException("cannot open the SQL connection", e);
    }
  }

  /**
   * Opens the centre in a folder, building it first when the folder does not hold one of this size.
   *
   * @param folder where the H2 database lives
   * @param archives how many archives the centre has
   * @return the centre
   */
  static WorklistCentre open(Path folder, int archives) {
    Path marker = folder.resolve("built-" + archives);
    if (!Files.exists(marker)) {
      Bench.delete(folder);
    }
    WorklistCentre centre = new WorklistCentre(folder);
    if (!Files.exists(marker)) {
      centre.build(archives);
      try {
        Files.writeString(marker, "archives=" + archives + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return centre;
  }

  /**
   * Records the centre through the services on an in-memory store, then copies every record's final
   * version into the H2 file store in bulk commits, as {@link District} does: one service call and
   * one commit per record straight into the file store builds about 25 archives a second and grows
   * the open file by each commit (the 30,000-archive centre reached 6.6 GB in four minutes). The
   * load's own audit events are not kept; the worklist's search is audited as usual.
   */
  private void build(int archives) {
    InMemoryRecordStore scratch = InMemoryRecordStore.create();
    // ID numbers are hashed under the file store's identity key (copied, not captured: it is there already)
    store.read(District.IDENTITY_KEY).ifPresent(key -> scratch.commit(Commit.of("weisheng", "identity-key.copy",
        CLOCK.instant(), List.of(RecordWrite.create(District.IDENTITY_KEY, key.scope(), key.body(), key.index())))));
    District.Capture capture = new District.Capture(scratch);
    CommunityHealth memory = CommunityHealth.builder().store(capture).accessPolicy(DefaultAccessPolicy.defaults())
        .auditSink(District.DISCARD).clock(CLOCK).build();
    HealthSession recorder = memory.as(Synthetic.DOCTOR);
    for (long n = 0; n < archives; n++) {
      ArchiveNumber archive = recorder.archives().open(Synthetic.newArchive(Synthetic.person(n))).value().number();
      ChronicCondition condition = n % 5 == 0 ? ChronicCondition.HYPERTENSION
          : n % 15 == 1 ? ChronicCondition.TYPE_2_DIABETES : null;
      if (condition != null) {
        patient(recorder, new Random(n), archive, condition, OrgUnitId.of(Synthetic.person(n).team()));
      }
    }
    memory.close();
    List<RecordWrite> chunk = new ArrayList<>(District.CHUNK);
    for (RecordWrite last : capture.finalWrites()) {
      chunk.add(RecordWrite.create(last.key(), last.scope(), last.body(), last.index()));
      if (chunk.size() == District.CHUNK) {
        store.commit(Commit.of(Synthetic.DOCTOR.id(), "bulk load of the worklist centre", CLOCK.instant(), chunk));
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      store.commit(Commit.of(Synthetic.DOCTOR.id(), "bulk load of the worklist centre", CLOCK.instant(), chunk));
    }
  }

  private void patient(HealthSession doctor, Random rnd, ArchiveNumber archive, ChronicCondition condition,
      OrgUnitId team) {
    boolean hypertension = condition == ChronicCondition.HYPERTENSION;
    LocalDate enrolled = FIRST_ENROLMENT.plusDays(rnd.nextInt(30));
    Enrolment e = doctor.enrolments().enrol(archive, condition, IcdCode.parse(hypertension ? "I10" : "E11.9"),
        enrolled, "朝阳区第二医院", team).value();
    enrolments++;
    int t = rnd.nextInt(10);
    ManagementTier tier = t < 5 ? ManagementTier.TIER_1 : t < 8 ? ManagementTier.TIER_2 : ManagementTier.TIER_3;
    DiabetesManagementLevel level = rnd.nextInt(5) == 0 ? DiabetesManagementLevel.INTENSIVE
        : DiabetesManagementLevel.ROUTINE;
    int habit = rnd.nextInt(20); // 0: stops coming, 1-2: comes late, else on time
    LocalDate stopsAfter = habit == 0 ? enrolled.plusDays(rnd.nextInt(390)) : AS_OF;
    LocalDate next = enrolled.plusDays(rnd.nextInt(30));
    while (!next.isAfter(AS_OF) && !next.isAfter(stopsAfter)) {
      int diastolic = 70 + rnd.nextInt(22);
      FollowUpForm form = FollowUpForm.builder()
          .visitDate(next)
          .mode(rnd.nextInt(10) == 0 ? VisitMode.PHONE : rnd.nextInt(4) == 0 ? VisitMode.HOME : VisitMode.CLINIC)
          .bloodPressure(BloodPressure.of(115 + rnd.nextInt(45), diastolic))
          .heartRate(60 + rnd.nextInt(40))
          .fastingGlucose(FastingGlucose.of(BigDecimal.valueOf(50 + rnd.nextInt(28), 1)))
          .tier(tier)
          .diabetesLevel(level)
          .adverseReaction(rnd.nextInt(30) == 0 ? AdverseReaction.CONTROLLABLE : AdverseReaction.NONE)
          .build();
      FollowUpVisit visit = doctor.followUps().record(e.id(), form).value();
      visits++;
      int jitter = habit <= 2 && habit > 0 ? rnd.nextInt(61) : rnd.nextInt(15) - 7;
      next = visit.nextVisit().plusDays(jitter);
      if (!next.isAfter(visit.visitDate())) {
        next = visit.visitDate().plusDays(1);
      }
    }
    if (rnd.nextInt(10) < 7) {
      LocalDate check = enrolled.plusDays(rnd.nextInt((int) (AS_OF.toEpochDay() - enrolled.toEpochDay()) + 1));
      doctor.archives().recordService(ServiceRecord.of(archive, check, ServiceType.HEALTH_CHECK,
          OrgUnitId.of(Synthetic.CENTRE)));
    }
    if (rnd.nextInt(50) == 0) {
      doctor.enrolments().close(e.id(), 1, EnrolmentClosure.movedOut(AS_OF.minusDays(rnd.nextInt(60))));
    }
  }

  /**
   * The worklist through Weisheng: {@code followUps().worklist(…)} for the street on {@link #AS_OF}.
   *
   * @return the rows as "enrolment reason"
   */
  List<String> weisheng() {
    List<String> rows = new ArrayList<>();
    try (Stream<WorklistEntry> found = doctor.followUps().worklist(SCOPE, AS_OF)) {
      found.forEach(r -> rows.add(r.enrolment().value() + " " + r.reason().name()));
    }
    return rows;
  }

  /**
   * The same worklist by the hand-written SQL ({@link WorklistSql}) on the same H2 database.
   *
   * @return the rows as "enrolment reason"
   */
  List<String> sql() {
    try {
      String asOf = AS_OF.toString();
      String area = Synthetic.STREET.value() + "%";
      for (PreparedStatement statement : clear) {
        statement.executeUpdate();
      }
      active.setString(1, area);
      active.executeUpdate();
      lastVisit.setString(1, asOf);
      lastVisit.executeUpdate();
      lastCheck.setString(1, area);
      lastCheck.setString(2, asOf);
      lastCheck.executeUpdate();
      for (int i = 1; i <= 6; i++) {
        rows.setString(i, asOf);
      }
      List<String> found = new ArrayList<>();
      try (ResultSet rs = rows.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("the worklist query failed", e);
    }
  }

  @Override
  public void close() {
    try {
      sql.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      store.close();
    }
  }
}
