package io.github.weisheng.examples.quickstart;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.chronic.BloodPressure;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.DiabetesManagementLevel;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.FastingGlucose;
import io.github.weisheng.chronic.FollowUpForm;
import io.github.weisheng.chronic.FollowUpVisit;
import io.github.weisheng.chronic.IcdCode;
import io.github.weisheng.chronic.ManagementTier;
import io.github.weisheng.chronic.MedicationAdherence;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.education.EducationActivity;
import io.github.weisheng.education.EducationActivityId;
import io.github.weisheng.education.EducationActivityType;
import io.github.weisheng.education.EducationMaterial;
import io.github.weisheng.education.MaterialKind;
import io.github.weisheng.immunization.AdministeredDose;
import io.github.weisheng.immunization.DoseEvaluation;
import io.github.weisheng.immunization.ForecastStatus;
import io.github.weisheng.immunization.ImmunizationForecaster;
import io.github.weisheng.immunization.ImmunizationRecommendation;
import io.github.weisheng.immunization.ProductDefinition;
import io.github.weisheng.immunization.Route;
import io.github.weisheng.immunization.VaccinationCertificate;
import io.github.weisheng.immunization.VaccinationHistory;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
import io.github.weisheng.infectious.CaseClassification;
import io.github.weisheng.infectious.CaseReport;
import io.github.weisheng.infectious.CaseReportId;
import io.github.weisheng.infectious.FollowUpAction;
import io.github.weisheng.infectious.HomeFollowUp;
import io.github.weisheng.infectious.HomeFollowUpId;
import io.github.weisheng.infectious.InfectiousDiseaseService;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.population.ChildHistory;
import io.github.weisheng.population.ChildService;
import io.github.weisheng.population.ChildVisit;
import io.github.weisheng.population.ElderlyCheck;
import io.github.weisheng.population.ElderlyGuidance;
import io.github.weisheng.population.ElderlyLabTest;
import io.github.weisheng.population.ElderlyPolicy;
import io.github.weisheng.population.MaternalService;
import io.github.weisheng.population.MaternalVisit;
import io.github.weisheng.population.PopulationCase;
import io.github.weisheng.population.PopulationCaseId;
import io.github.weisheng.population.PopulationGroup;
import io.github.weisheng.population.Pregnancy;
import io.github.weisheng.population.PregnancyOutcome;
import io.github.weisheng.population.SevereMentalDisorder;
import io.github.weisheng.population.SmiFollowUp;
import io.github.weisheng.population.SmiRiskLevel;
import io.github.weisheng.population.TbCase;
import io.github.weisheng.population.TbRegimen;
import io.github.weisheng.population.TbSupervisor;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.sanitation.Activity;
import io.github.weisheng.sanitation.ActivityId;
import io.github.weisheng.sanitation.ActivityType;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.Campaign;
import io.github.weisheng.sanitation.CampaignGoal;
import io.github.weisheng.sanitation.CampaignId;
import io.github.weisheng.sanitation.CampaignType;
import io.github.weisheng.sanitation.DensityMeasurement;
import io.github.weisheng.sanitation.Output;
import io.github.weisheng.sanitation.OutputKind;
import io.github.weisheng.sanitation.OutputUnit;
import io.github.weisheng.sanitation.ParticipantKind;
import io.github.weisheng.sanitation.PatrioticHealthMonth;
import io.github.weisheng.sanitation.SurveyId;
import io.github.weisheng.sanitation.VectorIndicator;
import io.github.weisheng.sanitation.VectorSurvey;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The year's work of the synthetic community's centre, recorded through the public API: chronic
 * disease enrolments with tiers and a year of follow-ups, children 0–6 with their checks and
 * vaccinations, the elderly's yearly health checks, pregnancies, severe mental disorders and
 * tuberculosis, infectious-disease case reports with their home follow-ups, sanitation campaigns
 * with vector surveys, and health education. Every person's
 * events are drawn from the person's own seed ({@link Person#seed()}), so the same seed always gives
 * the same records and the same figures. Most services are on time; some are late, some missed,
 * some patients uncontrolled — what a work summary has to report.
 */
final class Programmes {
  static final String DIAGNOSING_HOSPITAL = "朝阳区示例医院";
  static final String VACCINATION_CLINIC = "朝阳区示例街道社区卫生服务中心预防接种门诊";

  private static final long CHRONIC = 0x0C4201CL;
  private static final long CHILD = 0x0C41D0L;
  private static final long VACCINES = 0x0FACC1EL;
  private static final long CERTIFICATE = 0xCE27L;
  private static final long HPV = 0x4B5L;
  private static final long ELDERLY = 0x0E1DE7L;
  private static final long MATERNAL = 0x0A7E7L;
  private static final long SMI = 0x05A1L;
  private static final long TB = 0x07BL;
  private static final long INFECTIOUS = 0x1FEC7L;

  /** An archived person: the synthetic person and the archive the quickstart opened. */
  record Archived(Person person, HealthArchive archive) {
    Resident resident() {
      return person.resident();
    }

    ArchiveNumber number() {
      return archive.number();
    }

    int age(LocalDate on) {
      return person.resident().ageOn(on);
    }

    Random random(long salt) {
      return new Random(person.seed() ^ salt);
    }
  }

  private final HealthSession doctor;
  private final HealthSession vaccinator;
  private final HealthSession officer;
  private final LocalDate asOf;
  private final LocalDate yearStart;
  private final OrgUnitId centre;
  private final AreaScope street;
  private final long seed;
  private final PrintStream out;
  private final ConsoleProgress progress;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private LocalDate firstEdition;

  Programmes(HealthSession doctor, HealthSession vaccinator, HealthSession officer, LocalDate asOf, OrgUnitId centre,
      AreaScope street, long seed, PrintStream out, ConsoleProgress progress) {
    this.doctor = doctor;
    this.vaccinator = vaccinator;
    this.officer = officer;
    this.asOf = asOf;
    this.yearStart = asOf.withDayOfYear(1);
    this.centre = centre;
    this.street = street;
    this.seed = seed;
    this.out = out;
    this.progress = progress;
  }

  /** @return what was recorded, by label, in the order recorded */
  Map<String, Integer> counts() {
    return Collections.unmodifiableMap(counts);
  }

  private void count(String label, int n) {
    counts.merge(label, n, Integer::sum);
  }

