package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.education.EducationActivity;
import io.github.weisheng.education.EducationActivityId;
import io.github.weisheng.education.EducationActivityType;
import io.github.weisheng.education.EducationMaterial;
import io.github.weisheng.education.MaterialKind;
import io.github.weisheng.immunization.VaccinationCertificate;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.population.ChildHistory;
import io.github.weisheng.population.ChildService;
import io.github.weisheng.population.ChildVisit;
import io.github.weisheng.population.ElderlyCheck;
import io.github.weisheng.population.ElderlyGuidance;
import io.github.weisheng.population.ElderlyLabTest;
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
import io.github.weisheng.resident.Household;
import io.github.weisheng.resident.RelationToHead;
import io.github.weisheng.resident.ResidentId;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The {@link District}'s programmes beyond archives, chronic care and vaccinations, at the volumes of
 * a district (all dates in {@link District#YEAR} or before, never after its last day):
 *
 * <ul>
 *   <li>key populations (重点人群), each a {@link PopulationCase} whose save also records its
 *       services on the archive: every child 0–6 (a child history: the newborn visit and the checks
 *       due by age, about nine in ten of each given; and the vaccination certificate, for 97% of
 *       them, most within 25 days of birth); every resident of 65 or more (the yearly
 *       health check for those {@link District} marks as checked); pregnancies of about six in a
 *       hundred women aged 20–42 in the 15 months to the year's end (registration, antenatal checks,
 *       delivery, the postpartum visit and the 42-day check, some missed); about 4.5 per thousand
 *       adults with a severe mental disorder, followed up every three months; about five per ten
 *       thousand adults treated for tuberculosis (supervised doses, visits);
 *   <li>households (户) of one to four residents of a committee, in the order they were generated
 *       (mean about 2.4), the eldest the head;
 *   <li>for every street (街道): the Patriotic Health Month, a spring pest-control campaign and a
 *       summer mosquito-and-fly drive, under and between them a clean-up a month and three campaign
 *       activities in every committee, and a vector-density survey every other month from April;
 *   <li>for every centre (one a street): 37 health-education activities (printed materials every
 *       quarter, videos, bulletin boards every other month, consultations on health days, a monthly
 *       talk).
 * </ul>
 *
 * <p>What a person gets comes from a {@link Random} of their own, separate from the one {@link
 * District} draws their archive and chronic care from, so that adding programmes here leaves those
 * figures as they were. Ids are built from the person's number, so a district is the same every
 * time it is generated.
 */
final class DistrictProgrammes {
  private static final LocalDate YEAR_START = LocalDate.of(District.YEAR, 1, 1);
  private static final LocalDate LAST_DAY = District.LAST_DAY;

  private DistrictProgrammes() {}

  /** A generated resident, as the households and key populations need them. */
  record Member(long g, ResidentId id, LocalDate birth, Sex sex, String address, ArchiveNumber archive,
      LocalDate opened, int age) {}

  /** The random source of person {@code g}'s programmes (not the one of their archive). */
  static Random random(long seed, long g) {
    return new Random(~(seed * 1_000_003L + g) * 31 + 17);
  }

  /**
   * Records person's key-population cases.
   *
   * @param checkedOn the day of the yearly health check of a resident of 65 or more, if they had one
   */
  static void keyPopulations(HealthSession officer, Member m, OrgUnitId team, Optional<LocalDate> checkedOn,
      Random r, District.Load load) {
    if (m.age() < 7) {
      child(officer, m, team, r, load);
    }
    if (m.age() >= 65) {
      elderly(officer, m, team, checkedOn, r, load);
    }
    if (m.sex() == Sex.FEMALE && m.age() >= 20 && m.age() <= 42 && r.nextDouble() < 0.06) {
      maternal(officer, m, team, r, load);
    }
    if (m.age() >= 18 && m.age() < 80) {
      double u = r.nextDouble();
      if (u < 0.0045) {
        severeMentalDisorder(officer, m, team, r, load);
      } else if (u < 0.005 && m.opened().isBefore(LAST_DAY.minusDays(60))) {
        tuberculosis(officer, m, team, r, load);
      }
    }
  }

  private static void child(HealthSession officer, Member m, OrgUnitId team, Random r, District.Load load) {
    LocalDate discharged = m.birth().plusDays(between(r, 2, 4));
    List<ChildVisit> visits = new ArrayList<>();
    for (ChildService service : ChildService.values()) {
      LocalDate on = switch (service) {
        case NEWBORN_VISIT -> discharged.plusDays(r.nextDouble() < 0.9 ? between(r, 1, 7) : between(r, 8, 20));
        case FULL_MONTH -> m.birth().plusDays(between(r, 28, 33));
        default -> m.birth().plusMonths(service.ageInMonths()).plusDays(r.nextDouble() < 0.88 ? between(r, 0, 14)
            : between(r, 15, 50));
      };
      if (r.nextDouble() < 0.92 && !on.isAfter(LAST_DAY) && !on.isBefore(m.opened())) {
        visits.add(ChildVisit.of(m.archive(), service, on, Optional.empty()));
      }
    }
    // the vaccination certificate (预防接种证): most within a month of birth, some late, a few never
    double draw = r.nextDouble();
    LocalDate issued = m.birth().plusDays(draw < 0.93 ? between(r, 1, 25) : between(r, 40, 90));
    if (draw >= 0.03 && !issued.isAfter(LAST_DAY)) {
      officer.immunizations().recordCertificate(VaccinationCertificate.of(m.archive(), issued, "朝阳区预防接种门诊"), 0);
      load.certificates++;
    }
    save(officer, PopulationCase.builder().id(caseId(m, PopulationGroup.CHILD)).archive(m.archive())
        .group(PopulationGroup.CHILD).team(team)
        .child(ChildHistory.builder().archive(m.archive()).birthDate(m.birth())
            .dischargedOn(discharged.isAfter(LAST_DAY) ? Optional.empty() : Optional.of(discharged))
            .addAllVisits(visits).build())
        .build(), "儿童健康管理建档", load);
  }

  private static void elderly(HealthSession officer, Member m, OrgUnitId team, Optional<LocalDate> checkedOn,
      Random r, District.Load load) {
    PopulationCase.Builder c = PopulationCase.builder().id(caseId(m, PopulationGroup.ELDERLY)).archive(m.archive())
        .group(PopulationGroup.ELDERLY).team(team);
    checkedOn.ifPresent(on -> {
      Set<ElderlyLabTest> tests = EnumSet.allOf(ElderlyLabTest.class);
      if (r.nextDouble() < 0.12) {
        tests.remove(ElderlyLabTest.values()[r.nextInt(ElderlyLabTest.values().length)]);
      }
      int score = r.nextDouble() < 0.8 ? between(r, 0, 3) : between(r, 4, 18);
      c.addElderlyServices(ElderlyCheck.builder().archive(m.archive()).date(on).assessed(true).selfCareScore(score)
          .physicalExamDone(r.nextDouble() < 0.97).addAllLabTests(tests)
          .addGuidance(ElderlyGuidance.NEXT_VISIT_BOOKED, ElderlyGuidance.FALL_PREVENTION).build());
    });
    save(officer, c.build(), "老年人健康管理建档", load);
  }

  private static void maternal(HealthSession officer, Member m, OrgUnitId team, Random r, District.Load load) {
    LocalDate lmp = LAST_DAY.minusDays(between(r, 30, 430));
    LocalDate registered = latest(lmp.plusDays(r.nextDouble() < 0.85 ? between(r, 42, 88) : between(r, 91, 130)),
        m.opened());
    boolean miscarriage = r.nextDouble() < 0.03;
    LocalDate delivery = miscarriage ? registered.plusDays(between(r, 3, 20)) : lmp.plusDays(between(r, 266, 287));
    if (registered.isAfter(LAST_DAY) || !registered.isBefore(delivery)) {
      return; // not registered for this pregnancy by the year's end
    }
    List<MaternalVisit> done = new ArrayList<>();
    done.add(MaternalVisit.of(MaternalService.REGISTRATION, registered));
    int[][] windows = {{16, 20}, {21, 24}, {28, 36}, {37, 40}};
    MaternalService[] antenatal = {MaternalService.ANTENATAL_16_20, MaternalService.ANTENATAL_21_24,
        MaternalService.ANTENATAL_28_36, MaternalService.ANTENATAL_37_40};
    for (int i = 0; i < windows.length; i++) {
      LocalDate on = lmp.plusDays(7L * between(r, windows[i][0], windows[i][1]) + r.nextInt(7));
      if (r.nextDouble() < 0.88 && on.isAfter(registered) && on.isBefore(delivery) && !on.isAfter(LAST_DAY)) {
        done.add(MaternalVisit.of(antenatal[i], on));
      }
    }
    Pregnancy.Builder pregnancy = Pregnancy.builder().archive(m.archive()).lastMenstrualPeriod(lmp);
    if (m.age() >= 35) {
      pregnancy.addHighRiskFlags("advanced-maternal-age");
    }
    if (!delivery.isAfter(LAST_DAY)) {
      LocalDate discharged = delivery.plusDays(between(r, 2, 5));
      pregnancy.deliveredOn(delivery).outcome(miscarriage ? PregnancyOutcome.MISCARRIAGE : PregnancyOutcome.LIVE_BIRTH);
      if (!discharged.isAfter(LAST_DAY)) {
        pregnancy.dischargedOn(discharged);
        LocalDate home = discharged.plusDays(r.nextDouble() < 0.85 ? between(r, 1, 7) : between(r, 8, 14));
        if (!miscarriage && r.nextDouble() < 0.92 && !home.isAfter(LAST_DAY)) {
          done.add(MaternalVisit.of(MaternalService.POSTPARTUM_VISIT, home));
        }
        LocalDate check = delivery.plusDays(between(r, 42, 56));
        if (!miscarriage && r.nextDouble() < 0.85 && !check.isAfter(LAST_DAY)) {
          done.add(MaternalVisit.of(MaternalService.POSTPARTUM_42_DAY, check));
        }
      }
    }
    save(officer, PopulationCase.builder().id(caseId(m, PopulationGroup.MATERNAL)).archive(m.archive())
        .group(PopulationGroup.MATERNAL).team(team).pregnancy(pregnancy.addAllVisits(done).build()).build(),
        "孕产妇保健建册", load);
  }

  private static void severeMentalDisorder(HealthSession officer, Member m, OrgUnitId team, Random r,
      District.Load load) {
    SevereMentalDisorder[] disorders = SevereMentalDisorder.values();
    SevereMentalDisorder disorder = r.nextDouble() < 0.6 ? SevereMentalDisorder.SCHIZOPHRENIA
        : disorders[r.nextInt(disorders.length)];
    PopulationCase.Builder c = PopulationCase.builder().id(caseId(m, PopulationGroup.SEVERE_MENTAL_DISORDER))
        .archive(m.archive()).group(PopulationGroup.SEVERE_MENTAL_DISORDER).team(team).disorder(disorder);
    for (LocalDate on = latest(YEAR_START.plusDays(r.nextInt(40)), m.opened()); !on.isAfter(LAST_DAY);
        on = on.plusDays(between(r, 80, 95))) {
      if (r.nextDouble() < 0.9) {
        c.addSmiFollowUps(SmiFollowUp.builder().archive(m.archive()).date(on).disorder(disorder)
            .riskLevel(SmiRiskLevel.of(r.nextDouble() < 0.85 ? 0 : between(r, 1, 2))).build());
      }
    }
    save(officer, c.build(), "严重精神障碍患者登记", load);
  }

  private static void tuberculosis(HealthSession officer, Member m, OrgUnitId team, Random r, District.Load load) {
    LocalDate notified = latest(LAST_DAY.minusDays(between(r, 30, 300)), m.opened().plusDays(1));
    notified = notified.isAfter(LAST_DAY.minusDays(30)) ? LAST_DAY.minusDays(30) : notified;
    LocalDateTime notifiedAt = notified.atTime(between(r, 8, 16), 0);
    TbRegimen regimen = r.nextDouble() < 0.9 ? TbRegimen.NEW_2HRZE_4HR : TbRegimen.RETREATMENT_2HRZES_6HRE;
    LocalDate start = notified.plusDays(between(r, 1, 3));
    double missRate = r.nextDouble() < 0.8 ? 0.02 : 0.15;
    List<LocalDate> taken = new ArrayList<>();
    for (LocalDate day = start; !day.isAfter(LAST_DAY) && taken.size() < regimen.doses(); day = day.plusDays(1)) {
      if (r.nextDouble() >= missRate) {
        taken.add(day);
      }
    }
    List<LocalDate> visits = new ArrayList<>();
    for (LocalDate v = start.plusDays(between(r, 10, 14)); !v.isAfter(LAST_DAY); v = v.plusDays(between(r, 25, 31))) {
      visits.add(v);
    }
    TbCase.Builder c = TbCase.builder().archive(m.archive()).notifiedAt(notifiedAt)
        .firstVisitAt(notifiedAt.plusHours(between(r, 4, 60)))
        .supervisor(r.nextBoolean() ? TbSupervisor.MEDICAL_WORKER : TbSupervisor.FAMILY_MEMBER)
        .dosingPlan("每日早餐后在家服药，督导人员每日核对").regimen(regimen).treatmentStart(start).addAllDoses(taken)
        .addAllVisits(visits);
    if (taken.size() == regimen.doses()) {
      c.completedOn(taken.get(taken.size() - 1));
    }
    save(officer, PopulationCase.builder().id(caseId(m, PopulationGroup.TUBERCULOSIS)).archive(m.archive())
        .group(PopulationGroup.TUBERCULOSIS).team(team).tuberculosis(c.build()).build(), "肺结核患者管理", load);
  }

  private static PopulationCaseId caseId(Member m, PopulationGroup group) {
    return PopulationCaseId.parse("p-" + m.g() + "-" + group.name().toLowerCase(java.util.Locale.ROOT));
  }

  private static void save(HealthSession officer, PopulationCase c, String reason, District.Load load) {
    officer.populations().save(c, 0, reason);
    load.populationCases++;
  }

  /**
   * Registers a committee's residents in households of one to four, in the order they were generated;
   * the eldest member is the head, and the household is established on a day between 2015 and the
   * year's end, never before its youngest member was born.
   */
  static void households(HealthSession officer, CommitteeCode committee, List<Member> members, Random r,
      District.Load load) {
    for (int i = 0; i < members.size(); ) {
      int u = r.nextInt(100);
      int size = Math.min(members.size() - i, u < 20 ? 1 : u < 55 ? 2 : u < 85 ? 3 : 4);
      List<Member> household = new ArrayList<>(members.subList(i, i + size));
      i += size;
      household.sort(Comparator.comparing(Member::birth));
      Member head = household.get(0);
      LocalDate youngest = household.get(household.size() - 1).birth();
      LocalDate on = latest(LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000)), youngest);
      on = on.isAfter(LAST_DAY) ? LAST_DAY : on;
      Recorded<Household> h = officer.households().establish(committee, head.address(), head.id(), on);
      for (Member member : household.subList(1, household.size())) {
        h = officer.households().moveIn(h.value().id(), h.version(), member.id(), relation(head, member), on);
      }
      load.households++;
    }
  }

  /** A plausible relation to the head from the age gap and sex. */
  private static RelationToHead relation(Member head, Member member) {
    long gap = ChronoUnit.YEARS.between(head.birth(), member.birth());
    if (gap >= 40) {
      return RelationToHead.GRANDCHILD;
    }
    if (gap >= 16) {
      return member.sex() == Sex.MALE ? RelationToHead.SON : RelationToHead.DAUGHTER;
    }
    return RelationToHead.SPOUSE;
  }

  /**
   * Records a street's sanitation year (three campaigns, the activities of its committees under and
   * between them, five vector-density surveys) and its centre's health education.
   *
   * @param committees the street's committees
   */
  static void street(HealthSession officer, TownshipCode street, OrgUnitId centre, List<CommitteeCode> committees,
      Random r, District.Load load) {
    AreaScope area = AreaScope.of(street);
    int year = District.YEAR;
    String prefix = "s" + street.value() + "-";
    Campaign month = officer.campaigns().plan(Campaign.builder().id(CampaignId.parse(prefix + "month"))
        .type(CampaignType.PATRIOTIC_HEALTH_MONTH).title(PatrioticHealthMonth.title(year))
        .theme("文明健康 绿色环保").organiser("街道爱国卫生运动委员会").scope(area)
        .startsOn(LocalDate.of(year, 4, 1)).endsOn(LocalDate.of(year, 4, 30))
        .addGoals(CampaignGoal.total("清运垃圾", Output.of(OutputKind.GARBAGE_REMOVED, "30")),
            CampaignGoal.total("清理卫生死角", Output.of(OutputKind.BLACK_SPOTS_CLEARED, 60)))
        .build()).value();
    Campaign spring = officer.campaigns().plan(Campaign.builder().id(CampaignId.parse(prefix + "spring"))
        .type(CampaignType.FOUR_PESTS).title(year + "年春季除四害活动").organiser("街道爱国卫生运动委员会").scope(area)
        .startsOn(LocalDate.of(year, 3, 15)).endsOn(LocalDate.of(year, 5, 31))
        .addGoals(CampaignGoal.total("设置毒饵站", Output.of(OutputKind.BAIT_STATIONS_SET, 120)))
        .build()).value();
    Campaign summer = officer.campaigns().plan(Campaign.builder().id(CampaignId.parse(prefix + "summer"))
        .type(CampaignType.FOUR_PESTS).title(year + "年夏秋季灭蚊灭蝇行动").organiser("街道爱国卫生运动委员会").scope(area)
        .startsOn(LocalDate.of(year, 6, 1)).endsOn(LocalDate.of(year, 9, 30))
        .addGoals(CampaignGoal.total("清除积水孳生地", Output.of(OutputKind.BREEDING_SITES_CLEARED, 300)))
        .build()).value();
    int n = 0;
    for (CommitteeCode committee : committees) {
      AreaScope where = AreaScope.of(committee);
      String organiser = committee.value() + "居委会";
      for (int m = 1; m <= 12; m++) {
        activity(officer, activity(prefix + "a" + n++, m == 4 ? Optional.of(month.id()) : Optional.empty(),
                LocalDate.of(year, m, between(r, 5, 25)), organiser + "辖区", ActivityType.CLEAN_UP, organiser, where)
            .putParticipant(ParticipantKind.RESIDENTS, between(r, 20, 80))
            .putParticipant(ParticipantKind.VOLUNTEERS, between(r, 5, 20))
            .addOutputs(Output.of(OutputKind.GARBAGE_REMOVED, BigDecimal.valueOf(between(r, 5, 40), 1), OutputUnit.TONNE),
                Output.of(OutputKind.BLACK_SPOTS_CLEARED, between(r, 2, 12)))
            .build(), load);
      }
      activity(officer, activity(prefix + "a" + n++, Optional.of(spring.id()), LocalDate.of(year, 4, between(r, 10, 28)),
              organiser + "辖区楼院", ActivityType.PEST_CONTROL, organiser, where).putParticipant(ParticipantKind.STAFF, between(r, 4, 10))
          .addOutputs(Output.of(OutputKind.BAIT_STATIONS_SET, between(r, 15, 30)),
              Output.of(OutputKind.RODENTICIDE_PLACED, between(r, 20, 60)))
          .build(), load);
      activity(officer, activity(prefix + "a" + n++, Optional.of(summer.id()), LocalDate.of(year, 7, between(r, 1, 28)),
              organiser + "辖区", ActivityType.PEST_CONTROL, organiser, where).putParticipant(ParticipantKind.RESIDENTS, between(r, 10, 40))
          .addOutputs(Output.of(OutputKind.BREEDING_SITES_CLEARED, between(r, 30, 70)),
              Output.of(OutputKind.AREA_DISINFECTED, BigDecimal.valueOf(between(r, 2000, 9000)), OutputUnit.SQUARE_METRE))
          .build(), load);
      activity(officer, activity(prefix + "a" + n++, Optional.of(month.id()), LocalDate.of(year, 4, between(r, 1, 15)),
              organiser + "活动室", ActivityType.PUBLICITY, organiser, where).putParticipant(ParticipantKind.RESIDENTS, between(r, 30, 120))
          .addOutputs(Output.of(OutputKind.LEAFLETS_DISTRIBUTED, between(r, 200, 600)),
              Output.of(OutputKind.HOUSEHOLDS_VISITED, between(r, 50, 200)))
          .build(), load);
    }
    for (int m = 4; m <= 12; m += 2) {
      boolean hot = m >= 6 && m <= 8;
      officer.campaigns().recordSurvey(VectorSurvey.builder().id(SurveyId.parse(prefix + "v" + m))
          .surveyedOn(LocalDate.of(year, m, between(r, 10, 20))).scope(area).place("街道辖区居民区及重点行业")
          .surveyor("区疾病预防控制中心病媒生物监测组")
          .addMeasurements(DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, between(r, 0, 2), 200),
              DensityMeasurement.ofRate(VectorIndicator.MOSQUITO_LARVAL_POSITIVE, hot ? between(r, 1, 3) : between(r, 0, 1),
                  100),
              DensityMeasurement.ofRate(VectorIndicator.FLY_INDOOR_ROOMS, hot ? between(r, 1, 3) : between(r, 0, 1), 100),
              DensityMeasurement.ofRate(VectorIndicator.COCKROACH_INFESTATION, between(r, 0, 2), 100))
          .build());
      load.activities++;
    }
    education(officer, street, centre, prefix, r, load);
  }

  /** A committee's activity, under a campaign or not, before its participants and outputs. */
  private static Activity.Builder activity(String id, Optional<CampaignId> campaign, LocalDate on, String place,
      ActivityType type, String organiser, AreaScope where) {
    return Activity.builder().id(ActivityId.parse(id)).campaign(campaign).heldOn(on).place(place).type(type)
        .organiser(organiser).scope(where);
  }

  private static void activity(HealthSession officer, Activity activity, District.Load load) {
    officer.campaigns().record(activity);
    load.activities++;
  }

  private static final String[] TOPICS = {"冬季心脑血管病预防", "春季传染病防治", "高血压患者自我管理", "预防接种知识",
      "世界无烟日：拒绝烟草", "夏季食品安全", "老年人防跌倒", "糖尿病饮食与运动", "秋冬季流感预防", "重阳节老年健康", "慢阻肺日常管理",
      "冬季安全用药"};
  private static final String[] HEALTH_DAYS = {"03-24", "04-07", "04-25", "05-31", "09-20", "10-08", "10-10", "11-14"};

  /** A centre's year of health education: 4 + 7 + 6 + 8 + 12 = 37 activities. */
  private static void education(HealthSession officer, TownshipCode street, OrgUnitId centre, String prefix,
      Random r, District.Load load) {
    int year = District.YEAR;
    int n = 0;
    AreaScope area = AreaScope.of(street);
    List<EducationActivity.Builder> all = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      all.add(education(prefix, n++, centre, area, EducationActivityType.PRINTED_MATERIALS,
          LocalDate.of(year, 3 * q + 1, between(r, 5, 20)), "中心候诊区及各服务站", "季度健康教育资料发放").attendance(0)
          .addMaterials(EducationMaterial.of(TOPICS[q], MaterialKind.LEAFLET, between(r, 300, 1200))));
    }
    for (int v = 0; v < 7; v++) {
      all.add(education(prefix, n++, centre, area, EducationActivityType.AUDIO_VIDEO,
          LocalDate.of(year, 1 + v * 12 / 7, between(r, 3, 25)), "中心候诊区", "候诊区滚动播放健康教育视频")
          .addMaterials(EducationMaterial.played(TOPICS[v + 4], MaterialKind.VIDEO, between(r, 20, 60), between(r, 8, 20))));
    }
    for (int m = 1; m <= 11; m += 2) {
      all.add(education(prefix, n++, centre, area, EducationActivityType.BULLETIN_BOARD, LocalDate.of(year, m, 1),
          "中心健康教育宣传栏", TOPICS[m - 1]).board("中心健康教育宣传栏"));
    }
    for (String day : HEALTH_DAYS) {
      all.add(education(prefix, n++, centre, area, EducationActivityType.CONSULTATION,
          LocalDate.parse(year + "-" + day), "街道文化广场", "健康日义诊咨询").attendance(between(r, 60, 240)));
    }
    for (int m = 1; m <= 12; m++) {
      all.add(education(prefix, n++, centre, area, EducationActivityType.LECTURE, LocalDate.of(year, m, between(r, 8, 26)),
          "中心健康教育室", TOPICS[m - 1]).attendance(between(r, 25, 80)));
    }
    for (EducationActivity.Builder b : all) {
      officer.education().record(b.build());
      load.activities++;
    }
  }

  private static EducationActivity.Builder education(String prefix, int n, OrgUnitId centre, AreaScope area,
      EducationActivityType type, LocalDate on, String place, String theme) {
    return EducationActivity.builder().id(EducationActivityId.parse(prefix + "e" + n)).type(type).heldOn(on)
        .place(place).organiser("中心健康教育科").institution(centre).scope(area).theme(theme);
  }

  private static int between(Random r, int from, int to) {
    return from + r.nextInt(to - from + 1);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
