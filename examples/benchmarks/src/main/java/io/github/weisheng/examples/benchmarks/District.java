package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveClosure;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.chronic.BloodPressure;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.DiabetesManagementLevel;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.EnrolmentClosure;
import io.github.weisheng.chronic.FastingGlucose;
import io.github.weisheng.chronic.FollowUpForm;
import io.github.weisheng.chronic.IcdCode;
import io.github.weisheng.chronic.ManagementTier;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.immunization.Route;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.CountyCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.ForwardingRecordStore;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.store.InMemoryRecordStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The district benchmark's synthetic district (区): {@code residents} residents of county {@code
 * 110105} in committees of {@value #PER_COMMITTEE} residents, {@value #COMMITTEES_PER_STREET}
 * committees a street, with the year {@value #YEAR} of a district's records, generated
 * deterministically from a seed (person {@code g}'s life comes from a {@link Random} seeded with the
 * seed and {@code g}):
 *
 * <ul>
 *   <li>ages: 7% children 0–6, 35% aged 7–34, 40% aged 35–64, 18% elderly ≥ 65; 97% living in the
 *       catchment half a year or more; 96% of archives electronic; archives opened 2015–2026 (those of adults ≥ 35 before 2025);
 *       1% closed in the year (death, transfer out);
 *   <li>adults ≥ 35: 25% hypertensive, 8% type 2 diabetic, 2% coronary heart disease, 1% stroke,
 *       enrolled after the archive was opened and before the year; 2% of the chronic enrolments closed (moved out) during the year;
 *   <li>hypertension and diabetes follow-ups of the year: about four a patient (75% come four times
 *       about 85–90 days apart, 10% three times, 5% once by phone, 5% with a gap over 90 days, 5%
 *       once or twice); blood pressure 110–159 / 65–94 mmHg, fasting glucose 5.0–8.9 mmol/L;
 *   <li>children 0–6: the vaccinations of the national programme due by their age on 31 December
 *       (HepB, BCG, IPV, bOPV, DTaP, MMR, JE-L, HepA-L, MPSV-A, MPSV-AC, DT);
 *   <li>elderly: 70% with a health check (健康体检) in the year; 10% of the other residents with a
 *       consultation (接诊) service record;
 *   <li>key populations, households, sanitation campaigns and health education at a district's
 *       volumes ({@link DistrictProgrammes}).
 * </ul>
 *
 * <p>How it is written: each committee is recorded through Weisheng's services ({@code
 * archives().open}, {@code enrolments().enrol}, {@code followUps().record}, {@code
 * immunization().record}, {@code archives().recordService}, closures), as a host would, on a fresh
 * in-memory store; then every record the services wrote is copied into the target store (the H2
 * file store) through the public storage SPI in bulk, {@value #CHUNK} records a {@link
 * RecordStore#commit commit} (the caller opens the file for the load with {@code H2FileOptions.forBulkLoad()}). Each record arrives with its final version's body, scope and index
 * entries as version 1 (its in-memory history is not copied), and the audit events of the load are
 * not kept (a bulk import is one act for the host to audit). One service call and one commit per
 * record straight into the H2 file store, as {@link WorklistCentre} does, builds about 25 archives
 * a second on this machine: a million residents would take days.
 */
final class District {
  /** The district (区): Beijing, Chaoyang. */
  static final CountyCode COUNTY = CountyCode.parse("110105");
  /** Residents per committee (居委会). */
  static final int PER_COMMITTEE = 2_000;
  /** Committees per street (街道). */
  static final int COMMITTEES_PER_STREET = 25;
  /** The year summarised. */
  static final int YEAR = 2026;
  /** The year's last day. */
  static final LocalDate LAST_DAY = LocalDate.of(YEAR, 12, 31);
  /** The fixed clock: the summary is drafted on 10 January of the next year. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  /** Who records and who drafts: a public-health officer of the district. */
  static final Principal OFFICER =
      Principal.of("district-officer", Set.of("public-health-officer"), Set.of(COUNTY.value()));
  /** The district's health bureau, as the summary names the unit. */
  static final OrgUnitId BUREAU = OrgUnitId.of("chaoyang-district");
  /** Records per bulk commit into the target store. */
  static final int CHUNK = 1_000;

  /** The store's identity key (HMAC key of ID numbers), which Weisheng creates in a store on first use. */
  static final RecordKey IDENTITY_KEY = RecordKey.of("weisheng.meta", "identity-key");

  /** The vaccinations of the programme: product, dose, age in days when given. */
  private static final Object[][] SCHEDULE = {
      {"HepB", 1, 0}, {"BCG", 1, 0}, {"HepB", 2, 30}, {"IPV", 1, 60}, {"IPV", 2, 90}, {"DTaP", 1, 90},
      {"bOPV", 1, 120}, {"DTaP", 2, 120}, {"DTaP", 3, 150}, {"HepB", 3, 180}, {"MPSV-A", 1, 180},
      {"MMR", 1, 240}, {"JE-L", 1, 240}, {"MPSV-A", 2, 270}, {"DTaP", 4, 545}, {"MMR", 2, 545},
      {"HepA-L", 1, 545}, {"JE-L", 2, 730}, {"MPSV-AC", 1, 1095}, {"bOPV", 2, 1460}, {"MPSV-AC", 2, 2190},
      {"DT", 1, 2190}};

  /** The load's audit sink: the events of a bulk import are not kept. */
  static final AuditSink DISCARD = new AuditSink() {
    @Override
    public String id() {
      return "discard";
    }

    @Override
    public void record(AuditEvent event) {
      // a bulk import is audited by the host as one act
    }
  };

  private District() {}

  /** The committee {@code c} (0-based) of the district. */
  static CommitteeCode committee(int c) {
    TownshipCode street = TownshipCode.of(COUNTY, 1 + c / COMMITTEES_PER_STREET);
    return CommitteeCode.of(street, 1 + c % COMMITTEES_PER_STREET);
  }

  /** What the generator wrote. */
  static final class Load {
    /** The resident population of each committee (辖区常住居民数), as the host would supply it. */
    final Map<CommitteeCode, Long> population = new LinkedHashMap<>();
    long residents;
    long records;
    long enrolments;
    long visits;
    long vaccinations;
    /** Key-population cases (children, elderly, maternal, severe mental disorders, tuberculosis). */
    long populationCases;
    long certificates;
    long households;
    /** Sanitation activities and surveys, and health-education activities. */
    long activities;
    /** Bytes of the H2 file when the load's last commit returned, before the store closed. */
    long bytesOpen;
    /** Bytes of the H2 file after {@code SHUTDOWN COMPACT}. */
    long bytesClosed;
    /** Nanoseconds the closing compaction took. */
    long compactNanos;
  }

  /**
   * Generates the district into a store.
   *
   * @param target the store to fill (empty)
   * @param residents how many residents
   * @param seed the seed
   * @param progress told about each street done
   * @return what was written
   */
  static Load generate(RecordStore target, int residents, long seed, Consumer<String> progress) {
    Load load = new Load();
    Set<Long> citizenIds = new HashSet<>();
    int committees = (residents + PER_COMMITTEE - 1) / PER_COMMITTEE;
    for (int c = 0; c < committees; c++) {
      int first = c * PER_COMMITTEE;
      int count = Math.min(PER_COMMITTEE, residents - first);
      generateCommittee(target, c, committees, first, count, seed, citizenIds, load);
      if ((c + 1) % COMMITTEES_PER_STREET == 0 || c + 1 == committees) {
        progress.accept(String.format("%,d residents, %,d records", load.residents, load.records));
      }
    }
    return load;
  }

  private static void generateCommittee(RecordStore target, int c, int committees, int first, int count, long seed,
      Set<Long> citizenIds, Load load) {
    CommitteeCode committee = committee(c);
    InMemoryRecordStore memory = InMemoryRecordStore.create();
    // every committee hashes ID numbers under the district store's one identity key
    target.read(IDENTITY_KEY).ifPresent(key -> memory.commit(Commit.of("weisheng", "identity-key.copy",
        CLOCK.instant(), List.of(RecordWrite.create(IDENTITY_KEY, key.scope(), key.body(), key.index())))));
    Capture capture = new Capture(memory);
    CommunityHealth health = CommunityHealth.builder().store(capture).accessPolicy(DefaultAccessPolicy.defaults())
        .auditSink(DISCARD).clock(CLOCK).build();
    HealthSession officer = health.as(OFFICER);
    OrgUnitId centre = OrgUnitId.of("centre-" + committee.township().value());
    OrgUnitId team = OrgUnitId.of("team-" + committee.value());
    long living = 0;
    List<DistrictProgrammes.Member> members = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long g = first + i;
      Random rnd = new Random(seed * 1_000_003L + g);
      living += person(officer, rnd, seed, g, committee, centre, team, citizenIds, members, load) ? 1 : 0;
    }
    DistrictProgrammes.households(officer, committee, members, new Random(~(seed * 1_000_003L) - c), load);
    if (c % COMMITTEES_PER_STREET == 0) {
      List<CommitteeCode> street = new ArrayList<>();
      for (int k = c; k < Math.min(committees, c + COMMITTEES_PER_STREET); k++) {
        street.add(committee(k));
      }
      DistrictProgrammes.street(officer, committee.township(), centre, street, new Random(seed + 7_919L * c), load);
    }
    // the statistics the centre is given: those living here, and some without an archive
    load.population.put(committee, living + living / 20);
    health.close();
    List<RecordWrite> chunk = new ArrayList<>(CHUNK);
    for (RecordWrite last : capture.finalWrites()) {
      chunk.add(RecordWrite.create(last.key(), last.scope(), last.body(), last.index()));
      if (chunk.size() == CHUNK) {
        flush(target, chunk, load);
      }
    }
    if (!chunk.isEmpty()) {
      flush(target, chunk, load);
    }
  }

  private static void flush(RecordStore target, List<RecordWrite> chunk, Load load) {
    target.commit(Commit.of(OFFICER.id(), "bulk load of the synthetic district", CLOCK.instant(), chunk));
    load.records += chunk.size();
    chunk.clear();
  }

  /**
   * Records person {@code g} and adds them to the committee's members; returns whether the person
   * lives in the catchment half a year or more.
   */
  private static boolean person(HealthSession officer, Random rnd, long seed, long g, CommitteeCode committee,
      OrgUnitId centre, OrgUnitId team, Set<Long> citizenIds, List<DistrictProgrammes.Member> members, Load load) {
    int u = rnd.nextInt(1000);
    int age = u < 70 ? rnd.nextInt(7) : u < 420 ? 7 + rnd.nextInt(28) : u < 820 ? 35 + rnd.nextInt(30)
        : 65 + rnd.nextInt(30);
    LocalDate birth = LAST_DAY.minusYears(age).minusDays(rnd.nextInt(365));
    int sequence = rnd.nextInt(1000);
    while (!citizenIds.add(birth.toEpochDay() * 1000 + sequence)) {
      sequence = (sequence + 1) % 1000;
    }
    CitizenId id = CitizenId.of(COUNTY.value(), birth, sequence);
    boolean living = rnd.nextInt(100) < 97;
    Resident resident = Resident.builder().id(ResidentId.parse("d-" + g)).name("居民" + g).sex(id.sex())
        .birthDate(birth).citizenId(id).address("朝阳区" + committee.value() + "号院" + (1 + g % 40) + "号楼")
        .committee(committee).residencyType(living ? ResidencyType.REGISTERED : ResidencyType.NON_REGISTERED)
        .livesHalfYearOrMore(living).build();
    LocalDate opened = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(age >= 35 ? 3650 : 4200));
    if (opened.isBefore(birth)) {
      opened = birth;
    }
    ArchiveNumber archive = officer.archives().open(NewArchive.builder().resident(resident).openedOn(opened)
        .institution(centre).team(team).electronic(rnd.nextInt(100) < 96).build()).value().number();
    load.residents++;
    if (age < 7) {
      vaccinations(officer, archive, birth, g, load);
    }
    if (age >= 35) {
      chronic(officer, rnd, archive, opened, team, load);
    }
    Optional<LocalDate> checked = Optional.empty();
    if (age >= 65 ? rnd.nextInt(10) < 7 : rnd.nextInt(10) == 0) {
      LocalDate on = latest(opened, LocalDate.of(YEAR, 1, 1).plusDays(rnd.nextInt(365)));
      if (age >= 65) {
        checked = Optional.of(on); // the elderly case's save records it on the archive as a health check
      } else {
        officer.archives().recordService(ServiceRecord.of(archive, on, ServiceType.CONSULTATION, centre));
      }
    }
    DistrictProgrammes.Member member = new DistrictProgrammes.Member(g, resident.id(), birth, resident.sex(),
        resident.address(), archive, opened, age);
    members.add(member);
    DistrictProgrammes.keyPopulations(officer, member, team, checked, DistrictProgrammes.random(seed, g), load);
    if (rnd.nextInt(100) == 0) {
      LocalDate on = latest(opened, LocalDate.of(YEAR, 1, 1).plusDays(rnd.nextInt(365)));
      officer.archives().close(archive, officer.archives().find(archive).orElseThrow().version(),
          age >= 65 ? ArchiveClosure.death(on, "疾病") : ArchiveClosure.transferOut(on, "外区", "档案已移交"));
    }
    return living;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static void vaccinations(HealthSession officer, ArchiveNumber child, LocalDate birth, long g, Load load) {
    int n = 0;
    for (Object[] dose : SCHEDULE) {
      LocalDate on = birth.plusDays((Integer) dose[2]);
      if (on.isAfter(LAST_DAY)) {
        continue;
      }
      String product = (String) dose[0];
      officer.immunizations().record(VaccinationRecord.builder().id(VaccinationRecordId.parse("v-" + g + "-" + n++))
          .archive(child).product(product).doseNumber((Integer) dose[1]).date(on).lot("2026" + product.length() + "A")
          .site("左上臂").route(product.equals("BCG") ? Route.INTRADERMAL : product.endsWith("OPV")
              ? Route.ORAL : Route.INTRAMUSCULAR)
          .institution("朝阳区预防接种门诊").build());
      load.vaccinations++;
    }
  }

  private static void chronic(HealthSession officer, Random rnd, ArchiveNumber archive, LocalDate opened,
      OrgUnitId team, Load load) {
    boolean hypertension = rnd.nextInt(100) < 25;
    boolean diabetes = rnd.nextInt(100) < 8;
    boolean coronary = rnd.nextInt(100) < 2;
    boolean stroke = rnd.nextInt(100) < 1;
    if (hypertension) {
      followUps(officer, rnd, enrol(officer, rnd, archive, opened, ChronicCondition.HYPERTENSION, "I10", team, load), true,
          load);
    }
    if (diabetes) {
      followUps(officer, rnd, enrol(officer, rnd, archive, opened, ChronicCondition.TYPE_2_DIABETES, "E11.9", team, load),
          false, load);
    }
    if (coronary) {
      enrol(officer, rnd, archive, opened, ChronicCondition.CORONARY_HEART_DISEASE, "I25.1", team, load);
    }
    if (stroke) {
      enrol(officer, rnd, archive, opened, ChronicCondition.STROKE, "I63.9", team, load);
    }
  }

  private static Enrolment enrol(HealthSession officer, Random rnd, ArchiveNumber archive, LocalDate opened,
      ChronicCondition condition, String icd, OrgUnitId team, Load load) {
    load.enrolments++;
    int days = (int) (LocalDate.of(YEAR - 1, 12, 31).toEpochDay() - opened.toEpochDay());
    return officer.enrolments().enrol(archive, condition, IcdCode.parse(icd), opened.plusDays(rnd.nextInt(days)),
        "朝阳区人民医院", team).value();
  }

  private static void followUps(HealthSession officer, Random rnd, Enrolment patient, boolean hypertension,
      Load load) {
    int habit = rnd.nextInt(100);
    int visits = habit < 75 ? 4 : habit < 85 ? 3 : habit < 95 ? 4 : 1 + rnd.nextInt(2);
    int phone = habit >= 85 && habit < 90 ? rnd.nextInt(4) : -1;
    int gap = habit >= 90 && habit < 95 ? 100 : 85;
    LocalDate closes = rnd.nextInt(50) == 0 ? LocalDate.of(YEAR, 1, 1).plusDays(rnd.nextInt(365)) : null;
    LocalDate on = LocalDate.of(YEAR, 1, 3).plusDays(rnd.nextInt(20));
    ManagementTier tier = ManagementTier.values()[rnd.nextInt(ManagementTier.values().length)];
    for (int q = 0; q < visits && !on.isAfter(LAST_DAY) && (closes == null || on.isBefore(closes)); q++) {
      FollowUpForm.Builder form = FollowUpForm.builder().visitDate(on)
          .mode(q == phone ? VisitMode.PHONE : rnd.nextInt(4) == 0 ? VisitMode.HOME : VisitMode.CLINIC);
      if (hypertension) {
        form.bloodPressure(BloodPressure.of(110 + rnd.nextInt(50), 65 + rnd.nextInt(30))).tier(tier);
      } else {
        form.fastingGlucose(FastingGlucose.of(BigDecimal.valueOf(50 + rnd.nextInt(40), 1)))
            .diabetesLevel(rnd.nextInt(5) == 0 ? DiabetesManagementLevel.INTENSIVE : DiabetesManagementLevel.ROUTINE);
      }
      officer.followUps().record(patient.id(), form.build());
      load.visits++;
      on = on.plusDays(gap + rnd.nextInt(6));
    }
    if (closes != null) {
      long version = officer.enrolments().find(patient.id()).orElseThrow().version();
      officer.enrolments().close(patient.id(), version, EnrolmentClosure.movedOut(closes));
    }
  }

  /** A store that remembers the last write of every record committed through it. */
  static final class Capture extends ForwardingRecordStore {
    private final Map<RecordKey, RecordWrite> last = new LinkedHashMap<>();

    Capture(RecordStore delegate) {
      super(delegate);
    }

    List<RecordWrite> finalWrites() {
      return new ArrayList<>(last.values());
    }

    @Override
    public void commit(Commit commit) {
      super.commit(commit);
      for (RecordWrite write : commit.writes()) {
        last.remove(write.key());
        last.put(write.key(), write);
      }
    }
  }
}