  private static int between(Random r, int from, int to) {
    return from + r.nextInt(to - from + 1);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static OrgUnitId team(Archived a) {
    return OrgUnitId.of("team-" + (1 + a.resident().committee().committeeNumber() % 3));
  }

  // ---------------------------------------------------------------- chronic disease

  /**
   * Enrols the patients in their conditions (纳入管理) and records a year of hypertension and diabetes
   * follow-ups: tiers 1–3 (every 90, 60, 30 days) and routine or intensive diabetes management; the
   * next visit is the date the service set (sooner after an unsatisfactory visit), usually a few days
   * early; three patients in four come faithfully, the others miss a visit or take it by phone now
   * and then, and a few stop coming after a visit or two. About two in three are controlled.
   */
  void chronic(List<Archived> archived) {
    long t = System.nanoTime();
    List<Archived> patients = archived.stream().filter(a -> !a.person().conditions().isEmpty()).toList();
    int enrolments = 0;
    int visits = 0;
    try (ConsoleProgress.Bar bar = progress.start("Chronic follow-ups", patients.size())) {
      for (Archived a : patients) {
        Random r = a.random(CHRONIC);
        for (ChronicCondition condition : EnumSet.copyOf(a.person().conditions())) {
          LocalDate enrolledOn = r.nextDouble() < 0.85 ? asOf.minusDays(between(r, 400, 1900))
              : asOf.minusDays(between(r, 20, 330));
          enrolledOn = max(enrolledOn, a.archive().openedOn());
          Enrolment enrolment = doctor.enrolments().enrol(a.number(), condition, diagnosis(condition, r), enrolledOn,
              DIAGNOSING_HOSPITAL, team(a)).value();
          enrolments++;
          if (condition == ChronicCondition.HYPERTENSION || condition == ChronicCondition.TYPE_2_DIABETES) {
            visits += followUps(a, enrolment, condition, r);
          }
        }
        bar.step();
      }
    }
    Quickstart.stepDone(out, "Chronic follow-ups",
        String.format("%,d enrolments, %,d follow-ups (%.1f s)", enrolments, visits, Quickstart.seconds(t)));
    count("chronic enrolments", enrolments);
    count("chronic follow-ups", visits);
  }

  private static IcdCode diagnosis(ChronicCondition condition, Random r) {
    String code = switch (condition) {
      case HYPERTENSION -> r.nextDouble() < 0.9 ? "I10" : "I11.9";
      case TYPE_2_DIABETES -> "E11.9";
      case CORONARY_HEART_DISEASE -> r.nextBoolean() ? "I25.1" : "I20.9";
      case STROKE -> r.nextBoolean() ? "I69.3" : "I63.9";
      case CANCER -> new String[] {"C34.9", "C18.9", "C50.9", "C16.9"}[r.nextInt(4)];
      case COPD -> "J44.9";
      case CHRONIC_BRONCHITIS -> "J42";
    };
    return IcdCode.parse(code);
  }

  private int followUps(Archived a, Enrolment enrolment, ChronicCondition condition, Random r) {
    boolean hypertension = condition == ChronicCondition.HYPERTENSION;
    boolean controlledPatient = r.nextDouble() < (hypertension ? 0.68 : 0.60);
    boolean dropsOut = r.nextDouble() < 0.06;
    boolean diligent = r.nextDouble() < 0.75;
    double missRate = diligent ? 0.02 : 0.15;
    double phoneRate = diligent ? 0.03 : 0.15;
    int dropAfter = between(r, 1, 2);
    double tierDraw = r.nextDouble();
    ManagementTier tier = tierDraw < 0.5 ? ManagementTier.TIER_1 : tierDraw < 0.85 ? ManagementTier.TIER_2
        : ManagementTier.TIER_3;
    DiabetesManagementLevel level = r.nextDouble() < 0.85 ? DiabetesManagementLevel.ROUTINE
        : DiabetesManagementLevel.INTENSIVE;
    int interval = hypertension ? (tier == ManagementTier.TIER_1 ? 90 : tier == ManagementTier.TIER_2 ? 60 : 30)
        : (level == DiabetesManagementLevel.ROUTINE ? 90 : 30);
    LocalDate next = max(enrolment.enrolledOn().plusDays(between(r, 0, 14)),
        yearStart.plusDays(r.nextInt(Math.min(interval, 60))));
    int recorded = 0;
    while (!next.isAfter(asOf) && !(dropsOut && recorded >= dropAfter)) {
      if (r.nextDouble() < missRate) {
        next = next.plusDays(interval); // a missed visit
        continue;
      }
      boolean controlled = r.nextDouble() < 0.85 == controlledPatient;
      double modeDraw = r.nextDouble();
      VisitMode mode = modeDraw < phoneRate ? VisitMode.PHONE : modeDraw < 0.7 ? VisitMode.CLINIC : VisitMode.HOME;
      FollowUpForm.Builder form = FollowUpForm.builder().visitDate(next).mode(mode)
          .adherence(r.nextDouble() < 0.85 ? MedicationAdherence.REGULAR : MedicationAdherence.INTERMITTENT);
      if (hypertension) {
        form.bloodPressure(bloodPressure(r, controlled)).tier(tier);
      } else {
        form.fastingGlucose(glucose(r, controlled)).diabetesLevel(level);
        if (r.nextBoolean()) {
          form.bloodPressure(bloodPressure(r, r.nextDouble() < 0.7));
        }
      }
      Recorded<FollowUpVisit> visit = doctor.followUps().record(enrolment.id(), form.build());
      recorded++;
      LocalDate planned = visit.value().nextVisit();
      next = max(planned.plusDays(between(r, -10, 0)), next.plusDays(7)); // on the planned day or a little before
    }
    return recorded;
  }

  private static BloodPressure bloodPressure(Random r, boolean controlled) {
    int systolic = controlled ? between(r, 112, 138) : between(r, 150, 174);
    int diastolic = controlled ? between(r, 66, 86) : between(r, 88, 104);
    return BloodPressure.of(systolic, Math.min(diastolic, systolic - 20));
  }

  private static FastingGlucose glucose(Random r, boolean controlled) {
    int tenths = controlled ? between(r, 50, 69) : between(r, 72, 118);
    return FastingGlucose.of(BigDecimal.valueOf(tenths, 1));
  }

  // ---------------------------------------------------------------- children 0–6

  /**
   * Children 0–6: the newborn visit, the full-month visit, the checks at 3 to 36 months and the
   * yearly preschool checks, each on time or a little late, about one in ten missed; and their
   * vaccinations, following the national schedule through {@link ImmunizationForecaster}: most doses
   * within ten days of the recommended date, one in ten weeks or months late, and one child in
   * sixteen missing a vaccine altogether.
   */
  void children(List<Archived> archived) {
    long t = System.nanoTime();
    List<Archived> children = archived.stream().filter(a -> a.age(asOf) < 7).toList();
    ImmunizationForecaster forecaster = ImmunizationForecaster.defaults();
    int checks = 0;
    int doses = 0;
    int certificates = 0;
    try (ConsoleProgress.Bar bar = progress.start("Children and vaccines", children.size())) {
      for (Archived a : children) {
        Random r = a.random(CHILD);
        LocalDate birth = a.resident().birthDate();
        LocalDate discharged = birth.plusDays(between(r, 2, 4));
        boolean reluctant = r.nextDouble() < 0.05;
        List<ChildVisit> visits = new ArrayList<>();
        for (ChildService service : ChildService.values()) {
          LocalDate on = switch (service) {
            case NEWBORN_VISIT -> discharged.plusDays(r.nextDouble() < 0.9 ? between(r, 1, 7) : between(r, 8, 20));
            case FULL_MONTH -> birth.plusDays(between(r, 28, 33));
            default -> birth.plusMonths(service.ageInMonths()).plusDays(r.nextDouble() < 0.88 ? between(r, 0, 14)
                : between(r, 15, 50));
          };
          boolean given = r.nextDouble() < (reluctant ? 0.5 : 0.92);
          if (given && !on.isAfter(asOf)) {
            visits.add(ChildVisit.of(a.number(), service, on, Optional.empty()));
          }
        }
        if (!visits.isEmpty() || !discharged.isAfter(asOf)) {
          doctor.populations().save(PopulationCase.builder().id(PopulationCaseId.random()).archive(a.number())
              .group(PopulationGroup.CHILD).team(team(a))
              .child(ChildHistory.builder().archive(a.number()).birthDate(birth)
                  .dischargedOn(discharged.isAfter(asOf) ? Optional.empty() : Optional.of(discharged))
                  .addAllVisits(visits).build())
              .build(), 0, "儿童健康管理建档");
          checks += visits.size(); // each check is also a service on the archive (the case's save records it)
        }
        doses += vaccinate(a, forecaster, a.random(VACCINES));
        certificates += certify(a, a.random(CERTIFICATE));
        bar.step();
      }
      doses += hpv(archived, forecaster);
    }
    Quickstart.stepDone(out, "Children and vaccines",
        String.format("%,d children, %,d checks, %,d vaccinations, %,d certificates (%.1f s)", children.size(), checks,
            doses, certificates, Quickstart.seconds(t)));
    count("children 0-6", children.size());
    count("child checks", checks);
    count("vaccinations", doses);
    count("vaccination certificates", certificates);
  }

  /**
   * Gives a child's doses in date order: assessed on the day of the last dose (so that each dose is
   * judged by the schedule edition in force then), the next dose is the one recommended first, given
   * on its recommended date plus a delay, never before the earliest date it counts. A dose the
   * forecast asks for again (given but not counted) ends that vaccine for the child.
   */
  private int vaccinate(Archived a, ImmunizationForecaster forecaster, Random r) {
    Resident child = a.resident();
    List<String> groups = forecaster.schedule().groups();
    Set<String> skipped = new HashSet<>();
    if (r.nextDouble() < 0.06) {
      skipped.add(groups.get(r.nextInt(groups.size())));
    }
    VaccinationHistory history = VaccinationHistory.builder().birthDate(child.birthDate())
        .sex(child.sex() == Sex.FEMALE ? Sex.FEMALE : Sex.MALE).build();
    Set<String> asked = new HashSet<>();
    LocalDate cursor = child.birthDate();
    LocalDate firstEdition = firstEdition(forecaster);
    int given = 0;
    for (int guard = 0; guard < 80; guard++) {
      // a child born before the schedule's first edition is assessed from the day it came into force
      LocalDate assessedOn = cursor.isBefore(firstEdition) ? firstEdition : cursor;
      Optional<ImmunizationRecommendation> next = forecaster.assess(history, assessedOn).recommendations().stream()
          .filter(rec -> rec.status() != ForecastStatus.COMPLETE && rec.status() != ForecastStatus.AGED_OUT
              && rec.status() != ForecastStatus.CONTRAINDICATED)
          .filter(rec -> !rec.products().isEmpty() && rec.recommended().isPresent() && rec.earliest().isPresent())
          .filter(rec -> !skipped.contains(rec.group()) && !rec.recommended().get().isAfter(asOf))
          .min(Comparator.comparing((ImmunizationRecommendation rec) -> rec.recommended().get())
              .thenComparing(ImmunizationRecommendation::group));
      if (next.isEmpty()) {
        break;
      }
      ImmunizationRecommendation rec = next.get();
      if (!asked.add(rec.group() + "#" + rec.doseNumber().orElse(0))) {
        skipped.add(rec.group());
        continue;
      }
      LocalDate on = rec.recommended().get().plusDays(r.nextDouble() < 0.9 ? between(r, 0, 10) : between(r, 20, 120));
      on = max(max(on, rec.earliest().get()), cursor);
      if (rec.latest().isPresent() && on.isAfter(rec.latest().get())) {
        skipped.add(rec.group()); // too late for this vaccine: missed
        continue;
      }
      if (on.isAfter(asOf)) {
        skipped.add(rec.group()); // due, not yet given at the year end
        continue;
      }
      String product = rec.products().get(0);
      if (!counts(forecaster, history, product, on)) {
        // A live vaccine may be given the same day as another, then only after 28 days: a late day
        // between would not count, so the dose is given on its earliest day instead.
        on = max(rec.earliest().get(), cursor);
      }
      Route route = forecaster.schedule().product(product).map(ProductDefinition::route).orElse(Route.INTRAMUSCULAR);
      vaccinator.immunizations().record(VaccinationRecord.builder().id(VaccinationRecordId.random())
          .archive(a.number()).product(product).doseNumber(Math.min(10, rec.doseNumber().orElse(1)))
          .date(on).lot(String.format("%d%02d%03d", on.getYear() - 1, 1 + r.nextInt(12), r.nextInt(1000)))
          .site(route == Route.ORAL ? "口服" : r.nextBoolean() ? "左上臂" : "右上臂").route(route)
          .institution(VACCINATION_CLINIC).build());
      history = history.plusDose(AdministeredDose.of(product, on));
      cursor = on;
      given++;
    }
    return given;
  }

  /**
   * The HPV vaccine for the girls the programme covers (from 2025-11-10, girls of 13 born on or
   * after 2011-11-10, by the bundled schedule): a little over half get their first dose in the
   * weeks after it is recommended, when that is before the year end.
   */
  private int hpv(List<Archived> archived, ImmunizationForecaster forecaster) {
    int given = 0;
    for (Archived a : archived) {
      Resident girl = a.resident();
      if (girl.sex() != Sex.FEMALE || a.age(asOf) < 9 || a.age(asOf) > 15) {
        continue;
      }
      Random r = a.random(HPV);
      VaccinationHistory none = VaccinationHistory.builder().birthDate(girl.birthDate()).sex(Sex.FEMALE).build();
      Optional<ImmunizationRecommendation> rec = forecaster.assess(none, asOf).recommendations().stream()
          .filter(x -> x.group().equals("HPV") && x.recommended().isPresent() && !x.products().isEmpty()
              && (x.status() == ForecastStatus.DUE || x.status() == ForecastStatus.OVERDUE))
          .findFirst();
      if (rec.isEmpty() || r.nextDouble() >= 0.55) {
        continue;
      }
      LocalDate on = rec.get().recommended().get().plusDays(between(r, 0, 40));
      if (on.isAfter(asOf)) {
        continue;
      }
      vaccinator.immunizations().record(VaccinationRecord.builder().id(VaccinationRecordId.random())
          .archive(a.number()).product(rec.get().products().get(0)).doseNumber(1).date(on)
          .lot(String.format("%d%02d%03d", on.getYear() - 1, 1 + r.nextInt(12), r.nextInt(1000)))
          .site(r.nextBoolean() ? "左上臂" : "右上臂").route(Route.INTRAMUSCULAR).institution(VACCINATION_CLINIC)
          .build());
      given++;
    }
    return given;
  }

  /**
   * Issues the child's vaccination certificate (预防接种证): most within a month of birth (the
   * 建证率 timeliness), some later, a few never; none after the year end.
   */
  private int certify(Archived a, Random r) {
    double draw = r.nextDouble();
    if (draw < 0.03) {
      return 0;
    }
    LocalDate issued = a.resident().birthDate().plusDays(draw < 0.93 ? between(r, 1, 25) : between(r, 40, 90));
    if (issued.isAfter(asOf)) {
      return 0;
    }
    vaccinator.immunizations().recordCertificate(VaccinationCertificate.of(a.number(), issued, VACCINATION_CLINIC), 0);
    return 1;
  }

  /** Whether a dose of the product on the date would count, given the child's history. */
  private static boolean counts(ImmunizationForecaster forecaster, VaccinationHistory history, String product,
      LocalDate on) {
    AdministeredDose dose = AdministeredDose.of(product, on);
    return forecaster.assess(history.plusDose(dose), on).evaluations().stream()
        .filter(e -> e.dose().equals(dose)).allMatch(DoseEvaluation::isValid);
  }

  /** The first month from which the schedule has an edition in force (its data begins in 2021). */
  private LocalDate firstEdition(ImmunizationForecaster forecaster) {
    if (firstEdition == null) {
      LocalDate month = asOf.minusYears(10).withDayOfMonth(1);
      while (month.isBefore(asOf) && forecaster.schedule().inForce(month).isEmpty()) {
        month = month.plusMonths(1);
      }
      firstEdition = month;
    }
    return firstEdition;
  }

  // ---------------------------------------------------------------- the elderly

  /**
   * The elderly (65 and over, {@link ElderlyPolicy}): a case for each, and for about seven in ten the
   * yearly service — assessment, self-care score, physical exam, the tests (now and then one
   * missing) and guidance — with a health-check service record on the archive.
   */
  void elderly(List<Archived> archived) {
    long t = System.nanoTime();
    ElderlyPolicy policy = ElderlyPolicy.defaults();
    List<Archived> elderly = archived.stream()
        .filter(a -> policy.isServedIn(a.resident().birthDate(), asOf.getYear())).toList();
    int checked = 0;
    try (ConsoleProgress.Bar bar = progress.start("Elderly health checks", elderly.size())) {
      for (Archived a : elderly) {
        Random r = a.random(ELDERLY);
        PopulationCase.Builder c = PopulationCase.builder().id(PopulationCaseId.random()).archive(a.number())
            .group(PopulationGroup.ELDERLY).team(team(a));
        boolean served = r.nextDouble() < (a.age(asOf) >= 85 ? 0.6 : 0.74);
        LocalDate first = max(yearStart, a.archive().openedOn());
        if (served && !first.isAfter(asOf)) {
          LocalDate on = first.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(first, asOf) + 1));
          Set<ElderlyLabTest> tests = EnumSet.allOf(ElderlyLabTest.class);
          if (r.nextDouble() < 0.12) {
            tests.remove(ElderlyLabTest.values()[r.nextInt(ElderlyLabTest.values().length)]);
          }
          Set<ElderlyGuidance> guidance = EnumSet.of(ElderlyGuidance.NEXT_VISIT_BOOKED, ElderlyGuidance.FALL_PREVENTION,
              ElderlyGuidance.VACCINATION);
          if (a.person().conditions().contains(ChronicCondition.HYPERTENSION)) {
            guidance.add(ElderlyGuidance.CHRONIC_ENROLMENT);
          }
          double care = r.nextDouble();
          int score = care < 0.8 ? between(r, 0, 3) : care < 0.94 ? between(r, 4, 8) : care < 0.99 ? between(r, 9, 18)
              : between(r, 19, 30);
          c.addElderlyServices(ElderlyCheck.builder().archive(a.number()).date(on).assessed(true).selfCareScore(score)
              .physicalExamDone(r.nextDouble() < 0.97).addAllLabTests(tests).addAllGuidance(guidance).build());
          checked++; // the case's save records the check as a service on the archive
        }
        doctor.populations().save(c.build(), 0, "老年人健康管理建档");
        bar.step();
      }
    }
    Quickstart.stepDone(out, "Elderly health checks",
        String.format("%,d aged 65+, %,d checked (%.1f s)", elderly.size(), checked, Quickstart.seconds(t)));
    count("elderly 65+", elderly.size());
    count("elderly health checks", checked);
  }

  // ---------------------------------------------------------------- maternal care

  /**
   * Pregnancies of women 20–42 (about six in a hundred over the 15 months before the year end):
   * registration mostly before week 13, antenatal checks in their windows, delivery, the postpartum
   * home visit and the 42-day check — some late, some missed, a few miscarriages.
   */
  void maternal(List<Archived> archived) {
    long t = System.nanoTime();
    int pregnancies = 0;
    int visits = 0;
    for (Archived a : archived) {
      int age = a.age(asOf);
      if (a.resident().sex() != Sex.FEMALE || age < 20 || age > 42) {
        continue;
      }
      Random r = a.random(MATERNAL);
      if (r.nextDouble() >= 0.06) {
        continue;
      }
      LocalDate lmp = asOf.minusDays(between(r, 30, 430));
      LocalDate registered = lmp.plusDays(r.nextDouble() < 0.85 ? between(r, 42, 88) : between(r, 91, 130));
      registered = max(registered, a.archive().openedOn());
      if (registered.isAfter(asOf)) {
        continue;
      }
      boolean miscarriage = r.nextDouble() < 0.03;
      LocalDate delivery = miscarriage ? registered.plusDays(between(r, 3, 20)) : lmp.plusDays(between(r, 266, 287));
      if (!registered.isBefore(delivery)) {
        continue; // her archive was opened after the birth: never registered for this pregnancy
      }
      List<MaternalVisit> done = new ArrayList<>();
      done.add(MaternalVisit.of(MaternalService.REGISTRATION, registered));
      int[][] windows = {{16, 20}, {21, 24}, {28, 36}, {37, 40}};
      MaternalService[] antenatal = {MaternalService.ANTENATAL_16_20, MaternalService.ANTENATAL_21_24,
          MaternalService.ANTENATAL_28_36, MaternalService.ANTENATAL_37_40};
      for (int i = 0; i < windows.length; i++) {
        LocalDate on = lmp.plusDays(7L * between(r, windows[i][0], windows[i][1]) + r.nextInt(7));
        if (r.nextDouble() < 0.88 && on.isAfter(registered) && on.isBefore(delivery) && !on.isAfter(asOf)) {
          done.add(MaternalVisit.of(antenatal[i], on));
        }
      }
      Pregnancy.Builder pregnancy = Pregnancy.builder().archive(a.number()).lastMenstrualPeriod(lmp);
      if (age >= 35) {
        pregnancy.addHighRiskFlags("advanced-maternal-age");
      }
      if (r.nextDouble() < 0.1) {
        pregnancy.addHighRiskFlags("anaemia");
      }
      if (!delivery.isAfter(asOf)) {
        LocalDate discharged = delivery.plusDays(between(r, 2, 5));
        pregnancy.deliveredOn(delivery).outcome(miscarriage ? PregnancyOutcome.MISCARRIAGE : PregnancyOutcome.LIVE_BIRTH);
        if (!discharged.isAfter(asOf)) {
          pregnancy.dischargedOn(discharged);
          LocalDate home = discharged.plusDays(r.nextDouble() < 0.85 ? between(r, 1, 7) : between(r, 8, 14));
          if (!miscarriage && r.nextDouble() < 0.92 && !home.isAfter(asOf)) {
            done.add(MaternalVisit.of(MaternalService.POSTPARTUM_VISIT, home));
          }
          LocalDate check = delivery.plusDays(between(r, 42, 56));
          if (!miscarriage && r.nextDouble() < 0.85 && !check.isAfter(asOf)) {
            done.add(MaternalVisit.of(MaternalService.POSTPARTUM_42_DAY, check));
          }
        }
      }
      doctor.populations().save(PopulationCase.builder().id(PopulationCaseId.random()).archive(a.number())
          .group(PopulationGroup.MATERNAL).team(team(a)).pregnancy(pregnancy.addAllVisits(done).build()).build(),
          0, "孕产妇保健建册");
      pregnancies++;
      visits += done.size();
    }
    out.printf("Recorded %,d pregnancies with %,d maternal visits (%.1f s)%n", pregnancies, visits,
        Quickstart.seconds(t));
    count("pregnancies", pregnancies);
    count("maternal visits", visits);
  }

  // ---------------------------------------------------------------- severe mental disorders and TB

  /**
   * A few severe-mental-disorder patients (about 4.5 per thousand adults, at least two) followed up
   * about every three months, and a few tuberculosis patients (about five per ten thousand residents,
   * at least one) with the first home visit, supervised doses (now and then one missed) and visits.
   */
  void smiAndTb(List<Archived> archived, int residents) {
    long t = System.nanoTime();
    List<Archived> adults = new ArrayList<>(archived.stream().filter(a -> a.age(asOf) >= 18 && a.age(asOf) < 80)
        .toList());
    Collections.shuffle(adults, new Random(seed ^ SMI));
    int smi = Math.min(adults.size(), Math.max(2, (int) Math.round(adults.size() * 0.0045)));
    int tb = Math.max(1, (int) Math.round(residents * 0.0005));
    int smiVisits = 0;
    for (Archived a : adults.subList(0, smi)) {
      Random r = a.random(SMI);
      SevereMentalDisorder[] disorders = SevereMentalDisorder.values();
      SevereMentalDisorder disorder = r.nextDouble() < 0.6 ? SevereMentalDisorder.SCHIZOPHRENIA
          : disorders[r.nextInt(disorders.length)];
      PopulationCase.Builder c = PopulationCase.builder().id(PopulationCaseId.random()).archive(a.number())
          .group(PopulationGroup.SEVERE_MENTAL_DISORDER).team(team(a)).disorder(disorder);
      LocalDate on = max(yearStart.plusDays(r.nextInt(40)), a.archive().openedOn());
      while (!on.isAfter(asOf)) {
        if (r.nextDouble() < 0.9) {
          c.addSmiFollowUps(SmiFollowUp.builder().archive(a.number()).date(on).disorder(disorder)
              .riskLevel(SmiRiskLevel.of(r.nextDouble() < 0.85 ? 0 : between(r, 1, 2))).build());
          smiVisits++;
        }
        on = on.plusDays(between(r, 80, 95));
      }
      doctor.populations().save(c.build(), 0, "严重精神障碍患者登记");
    }
    int doses = 0;
    // TB patients among those known to the centre for two months at least, so that the notification,
    // the first visit and the first doses all fall before the year end
    List<Archived> tbCandidates = adults.subList(smi, adults.size()).stream()
        .filter(a -> a.archive().openedOn().isBefore(asOf.minusDays(60))).toList();
    tb = Math.min(tb, tbCandidates.size());
    for (Archived a : tbCandidates.subList(0, tb)) {
      Random r = a.random(TB);
      LocalDate notified = max(asOf.minusDays(between(r, 30, 300)), a.archive().openedOn().plusDays(1));
      notified = notified.isAfter(asOf.minusDays(30)) ? asOf.minusDays(30) : notified;
      LocalDateTime notifiedAt = notified.atTime(between(r, 8, 16), 0);
      TbSupervisor supervisor = r.nextBoolean() ? TbSupervisor.MEDICAL_WORKER : TbSupervisor.FAMILY_MEMBER;
      TbRegimen regimen = r.nextDouble() < 0.9 ? TbRegimen.NEW_2HRZE_4HR : TbRegimen.RETREATMENT_2HRZES_6HRE;
      LocalDate start = notified.plusDays(between(r, 1, 3));
      double missRate = r.nextDouble() < 0.8 ? 0.02 : 0.15;
      List<LocalDate> taken = new ArrayList<>();
      LocalDate day = start;
      while (!day.isAfter(asOf) && taken.size() < regimen.doses()) {
        if (r.nextDouble() >= missRate) {
          taken.add(day);
        }
        day = day.plusDays(1);
      }
      List<LocalDate> visits = new ArrayList<>();
      for (LocalDate v = start.plusDays(between(r, 10, 14)); !v.isAfter(asOf); v = v.plusDays(between(r, 25, 31))) {
        visits.add(v);
      }
      TbCase.Builder c = TbCase.builder().archive(a.number()).notifiedAt(notifiedAt)
          .firstVisitAt(notifiedAt.plusHours(between(r, 4, 60))).supervisor(supervisor)
          .dosingPlan("每日早餐后在家服药，督导人员每日核对").regimen(regimen).treatmentStart(start).addAllDoses(taken).addAllVisits(visits);
      if (taken.size() == regimen.doses() && !taken.isEmpty()) {
        c.completedOn(taken.get(taken.size() - 1));
      }
      doctor.populations().save(PopulationCase.builder().id(PopulationCaseId.random()).archive(a.number())
          .group(PopulationGroup.TUBERCULOSIS).team(team(a)).tuberculosis(c.build()).build(), 0, "肺结核患者管理");
      doses += taken.size();
    }
    out.printf("Recorded %,d severe-mental-disorder patients (%,d follow-ups) and %,d tuberculosis patients"
        + " (%,d doses) (%.1f s)%n", smi, smiVisits, tb, doses, Quickstart.seconds(t));
    count("severe mental disorder patients", smi);
    count("tuberculosis patients", tb);
  }

  // ---------------------------------------------------------------- infectious diseases

  /** One kind of case the centre sees in a year: how often, when, and how it is handled. */
  private record Outbreak(String disease, double rate, int minimum, int[] monthWeights, int isolationDays,
      int followUpEvery) {
    boolean isolated() {
      return isolationDays > 0;
    }
  }

  /**
   * Hand, foot and mouth disease in children 6 months to 5 years (about 2.5 in a hundred a year,
   * mostly April to July and again in September–October), influenza (about 2 per thousand
   * residents, December to March), other infectious diarrhoea (about one per thousand, mostly in
   * summer) and viral hepatitis (about one per two thousand adults, any month): illustrative rates
   * for a synthetic community, not surveillance figures.
   */
  private static final List<Outbreak> OUTBREAKS = List.of(
      new Outbreak("HAND_FOOT_MOUTH", 0.025, 2, new int[] {1, 1, 2, 6, 10, 10, 8, 4, 5, 4, 2, 1}, 14, 2),
      new Outbreak("INFLUENZA", 0.002, 1, new int[] {10, 8, 5, 2, 1, 0, 0, 0, 1, 2, 4, 9}, 6, 2),
      new Outbreak("OTHER_INFECTIOUS_DIARRHOEA", 0.001, 1, new int[] {2, 1, 2, 3, 5, 8, 10, 10, 6, 3, 2, 2}, 3, 3),
      new Outbreak("VIRAL_HEPATITIS", 0.0005, 0, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 0, 0));

  /**
   * Infectious-disease case reports (传染病报告卡) and their follow-ups (传染病报告和处理) through {@link
   * InfectiousDiseaseService}: hand, foot and mouth disease in young children — the seed's 南大街
   * 片医 going to the child's home to take the temperature and guide the family's disinfection until
   * the isolation is lifted — a few influenza and infectious-diarrhoea cases with a short home
   * isolation, and now and then a hepatitis case (no isolation; medication guidance and the
   * household's contacts noted). Most cards are reported through the network within a few hours of
   * the diagnosis (the limit is 24 hours for these diseases); about one in nine, and at least one,
   * a day or two late, so that the summary's timely report rate falls short with its reasons.
   * Isolations ending by the year end are lifted (解除隔离).
   */
  void infectious(List<Archived> archived) {
    long t = System.nanoTime();
    InfectiousDiseaseService service = doctor.infectiousDiseases();
    // the patients: drawn from the community's seed, each kind among those it strikes
    Random pick = new Random(seed ^ INFECTIOUS);
    List<Map.Entry<Outbreak, Archived>> patients = new ArrayList<>();
    Set<ArchiveNumber> taken = new HashSet<>();
    for (Outbreak o : OUTBREAKS) {
      List<Archived> atRisk = new ArrayList<>(archived.stream().filter(a -> atRisk(o, a)).toList());
      Collections.shuffle(atRisk, pick);
      int n = Math.min(atRisk.size(), Math.max(o.minimum(), (int) Math.round(atRisk.size() * o.rate())));
      atRisk.stream().filter(a -> !taken.contains(a.number())).limit(n).forEach(a -> {
        taken.add(a.number());
        patients.add(Map.entry(o, a));
      });
    }
    int lateOne = patients.isEmpty() ? -1 : pick.nextInt(patients.size());
    Map<String, Integer> byDisease = new LinkedHashMap<>();
    int cases = 0;
    int late = 0;
    int followUps = 0;
    int lifted = 0;
    for (int i = 0; i < patients.size(); i++) {
      Outbreak o = patients.get(i).getKey();
      Archived a = patients.get(i).getValue();
      Random r = a.random(INFECTIOUS);
      LocalDate day = seasonalDay(r, o.monthWeights(), firstDiagnosis(a), lastDiagnosis());
      LocalDateTime diagnosedAt = day.atTime(between(r, 8, 17), between(r, 0, 59));
      boolean reportedLate = i == lateOne || r.nextDouble() < 0.11;
      LocalDateTime reportedAt = diagnosedAt.plusMinutes(reportedLate ? between(r, 25 * 60, 72 * 60)
          : between(r, 30, 20 * 60));
      CaseReport.Builder card = CaseReport.builder()
          .id(CaseReportId.parse(String.format("crd-%d-%04d", asOf.getYear(), i + 1)))
          .archive(a.number()).disease(o.disease()).classification(classification(o, r))
          .onsetOn(day.minusDays(between(r, 0, 2))).diagnosedAt(diagnosedAt).reportedAt(reportedAt);
      int isolation = o.isolated() ? o.isolationDays() + between(r, -2, 2) : 0;
      if (o.isolated()) {
        card.isolationFrom(day).isolationUntil(day.plusDays(isolation));
      }
      Recorded<CaseReport> c = service.register(card.build());
      cases++;
      late += reportedLate ? 1 : 0;
      byDisease.merge(o.disease(), 1, Integer::sum);
      List<LocalDate> visits = new ArrayList<>();
      if (o.isolated()) {
        for (LocalDate v = day.plusDays(1); !v.isAfter(day.plusDays(isolation)) && !v.isAfter(asOf);
            v = v.plusDays(o.followUpEvery())) {
          visits.add(v);
        }
      } else {
        visits.add(day.plusDays(between(r, 1, 3))); // hepatitis: one visit to guide the household
      }
      int k = 0;
      for (LocalDate v : visits) {
        service.recordFollowUp(HomeFollowUp.builder()
            .id(HomeFollowUpId.parse(c.value().id().value() + "-f" + ++k))
            .caseReport(c.value().id()).archive(a.number()).date(v)
            .mode(o.isolated() && r.nextDouble() < 0.8 ? VisitMode.HOME : r.nextBoolean() ? VisitMode.PHONE
                : VisitMode.CLINIC)
            .addAllActions(actions(o, r)).build());
        followUps++;
      }
      LocalDate liftOn = day.plusDays(isolation + 1);
      if (o.isolated() && !liftOn.isAfter(asOf)) {
        service.liftIsolation(c.value().id(), liftOn, c.version());
        lifted++;
      }
    }
    out.printf("Recorded %,d infectious-disease cases (%s), %,d reported late, with %,d follow-ups and %,d isolations"
        + " lifted (%.1f s)%n", cases, byDisease.entrySet().stream().map(e -> e.getValue() + " " + label(e.getKey()))
        .reduce((x, y) -> x + ", " + y).orElse("none"), late, followUps, lifted, Quickstart.seconds(t));
    count("infectious-disease cases", cases);
    count("infectious-disease follow-ups", followUps);
  }

  /** Whether a disease strikes the person: by age, and with a day in the year to be diagnosed on. */
  private boolean atRisk(Outbreak o, Archived a) {
    int age = a.age(asOf);
    boolean byAge = switch (o.disease()) {
      case "HAND_FOOT_MOUTH" -> age <= 5;
      case "VIRAL_HEPATITIS" -> age >= 18;
      default -> true;
    };
    return byAge && !firstDiagnosis(a).isAfter(lastDiagnosis());
  }

  /** The first day a person can be diagnosed: in the year, once archived and six months old. */
  private LocalDate firstDiagnosis(Archived a) {
    return max(max(yearStart, a.archive().openedOn()), a.resident().birthDate().plusMonths(6));
  }

  /** The last day of diagnosis: reported, and a first follow-up made, before the year end. */
  private LocalDate lastDiagnosis() {
    return asOf.minusDays(4);
  }

  private static String label(String disease) {
    return switch (disease) {
      case "HAND_FOOT_MOUTH" -> "hand, foot and mouth";
      case "INFLUENZA" -> "influenza";
      case "OTHER_INFECTIOUS_DIARRHOEA" -> "infectious diarrhoea";
      default -> "viral hepatitis";
    };
  }

  /** A day in a month drawn by the weights, between two days. */
  private static LocalDate seasonalDay(Random r, int[] weights, LocalDate first, LocalDate last) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int draw = r.nextInt(total);
    int month = 0;
    while (draw >= weights[month]) {
      draw -= weights[month++];
    }
    LocalDate day = first.withMonth(month + 1).withDayOfMonth(1).plusDays(r.nextInt(28));
    if (day.isBefore(first) || day.isAfter(last)) {
      long span = ChronoUnit.DAYS.between(first, last) + 1;
      day = first.plusDays((long) (r.nextDouble() * span));
    }
    return day;
  }

  private static CaseClassification classification(Outbreak o, Random r) {
    return switch (o.disease()) {
      case "HAND_FOOT_MOUTH" -> r.nextDouble() < 0.8 ? CaseClassification.CLINICAL : CaseClassification.CONFIRMED;
      case "INFLUENZA" -> r.nextDouble() < 0.7 ? CaseClassification.CONFIRMED : CaseClassification.CLINICAL;
      case "OTHER_INFECTIOUS_DIARRHOEA" -> CaseClassification.CLINICAL;
      default -> CaseClassification.CONFIRMED;
    };
  }

  /** What a follow-up did: the temperature and the home's disinfection for the isolated, guidance for the others. */
  private static Set<FollowUpAction> actions(Outbreak o, Random r) {
    Set<FollowUpAction> actions = EnumSet.noneOf(FollowUpAction.class);
    if (o.isolated()) {
      actions.add(FollowUpAction.TEMPERATURE_CHECK);
      actions.add(FollowUpAction.SYMPTOM_CHECK);
      actions.add(FollowUpAction.DISINFECTION_GUIDANCE);
      if (r.nextBoolean()) {
        actions.add(FollowUpAction.ISOLATION_GUIDANCE);
      }
    } else {
      actions.add(FollowUpAction.MEDICATION_GUIDANCE);
      actions.add(FollowUpAction.CONTACT_REGISTRATION);
    }
    if (r.nextDouble() < 0.3) {
      actions.add(FollowUpAction.HEALTH_EDUCATION);
    }
    return actions;
  }

  // ---------------------------------------------------------------- sanitation

  /**
   * The street's sanitation year: the Patriotic Health Month in April, a spring pest-control
   * campaign and an autumn mosquito-and-fly drive, each with its goals, and the activities of the six
   * committees under them and between them (a clean-up every month), with measured outputs; and a
   * vector-density survey in every other month from April to December, mostly within the national
   * limits, the summer's mosquito and fly figures a grade or two lower.
   */
  void sanitation(int committees) {
    long t = System.nanoTime();
    Random r = new Random(seed ^ 0x5A717L);
    int year = asOf.getYear();
    Campaign month = officer.campaigns().plan(Campaign.builder().id(CampaignId.random())
        .type(CampaignType.PATRIOTIC_HEALTH_MONTH).title(PatrioticHealthMonth.title(year))
        .theme("文明健康 绿色环保").organiser("街道爱国卫生运动委员会").scope(street)
        .startsOn(LocalDate.of(year, 4, 1)).endsOn(LocalDate.of(year, 4, 30))
        .addGoals(CampaignGoal.total("清运垃圾", Output.of(OutputKind.GARBAGE_REMOVED, "30")),
            CampaignGoal.total("清理卫生死角", Output.of(OutputKind.BLACK_SPOTS_CLEARED, 60)))
        .build()).value();
    Campaign spring = officer.campaigns().plan(Campaign.builder().id(CampaignId.random())
        .type(CampaignType.FOUR_PESTS).title(year + "年春季除四害活动").organiser("街道爱国卫生运动委员会").scope(street)
        .startsOn(LocalDate.of(year, 3, 15)).endsOn(LocalDate.of(year, 5, 31))
        .addGoals(CampaignGoal.total("设置毒饵站", Output.of(OutputKind.BAIT_STATIONS_SET, 120)))
        .build()).value();
    Campaign autumn = officer.campaigns().plan(Campaign.builder().id(CampaignId.random())
        .type(CampaignType.FOUR_PESTS).title(year + "年夏秋季灭蚊灭蝇行动").organiser("街道爱国卫生运动委员会").scope(street)
        .startsOn(LocalDate.of(year, 6, 1)).endsOn(LocalDate.of(year, 9, 30))
        .addGoals(CampaignGoal.total("清除积水孳生地", Output.of(OutputKind.BREEDING_SITES_CLEARED, 300)))
        .build()).value();
    int activities = 0;
    for (int c = 0; c < committees; c++) {
      AreaScope area = AreaScope.of(SyntheticCommunity.committee(c));
      String organiser = "第" + (c + 1) + "居委会";
      for (int m = 1; m <= 12; m++) {
        LocalDate on = LocalDate.of(year, m, between(r, 5, 25));
        Optional<CampaignId> under = m == 4 ? Optional.of(month.id()) : Optional.empty();
        record(Activity.builder().id(ActivityId.random()).campaign(under).heldOn(on).place(organiser + "辖区")
            .type(ActivityType.CLEAN_UP).organiser(organiser).scope(area)
            .putParticipant(ParticipantKind.RESIDENTS, between(r, 20, 80))
            .putParticipant(ParticipantKind.VOLUNTEERS, between(r, 5, 20))
            .putParticipant(ParticipantKind.STAFF, between(r, 3, 8))
            .putParticipant(ParticipantKind.UNITS, between(r, 1, 5))
            .addOutputs(Output.of(OutputKind.GARBAGE_REMOVED, BigDecimal.valueOf(between(r, 5, 40), 1),
                    OutputUnit.TONNE),
                Output.of(OutputKind.BLACK_SPOTS_CLEARED, between(r, 2, 12)),
                Output.of(OutputKind.ILLEGAL_ADS_REMOVED, between(r, 10, 90)))
            .build());
        activities++;
      }
      record(Activity.builder().id(ActivityId.random()).campaign(spring.id()).heldOn(LocalDate.of(year, 4,
              between(r, 10, 28))).place(organiser + "辖区楼院").type(ActivityType.PEST_CONTROL).organiser(organiser)
          .scope(area).putParticipant(ParticipantKind.STAFF, between(r, 4, 10))
          .putParticipant(ParticipantKind.VOLUNTEERS, between(r, 4, 12))
          .addOutputs(Output.of(OutputKind.BAIT_STATIONS_SET, between(r, 15, 30)),
              Output.of(OutputKind.RODENTICIDE_PLACED, between(r, 20, 60)),
              Output.of(OutputKind.COCKROACH_BAIT_PLACED, between(r, 30, 100)))
          .build());
      record(Activity.builder().id(ActivityId.random()).campaign(autumn.id()).heldOn(LocalDate.of(year, 7,
              between(r, 1, 28))).place(organiser + "辖区").type(ActivityType.PEST_CONTROL).organiser(organiser)
          .scope(area).putParticipant(ParticipantKind.RESIDENTS, between(r, 10, 40))
          .putParticipant(ParticipantKind.STAFF, between(r, 3, 8))
          .addOutputs(Output.of(OutputKind.BREEDING_SITES_CLEARED, between(r, 30, 70)),
              Output.of(OutputKind.AREA_DISINFECTED, BigDecimal.valueOf(between(r, 2000, 9000)),
                  OutputUnit.SQUARE_METRE),
              Output.of(OutputKind.INSECTICIDE_DISTRIBUTED, between(r, 40, 150)))
          .build());
      record(Activity.builder().id(ActivityId.random()).campaign(month.id()).heldOn(LocalDate.of(year, 4,
              between(r, 1, 15))).place(organiser + "活动室").type(ActivityType.PUBLICITY).organiser(organiser)
          .scope(area).putParticipant(ParticipantKind.RESIDENTS, between(r, 30, 120))
          .addOutputs(Output.of(OutputKind.LEAFLETS_DISTRIBUTED, between(r, 200, 600)),
              Output.of(OutputKind.BANNERS_HUNG, between(r, 2, 6)),
              Output.of(OutputKind.HOUSEHOLDS_VISITED, between(r, 50, 200)))
          .build());
      activities += 3;
    }
    int surveys = 0;
    for (int m = 4; m <= 12; m += 2) {
      boolean summer = m >= 6 && m <= 8;
      officer.campaigns().recordSurvey(VectorSurvey.builder().id(SurveyId.random())
          .surveyedOn(LocalDate.of(year, m, between(r, 10, 20))).scope(street).place("街道辖区居民区及重点行业")
          .surveyor("区疾病预防控制中心病媒生物监测组")
          .addMeasurements(DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, between(r, 0, 2), 200),
              DensityMeasurement.ofRate(VectorIndicator.MOSQUITO_LARVAL_POSITIVE,
                  summer ? between(r, 1, 3) : between(r, 0, 1), 100),
              DensityMeasurement.ofRate(VectorIndicator.FLY_INDOOR_ROOMS, summer ? between(r, 1, 3) : between(r, 0, 1),
                  100),
              DensityMeasurement.ofRate(VectorIndicator.COCKROACH_INFESTATION, between(r, 0, 2), 100))
          .build());
      surveys++;
    }
    out.printf("Recorded 3 sanitation campaigns, %,d activities and %,d vector surveys (%.1f s)%n", activities, surveys,
        Quickstart.seconds(t));
    count("sanitation activities", activities);
    count("vector surveys", surveys);
  }

  private void record(Activity activity) {
    officer.campaigns().record(activity);
  }

  // ---------------------------------------------------------------- health education

  private static final String[] LEAFLETS = {"高血压防治", "糖尿病自我管理", "合理膳食", "控烟限酒", "老年人防跌倒", "儿童预防接种",
      "孕期保健", "结核病防治", "精神卫生", "夏季传染病预防", "食品安全", "科学就医", "心理健康", "慢阻肺防治"};
  private static final String[] VIDEOS = {"健康生活方式", "高血压的危害", "糖尿病饮食", "正确洗手", "心肺复苏", "预防流感",
      "中医养生"};
  private static final String[] LECTURES = {"冬季心脑血管病预防", "春季传染病防治", "高血压患者自我管理", "预防接种知识",
      "世界无烟日：拒绝烟草", "夏季食品安全", "老年人防跌倒", "糖尿病饮食与运动", "秋冬季流感预防", "重阳节老年健康", "慢阻肺日常管理",
      "冬季安全用药"};
  private static final String[][] HEALTH_DAYS = {{"03-24", "世界防治结核病日义诊咨询"}, {"04-07", "世界卫生日健康咨询"},
      {"04-25", "全国儿童预防接种日宣传"}, {"05-31", "世界无烟日控烟咨询"}, {"07-11", "世界人口日咨询"},
      {"09-20", "全国爱牙日口腔健康咨询"}, {"10-08", "全国高血压日义诊"}, {"10-10", "世界精神卫生日咨询"},
      {"11-14", "联合国糖尿病日义诊"}, {"12-01", "世界艾滋病日宣传"}};

  /**
   * The centre's health education (健康教育) for the year: printed materials of 14 kinds, 7
   * videos, two bulletin boards each updated on the first of every other month (one missing its
   * September issue, a gap the summary reports), a
   * consultation on each of ten health days, and a talk every month.
   */
  void education() {
    long t = System.nanoTime();
    Random r = new Random(seed ^ 0xED0CL);
    int year = asOf.getYear();
    int activities = 0;
    for (int q = 0; q < 4; q++) {
      EducationActivity.Builder b = education(EducationActivityType.PRINTED_MATERIALS, LocalDate.of(year, 3 * q + 1,
          between(r, 5, 20)), "中心候诊区及各服务站", "季度健康教育资料发放").attendance(0);
      for (int k = q; k < LEAFLETS.length; k += 4) {
        b.addMaterials(EducationMaterial.of(LEAFLETS[k], MaterialKind.LEAFLET, between(r, 300, 1200)));
      }
      b.addMaterials(EducationMaterial.of("健康处方：" + LEAFLETS[q], MaterialKind.HEALTH_PRESCRIPTION, between(r, 100, 300)));
      officer.education().record(b.build());
      activities++;
    }
    for (int v = 0; v < VIDEOS.length; v++) {
      officer.education().record(education(EducationActivityType.AUDIO_VIDEO,
          LocalDate.of(year, 1 + v * 12 / VIDEOS.length, between(r, 3, 25)), "中心候诊区", "候诊区滚动播放健康教育视频")
          .addMaterials(EducationMaterial.played(VIDEOS[v], MaterialKind.VIDEO, between(r, 20, 60), between(r, 8, 20)))
          .build());
      activities++;
    }
    String[] boards = {"中心一楼健康教育宣传栏", "中心门口健康教育宣传栏"};
    for (int board = 0; board < boards.length; board++) {
      for (int m = 1; m <= 11; m += 2) {
        if (board == 1 && m == 9) {
          continue; // one issue missed: the summary reports the gap
        }
        officer.education().record(education(EducationActivityType.BULLETIN_BOARD,
            LocalDate.of(year, m, 1), boards[board], LECTURES[m - 1]).board(boards[board]).build());
        activities++;
      }
    }
    for (String[] day : HEALTH_DAYS) {
      officer.education().record(education(EducationActivityType.CONSULTATION,
          LocalDate.parse(year + "-" + day[0]), "街道文化广场", day[1]).attendance(between(r, 60, 240))
          .partner("街道办事处").build());
      activities++;
    }
    for (int m = 1; m <= 12; m++) {
      officer.education().record(education(EducationActivityType.LECTURE, LocalDate.of(year, m, between(r, 8, 26)),
          "中心健康教育室", LECTURES[m - 1]).attendance(between(r, 25, 80)).build());
      activities++;
    }
    out.printf("Recorded %,d health-education activities (%.1f s)%n", activities, Quickstart.seconds(t));
    count("health-education activities", activities);
  }

  private EducationActivity.Builder education(EducationActivityType type, LocalDate on, String place, String theme) {
    return EducationActivity.builder().id(EducationActivityId.random()).type(type).heldOn(on).place(place)
        .organiser("中心健康教育科").institution(centre).scope(street).theme(theme);
  }
}
