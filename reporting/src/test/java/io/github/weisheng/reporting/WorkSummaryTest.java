package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.chronic.BloodPressure;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.DiabetesManagementLevel;
import io.github.weisheng.chronic.EnrolmentId;
import io.github.weisheng.chronic.FastingGlucose;
import io.github.weisheng.chronic.FollowUpForm;
import io.github.weisheng.chronic.IcdCode;
import io.github.weisheng.chronic.ManagementTier;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.immunization.Route;
import io.github.weisheng.immunization.VaccinationCertificate;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
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
import io.github.weisheng.reporting.render.RenderWords;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.RelationToHead;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.ReportContributor;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRequest;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.SeriesRole;
import io.github.weisheng.spi.report.Table;
import io.github.weisheng.spi.report.Text;
import io.github.weisheng.spi.storage.ForwardingRecordStore;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.spi.tck.ReportRendererContract;
import io.github.weisheng.store.InMemoryRecordStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A small hand-built station: four residents with archives, three hypertension patients and one
 * diabetic with a year of follow-ups, worked out by hand.
 */
class WorkSummaryTest {
  private static final CommitteeCode COMMITTEE = CommitteeCode.parse("110105001001");
  private static final OrgUnitId STATION = OrgUnitId.of("nandajie-station");
  private static final OrgUnitId TEAM = OrgUnitId.of("team-1");

  private final CountingStore store = new CountingStore(InMemoryRecordStore.create());
  private final CommunityHealth health = CommunityHealth.builder()
      .store(store)
      .accessPolicy(DefaultAccessPolicy.defaults())
      .clock(Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
      .build();
  private final HealthSession officer =
      health.as(Principal.of("gw-1", Set.of("public-health-officer"), Set.of("110105001")));
  private int residents;

  private ArchiveNumber archive() {
    return archive(LocalDate.of(1950, 1, 1).plusDays(residents + 1));
  }

  private ArchiveNumber archive(LocalDate birth) {
    residents++;
    CitizenId id = CitizenId.of("110105", birth, 1);
    Resident r = Resident.builder().id(ResidentId.parse("r-" + residents)).name("居民" + residents).sex(id.sex())
        .birthDate(birth).citizenId(id).address("南大街" + residents + "号").committee(COMMITTEE)
        .residencyType(ResidencyType.REGISTERED).livesHalfYearOrMore(true).build();
    LocalDate opened = birth.isAfter(LocalDate.of(2020, 3, 1)) ? birth : LocalDate.of(2020, 3, 1);
    return officer.archives().open(NewArchive.builder().resident(r).openedOn(opened)
        .institution(STATION).electronic(true).build()).value().number();
  }

  private EnrolmentId enrol(ChronicCondition condition, String icd) {
    return officer.enrolments().enrol(archive(), condition, IcdCode.parse(icd), LocalDate.of(2025, 6, 1), "区医院", TEAM)
        .value().id();
  }

  private void hypertensionVisit(EnrolmentId patient, LocalDate on, int systolic, int diastolic) {
    officer.followUps().record(patient, FollowUpForm.builder().visitDate(on).mode(VisitMode.CLINIC)
        .bloodPressure(BloodPressure.of(systolic, diastolic)).tier(ManagementTier.TIER_1).build());
  }

  private WorkSummary summary(Locale locale) {
    return summary(locale, b -> b);
  }

  private WorkSummary summary(Locale locale, java.util.function.UnaryOperator<WorkSummary.Builder> options) {
    // patient 1: four clinic visits 90 days apart, all 132/84 → managed to standard, controlled
    EnrolmentId first = enrol(ChronicCondition.HYPERTENSION, "I10");
    for (int q = 0; q < 4; q++) {
      hypertensionVisit(first, LocalDate.of(2026, 1, 20).plusDays(90L * q), 132, 84);
    }
    // patient 2: three visits, the latest 152/94 → too few visits, not controlled
    EnrolmentId second = enrol(ChronicCondition.HYPERTENSION, "I10");
    hypertensionVisit(second, LocalDate.of(2026, 2, 1), 148, 92);
    hypertensionVisit(second, LocalDate.of(2026, 5, 1), 150, 92);
    hypertensionVisit(second, LocalDate.of(2026, 8, 1), 152, 94);
    // patient 3: enrolled, never visited in 2026 → neither
    enrol(ChronicCondition.HYPERTENSION, "I10");
    // a diabetic: four home visits, FPG 6.5 → managed, controlled
    EnrolmentId diabetic = enrol(ChronicCondition.TYPE_2_DIABETES, "E11.9");
    for (int q = 0; q < 4; q++) {
      officer.followUps().record(diabetic, FollowUpForm.builder().visitDate(LocalDate.of(2026, 2, 10).plusDays(90L * q))
          .mode(VisitMode.HOME).fastingGlucose(FastingGlucose.of(new BigDecimal("6.5")))
          .diabetesLevel(DiabetesManagementLevel.ROUTINE).build());
    }
    ReportContributor outpatients = new ReportContributor() {
      @Override
      public String id() {
        return "his-outpatient";
      }

      @Override
      public List<Section> sections(ReportRequest request) {
        assertThat(request.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        return List.of(Section.of("基本医疗服务",
            io.github.weisheng.spi.report.Paragraph.text("全年门诊78649人次，处方80735张。")));
      }
    };
    return options.apply(WorkSummary.builder()
        .session(officer)
        .unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION)
        .area(AreaScope.of(COMMITTEE))
        .period(ReportingPeriod.year(2026))
        .population(Map.of(COMMITTEE, 10L))
        .locale(locale)
        .contributor(outpatients)
        .shortcoming("慢病患者面对面随访覆盖不足。")
        .plan("扩大家庭医生签约服务覆盖面。"))
        .build();
  }

  @Test
  void theRatesWorkedOutByHand() {
    WorkSummary summary = summary(Locale.SIMPLIFIED_CHINESE);
    Map<String, Rate> rates = new java.util.TreeMap<>();
    summary.indicators().forEach(r -> rates.put(r.definition().id(), r.rate()));
    assertThat(rates).containsEntry("archive.rate", Rate.of(4, 10))
        .containsEntry("archive.use-rate", Rate.of(3, 4)) // follow-ups are services on the archive
        .containsEntry("hypertension.standard-management-rate", Rate.of(1, 3))
        .containsEntry("hypertension.control-rate", Rate.of(1, 3))
        .containsEntry("diabetes.standard-management-rate", Rate.of(1, 1))
        .containsEntry("diabetes.control-rate", Rate.of(1, 1));
    IndicatorResult managed = summary.indicators().stream()
        .filter(r -> r.definition().equals(WorkSummary.HYPERTENSION_MANAGED)).findFirst().orElseThrow();
    assertThat(managed.notCounted()).hasSize(2).allSatisfy(m -> assertThat(m.reasons()).isNotEmpty());
  }

  @Test
  void aRuleMembersBreakWithDifferentFiguresIsOneRowWithTheirRange() {
    // Two more patients with five visits each; one gap is too long: 103 days (10 Jan → 23 Apr) for one,
    // 170 (10 Jan → 29 Jun) for the other; the fixture's second patient has 92 (1 May → 1 Aug).
    EnrolmentId a = enrol(ChronicCondition.HYPERTENSION, "I10");
    for (String on : List.of("2026-01-10", "2026-04-23", "2026-06-20", "2026-09-15", "2026-12-01")) {
      hypertensionVisit(a, LocalDate.parse(on), 132, 84);
    }
    EnrolmentId b = enrol(ChronicCondition.HYPERTENSION, "I10");
    for (String on : List.of("2026-01-10", "2026-06-29", "2026-08-20", "2026-10-15", "2026-12-10")) {
      hypertensionVisit(b, LocalDate.parse(on), 132, 84);
    }
    List<List<io.github.weisheng.spi.report.Cell>> rows = new java.util.ArrayList<>();
    collectRows(summary(Locale.SIMPLIFIED_CHINESE).document().sections(), rows);
    assertThat(rows).filteredOn(r -> r.get(0).display().contains("随访相隔")).singleElement().satisfies(r -> {
      assertThat(r.get(0).display()).isEqualTo("高血压患者规范管理率：未达规范管理：两次面对面随访相隔 92–170 天，最多允许 90 天");
      assertThat(r.get(1).display()).isEqualTo("3");
    });
  }

  private static void collectRows(List<Section> sections, List<List<io.github.weisheng.spi.report.Cell>> rows) {
    for (Section section : sections) {
      section.blocks().stream().filter(io.github.weisheng.spi.report.Table.class::isInstance)
          .map(io.github.weisheng.spi.report.Table.class::cast).forEach(t -> rows.addAll(t.rows()));
      collectRows(section.subsections(), rows);
    }
  }

  @Test
  void theDocumentHasTheSeedsShapeAndItsFigures() throws IOException {
    ReportDocument document = summary(Locale.SIMPLIFIED_CHINESE).document();
    assertThat(document.title()).isEqualTo("南大街社区卫生服务站2026年工作总结");
    assertThat(document.sections()).extracting(Section::heading).containsExactly("居民健康档案管理", "慢性病患者健康管理",
        "重点人群健康管理", "健康教育", "预防接种", "妇幼健康管理", "爱国卫生与环境整治", "基本医疗服务", "主要指标", "存在的不足",
        "下一步工作计划");
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ReportRenderers.builtIn().get("text").render(document, text);
    String rendered = ReportRendererContractSqueeze.squeeze(text.toString(StandardCharsets.UTF_8));
    assertThat(rendered).contains("一、居民健康档案管理", "（一）高血压患者健康管理", "建档率40.0%",
        "年内管理高血压患者3人", "规范管理1人，规范管理率33.3%", "全年门诊78649人次", "十一、下一步工作计划",
        "（二）严重精神障碍患者管理统计期内无严重精神障碍患者管理记录。", "五、预防接种统计期内无预防接种记录。");
    for (String word : ReportRendererContract.expectedWords(document)) {
      assertThat(rendered).contains(ReportRendererContractSqueeze.squeeze(word));
    }
  }

  @Test
  void theHouseholdsTheArchivesCoverAreStatedBesideThePersons() throws IOException {
    // the fixture's residents r-1 … r-4 get archives: r-1 and r-2 live together, r-3 alone; r-50 has none
    LocalDate on = LocalDate.of(2024, 1, 1);
    var together = officer.households().establish(COMMITTEE, "南大街1号", ResidentId.parse("r-1"), on).value();
    officer.households().moveIn(together.id(), 1, ResidentId.parse("r-2"), RelationToHead.SPOUSE, on);
    officer.households().establish(COMMITTEE, "南大街3号", ResidentId.parse("r-3"), on);
    officer.households().establish(COMMITTEE, "南大街50号", ResidentId.parse("r-50"), on);
    WorkSummary zh = summary(Locale.SIMPLIFIED_CHINESE);
    assertThat(ReportRendererContractSqueeze.squeeze(render(zh.document(), "markdown")))
        .contains("建立居民健康档案4人（2户），健康档案建档率40.0%");
    assertThat(Jsoup.parse(render(zh.document(), "html")).select("span.figure[data-label=建档家庭]").attr("data-value"))
        .isEqualTo("2");
    // four more residents with archives, in no household: still 2
    assertThat(ReportRendererContractSqueeze.squeeze(render(summary(Locale.ENGLISH).document(), "markdown")))
        .contains("8personshadahealtharchive,in2households,");
  }

  @Test
  void withoutHouseholdsTheArchivesAreStatedInPersonsAlone() throws IOException {
    String markdown = ReportRendererContractSqueeze.squeeze(render(summary(Locale.SIMPLIFIED_CHINESE).document(),
        "markdown"));
    assertThat(markdown).contains("建立居民健康档案4人，健康档案建档率40.0%").doesNotContain("户");
  }

  @Test
  void everyFollowUpIsCountedInPersonTimesAndTheFaceToFaceOnesAmongThem() throws IOException {
    // a fourth hypertension patient: a clinic visit and a phone call in 2026, a clinic visit in 2025
    EnrolmentId fourth = enrol(ChronicCondition.HYPERTENSION, "I10");
    hypertensionVisit(fourth, LocalDate.of(2025, 11, 1), 132, 84);
    hypertensionVisit(fourth, LocalDate.of(2026, 3, 1), 132, 84);
    officer.followUps().record(fourth, FollowUpForm.builder().visitDate(LocalDate.of(2026, 6, 1)).mode(VisitMode.PHONE)
        .bloodPressure(BloodPressure.of(130, 82)).tier(ManagementTier.TIER_1).build());
    String markdown = ReportRendererContractSqueeze.squeeze(render(summary(Locale.SIMPLIFIED_CHINESE).document(),
        "markdown"));
    // 2026: the fixture's patients 4 + 3 + 0 clinic visits, the fourth's 2 (one by phone); the diabetic's 4 at home
    assertThat(markdown).contains("年内管理高血压患者4人，完成高血压随访9人次，其中面对面随访8人次，规范管理1人",
        "年内管理2型糖尿病患者1人，完成糖尿病随访4人次，其中面对面随访4人次，");
    // the English summary records the fixture once more: 7 more follow-ups, all face-to-face
    assertThat(ReportRendererContractSqueeze.squeeze(render(summary(Locale.ENGLISH).document(), "markdown")))
        .contains("with16person\\-timesfollow\\-ups,15person\\-timesofthemface\\-to\\-face;");
  }

  @Test
  void inEnglishToo() {
    ReportDocument document = summary(Locale.ENGLISH).document();
    assertThat(document.title()).isEqualTo("南大街社区卫生服务站: work summary, 2026");
    assertThat(document.sections().get(1).subsections().get(0).heading()).isEqualTo("Hypertension");
  }

  /** The other key populations, a vaccinated child and a mother, in 2026. */
  private void keyPopulations() {
    ArchiveNumber elder = archive();
    enrolCase(elder, PopulationGroup.ELDERLY, b -> b.addElderlyServices(ElderlyCheck.builder().archive(elder)
        .date(LocalDate.of(2026, 5, 1)).assessed(true).selfCareScore(0).physicalExamDone(true)
        .addAllLabTests(EnumSet.allOf(ElderlyLabTest.class)).addAllGuidance(EnumSet.allOf(ElderlyGuidance.class))
        .build()));
    ArchiveNumber patient = archive(LocalDate.of(1980, 1, 1));
    enrolCase(patient, PopulationGroup.SEVERE_MENTAL_DISORDER, b -> {
      b.disorder(SevereMentalDisorder.SCHIZOPHRENIA);
      for (int q = 0; q < 4; q++) {
        b.addSmiFollowUps(SmiFollowUp.builder().archive(patient).date(LocalDate.of(2026, 2, 1).plusMonths(3L * q))
            .disorder(SevereMentalDisorder.SCHIZOPHRENIA).riskLevel(SmiRiskLevel.LEVEL_0).build());
      }
      return b;
    });
    ArchiveNumber tb = archive(LocalDate.of(1970, 1, 1));
    LocalDate start = LocalDate.of(2026, 3, 2);
    enrolCase(tb, PopulationGroup.TUBERCULOSIS, b -> b.tuberculosis(TbCase.builder().archive(tb)
        .notifiedAt(LocalDateTime.parse("2026-03-01T10:00")).firstVisitAt(LocalDateTime.parse("2026-03-02T10:00"))
        .supervisor(TbSupervisor.MEDICAL_WORKER).dosingPlan("站内服药").regimen(TbRegimen.NEW_2HRZE_4HR)
        .treatmentStart(start).addAllDoses(IntStream.range(0, 170).mapToObj(start::plusDays).toList())
        .completedOn(LocalDate.of(2026, 9, 30)).build()));
    LocalDate born = LocalDate.of(2026, 3, 1);
    ArchiveNumber child = archive(born);
    enrolCase(child, PopulationGroup.CHILD, b -> b.child(ChildHistory.builder().archive(child).birthDate(born)
        .dischargedOn(LocalDate.of(2026, 3, 3)).addVisits(ChildVisit.of(child, ChildService.NEWBORN_VISIT,
            LocalDate.of(2026, 3, 5), Optional.empty())).build()));
    dose(child, "HepB", Route.INTRAMUSCULAR, born);
    dose(child, "BCG", Route.INTRADERMAL, born.plusDays(1));
    officer.immunizations().recordCertificate(VaccinationCertificate.of(child, LocalDate.of(2026, 3, 20), "接种门诊"), 0);
    ArchiveNumber mother = archive(LocalDate.of(1995, 1, 1));
    enrolCase(mother, PopulationGroup.MATERNAL, b -> b.pregnancy(Pregnancy.builder().archive(mother)
        .lastMenstrualPeriod(LocalDate.of(2026, 1, 1)).deliveredOn(LocalDate.of(2026, 10, 1))
        .dischargedOn(LocalDate.of(2026, 10, 3)).outcome(PregnancyOutcome.LIVE_BIRTH)
        .addVisits(MaternalVisit.of(MaternalService.REGISTRATION, LocalDate.of(2026, 3, 1)),
            MaternalVisit.of(MaternalService.POSTPARTUM_VISIT, LocalDate.of(2026, 10, 8))).build()));
  }

  private void enrolCase(ArchiveNumber archive, PopulationGroup group,
      java.util.function.UnaryOperator<PopulationCase.Builder> details) {
    PopulationCase.Builder b = PopulationCase.builder();
    b.id(PopulationCaseId.random()).archive(archive).group(group).team(TEAM);
    officer.populations().save(details.apply(b).build(), 0, "enrol");
  }

  private void dose(ArchiveNumber child, String product, Route route, LocalDate on) {
    officer.immunizations().record(VaccinationRecord.builder().id(VaccinationRecordId.random()).archive(child)
        .product(product).doseNumber(1).date(on).lot("202603A").site("左上臂").route(route).institution("接种门诊")
        .build());
  }

  private static String render(ReportDocument document, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportRenderers.builtIn().get(format).render(document, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static IndicatorResult result(WorkSummary summary, String id) {
    return summary.indicators().stream().filter(r -> r.definition().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void keyPopulationsImmunizationAndMaternalCareInTheSeedsOrder() throws IOException {
    keyPopulations();
    dose(archive(LocalDate.of(1985, 1, 1)), "HepB", Route.INTRAMUSCULAR, LocalDate.of(2026, 4, 1)); // an adult's
    WorkSummary summary = summary(Locale.SIMPLIFIED_CHINESE);
    assertThat(result(summary, "elderly.management-rate").rate()).isEqualTo(Rate.of(1, 5));
    assertThat(result(summary, "smi.standard-management-rate").rate()).isEqualTo(Rate.of(1, 1));
    assertThat(result(summary, "tb.management-rate").rate()).isEqualTo(Rate.of(1, 1));
    assertThat(result(summary, "tb.regular-dosing-rate").rate()).isEqualTo(Rate.of(1, 1));
    assertThat(result(summary, "immunization.certificate-rate").rate()).isEqualTo(Rate.of(1, 1));
    assertThat(result(summary, "immunization.coverage.BCG").rate()).isEqualTo(Rate.of(1, 1));
    assertThat(result(summary, "immunization.coverage.HepB").rate()).isEqualTo(Rate.of(0, 1));
    assertThat(result(summary, "child.newborn-visit-rate").rate()).isEqualTo(Rate.of(1, 1));
    assertThat(result(summary, "maternal.early-registration-rate").rate()).isEqualTo(Rate.of(1, 1));
    assertThat(result(summary, "maternal.postpartum-visit-rate").rate()).isEqualTo(Rate.of(1, 1));
    assertThat(result(summary, "education.compliance").rate().denominator()).isEqualTo(5);
    ReportDocument document = summary.document();
    Section populations = document.sections().get(2);
    assertThat(populations.subsections()).extracting(Section::heading)
        .containsExactly("老年人健康管理", "严重精神障碍患者管理", "肺结核患者健康管理");
    Section immunization = document.sections().get(4);
    assertThat(immunization.blocks()).filteredOn(b -> b instanceof Chart).singleElement().satisfies(b -> {
      Chart chart = (Chart) b;
      assertThat(chart.title()).isEqualTo("各疫苗接种率");
      assertThat(chart.categories()).startsWith("乙肝疫苗", "卡介苗");
      assertThat(chart.series()).extracting(Series::role).containsExactly(SeriesRole.MEASURED, SeriesRole.TARGET);
      assertThat(chart.series().get(1).values()).allMatch(v -> v.compareTo(BigDecimal.valueOf(90)) == 0);
    });
    assertThat(document.sections().get(5).subsections()).extracting(Section::heading)
        .containsExactly("0～6岁儿童健康管理", "孕产妇健康管理");
    String markdown = ReportRendererContractSqueeze.squeeze(render(document, "markdown"));
    assertThat(markdown).contains("辖区65岁及以上常住居民5人，年内接受健康管理1人，老年人健康管理率20.0%",
        "登记在册的严重精神障碍患者1人，按规范管理1人，规范管理率100.0%",
        "年内确诊并通知的肺结核患者1人，已管理1人，管理率100.0%；完成治疗1人，规则服药1人，规则服药率100.0%",
        "应建证儿童1人，已建证1人，建证率100.0%",
        "年内活产新生儿1人，接受新生儿访视1人，新生儿访视率100.0%",
        "年内活产产妇1人，孕13周前建册1人，早孕建册率100.0%；出院后28天内接受产后访视1人，产后访视率100.0%",
        "|卡介苗|1|1|100.0|", "统计期内接种疫苗3人次，其中免疫规划疫苗有效接种2人次；", "|接种疫苗|3|人次|",
        "|其中免疫规划疫苗有效接种|2|人次|", "统计期内提供老年人健康管理服务1人次。", "统计期内随访严重精神障碍患者4人次。",
        "统计期内随访肺结核患者1人次。", "统计期内新建儿童健康档案（建卡）1人。统计期内开展新生儿访视1人次，儿童健康检查0人次。", "统计期内开展产前检查1人次，产后访视1人次。",
        "（二）孕产妇健康管理统计期内管理孕妇1人。年内活产产妇1人");
    Document html = Jsoup.parse(render(document, "html"));
    assertThat(html.select("figure:has(svg) figcaption").eachText()).contains("各疫苗接种率");
    assertThat(html.select("span.figure[data-label=65岁及以上常住居民]").attr("data-value")).isEqualTo("5");
  }

  /**
   * The seed's hand, foot and mouth case (南大街): reported 30 h after diagnosis, followed at home until
   * its isolation was lifted; an influenza case reported in 2 h; a hepatitis case never reported.
   */
  private void infectiousCases() {
    var service = officer.infectiousDiseases();
    ArchiveNumber child = archive(LocalDate.of(2022, 3, 1));
    io.github.weisheng.infectious.CaseReport hfmd = io.github.weisheng.infectious.CaseReport.builder()
        .id(io.github.weisheng.infectious.CaseReportId.parse("hfmd-1")).archive(child).disease("HAND_FOOT_MOUTH")
        .classification(io.github.weisheng.infectious.CaseClassification.CLINICAL)
        .diagnosedAt(LocalDateTime.parse("2026-05-10T09:00")).reportedAt(LocalDateTime.parse("2026-05-11T15:00"))
        .isolationFrom(LocalDate.of(2026, 5, 10)).isolationUntil(LocalDate.of(2026, 5, 17)).build();
    service.register(hfmd);
    int n = 0;
    for (int day : new int[] {11, 12, 14}) {
      service.recordFollowUp(io.github.weisheng.infectious.HomeFollowUp.builder()
          .id(io.github.weisheng.infectious.HomeFollowUpId.parse("f-" + ++n)).caseReport(hfmd.id()).archive(child)
          .date(LocalDate.of(2026, 5, day)).mode(day == 14 ? VisitMode.PHONE : VisitMode.HOME)
          .addActions(io.github.weisheng.infectious.FollowUpAction.TEMPERATURE_CHECK,
              io.github.weisheng.infectious.FollowUpAction.DISINFECTION_GUIDANCE).build());
    }
    service.liftIsolation(hfmd.id(), LocalDate.of(2026, 5, 17), 1);
    service.register(io.github.weisheng.infectious.CaseReport.builder()
        .id(io.github.weisheng.infectious.CaseReportId.parse("flu-1")).archive(archive()).disease("INFLUENZA")
        .classification(io.github.weisheng.infectious.CaseClassification.CLINICAL)
        .diagnosedAt(LocalDateTime.parse("2026-11-02T10:00")).reportedAt(LocalDateTime.parse("2026-11-02T12:00"))
        .build());
    service.register(io.github.weisheng.infectious.CaseReport.builder()
        .id(io.github.weisheng.infectious.CaseReportId.parse("hep-1")).archive(archive()).disease("VIRAL_HEPATITIS")
        .classification(io.github.weisheng.infectious.CaseClassification.CONFIRMED)
        .diagnosedAt(LocalDateTime.parse("2026-03-01T08:00")).build());
  }

  /** A summary of the station for a period, without the host's sections. */
  private WorkSummary.Builder plain(Locale locale, ReportingPeriod period) {
    return WorkSummary.builder().session(officer).unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION)
        .area(AreaScope.of(COMMITTEE)).period(period).population(Map.of(COMMITTEE, 10L)).locale(locale);
  }

  @Test
  void infectiousCasesGetTheirSubsectionAfterTuberculosisOnlyWhenThePeriodHasAny() throws IOException {
    infectiousCases();
    WorkSummary summary = summary(Locale.SIMPLIFIED_CHINESE);
    assertThat(result(summary, "infectious.report-rate").rate()).isEqualTo(Rate.of(2, 3));
    assertThat(result(summary, "infectious.timely-report-rate").rate()).isEqualTo(Rate.of(1, 2));
    Section populations = summary.document().sections().get(2);
    assertThat(populations.subsections()).extracting(Section::heading)
        .containsExactly("老年人健康管理", "严重精神障碍患者管理", "肺结核患者健康管理", "传染病报告和处理");
    String markdown = ReportRendererContractSqueeze.squeeze(render(summary.document(), "markdown"));
    assertThat(markdown).contains(
        "统计期内登记传染病病例3例，网络报告2例，传染病疫情报告率66.7%；报告及时1例，传染病疫情报告及时率50.0%。",
        "|病毒性肝炎|1|", "|流行性感冒|1|", "|手足口病|1|",
        "统计期内随访传染病病例3人次，其中上门随访2人次。",
        "传染病疫情报告及时率：诊断后30小时报告，时限24小时", "传染病疫情报告率：未进行网络报告（时限为诊断后24小时）");
    // the registered-cases variant, and English
    WorkSummary registered = plain(Locale.ENGLISH, ReportingPeriod.year(2026))
        .timeliness(TimelinessDenominator.REGISTERED).build();
    assertThat(result(registered, "infectious.timely-report-rate.registered").rate()).isEqualTo(Rate.of(1, 3));
    Section english = registered.document().sections().get(2).subsections().get(3);
    assertThat(english.heading()).isEqualTo("Infectious disease reports and follow-ups");
    assertThat(((io.github.weisheng.spi.report.Paragraph) english.blocks().get(0)).content().stream()
        .map(io.github.weisheng.spi.report.Inline::display).collect(java.util.stream.Collectors.joining()))
        .isEqualTo("Infectious disease cases registered in the period: 3 cases; reported through the network: 2 cases,"
            + " a report rate of 66.7%; reported on time: 1 case, a timely report rate of 33.3%."); // 1 case, singular
    // the fourth quarter has the influenza case; June has no case and no follow-up: no subsection
    WorkSummary autumn = plain(Locale.SIMPLIFIED_CHINESE, ReportingPeriod.quarter(2026, 4))
        .notifiableDiseases(io.github.weisheng.infectious.NotifiableDiseases.defaults()).build();
    assertThat(autumn.document().sections().get(2).subsections()).extracting(Section::heading)
        .endsWith("传染病报告和处理");
    assertThat(result(autumn, "infectious.timely-report-rate").rate()).isEqualTo(Rate.of(1, 1));
    WorkSummary spring = plain(Locale.SIMPLIFIED_CHINESE, ReportingPeriod.month(java.time.YearMonth.of(2026, 6)))
        .build();
    assertThat(spring.document().sections().get(2).subsections()).extracting(Section::heading)
        .doesNotContain("传染病报告和处理");
    assertThat(spring.indicators()).extracting(r -> r.definition().id()).doesNotContain("infectious.report-rate");
  }

  /**
   * One child with hand, foot and mouth disease in May and again in July, both reported on time: two
   * report cards, so two cases (例) in the prose and the rates, but one person in the disease table.
   */
  @Test
  void aPersonWithTwoCardsIsTwoCasesInTheProseAndOnePersonInTheTable() throws IOException {
    var service = officer.infectiousDiseases();
    ArchiveNumber child = archive(LocalDate.of(2021, 6, 1));
    for (String month : List.of("05", "07")) {
      service.register(io.github.weisheng.infectious.CaseReport.builder()
          .id(io.github.weisheng.infectious.CaseReportId.parse("hfmd-" + month)).archive(child)
          .disease("HAND_FOOT_MOUTH").classification(io.github.weisheng.infectious.CaseClassification.CLINICAL)
          .diagnosedAt(LocalDateTime.parse("2026-" + month + "-10T09:00"))
          .reportedAt(LocalDateTime.parse("2026-" + month + "-10T11:00")).build());
    }
    WorkSummary chinese = plain(Locale.SIMPLIFIED_CHINESE, ReportingPeriod.year(2026)).build();
    assertThat(result(chinese, "infectious.report-rate").rate()).isEqualTo(Rate.of(2, 2));
    assertThat(result(chinese, "infectious.report-rate").definition().counting()).isEqualTo(Counting.CASES);
    String markdown = ReportRendererContractSqueeze.squeeze(render(chinese.document(), "markdown"));
    assertThat(markdown).contains(
        "统计期内登记传染病病例2例，网络报告2例，传染病疫情报告率100.0%；报告及时2例，传染病疫情报告及时率100.0%。",
        "|病种|人数（人）|", "|手足口病|1|");
    WorkSummary english = plain(Locale.ENGLISH, ReportingPeriod.year(2026)).build();
    Section section = english.document().sections().stream().flatMap(sub -> sub.subsections().stream())
        .filter(sub -> sub.heading().equals("Infectious disease reports and follow-ups")).findFirst().orElseThrow();
    assertThat(((io.github.weisheng.spi.report.Paragraph) section.blocks().get(0)).content().stream()
        .map(io.github.weisheng.spi.report.Inline::display).collect(java.util.stream.Collectors.joining()))
        .isEqualTo("Infectious disease cases registered in the period: 2 cases; reported through the network: "
            + "2 cases, a report rate of 100.0%; reported on time: 2 cases, a timely report rate of 100.0%.");
  }

  @Test
  void theNewSectionsInEnglish() {
    keyPopulations();
    ReportDocument document = summary(Locale.ENGLISH).document();
    assertThat(document.sections()).extracting(Section::heading).contains("Key populations", "Immunization",
        "Maternal and child health");
    assertThat(document.sections().get(2).subsections().get(0).blocks().get(0).toString()).contains("aged 65 or over");
  }

  @Test
  void inlineFiguresAreLabelledInTheSummarysLanguage() throws IOException {
    Document zh = Jsoup.parse(render(summary(Locale.SIMPLIFIED_CHINESE).document(), "html"));
    assertThat(zh.select("span.figure").eachAttr("data-label")).isNotEmpty()
        .allSatisfy(label -> assertThat(label).containsPattern("\\p{IsHan}"));
    assertThat(zh.select("span.figure").eachAttr("data-label")).contains("辖区常住人口", "面对面随访");
  }

  @Test
  void aRateWithoutDenominatorReadsNoDataNotZero() throws IOException {
    // no chronic patient at all; a tuberculosis patient notified in 2026 whose treatment goes on: no 规则服药率 yet
    ArchiveNumber tb = archive(LocalDate.of(1970, 1, 1));
    enrolCase(tb, PopulationGroup.TUBERCULOSIS, b -> b.tuberculosis(TbCase.builder().archive(tb)
        .notifiedAt(LocalDateTime.parse("2026-11-01T10:00")).firstVisitAt(LocalDateTime.parse("2026-11-02T10:00"))
        .supervisor(TbSupervisor.MEDICAL_WORKER).dosingPlan("站内服药").regimen(TbRegimen.NEW_2HRZE_4HR)
        .treatmentStart(LocalDate.of(2026, 11, 2)).build()));
    WorkSummary summary = WorkSummary.builder().session(officer).unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION)
        .area(AreaScope.of(COMMITTEE)).period(ReportingPeriod.year(2026)).population(Map.of(COMMITTEE, 10L)).build();
    // the rates over no patient are key figures without a value, not left out
    assertThat(summary.document().keyFigures()).filteredOn(f -> !f.hasValue())
        .extracting(io.github.weisheng.spi.report.Figure::label)
        .contains("2型糖尿病患者规范管理率", "高血压患者规范管理率").doesNotContain("健康档案建档率");
    String text = ReportRendererContractSqueeze.squeeze(render(summary.document(), "markdown"));
    assertThat(text).contains("完成治疗0人，规则服药0人，规则服药率—（无数据）", "统计期内无高血压患者健康管理记录。")
        .doesNotContain("规则服药率0%", "规则服药率0.0%", "规范管理率0");
    // the prose's no-data words are the ones renderers show for a key figure without a value
    assertThat(proseRuns(summary.document())).contains(RenderWords.of(Locale.SIMPLIFIED_CHINESE).noValue());
    WorkSummary english = WorkSummary.builder().session(officer).unit("南大街社区卫生服务站", STATION,
        InstitutionLevel.STATION).area(AreaScope.of(COMMITTEE)).period(ReportingPeriod.year(2026))
        .population(Map.of(COMMITTEE, 10L)).locale(Locale.ENGLISH).build();
    assertThat(proseRuns(english.document())).contains("— (no data)");
    Document html = Jsoup.parse(render(summary.document(), "html"));
    assertThat(html.select("span.figure[data-unit=%]").eachAttr("data-value")).doesNotContain("0");
    assertThat(html.select("span.figure[data-unit=%]").eachAttr("data-label")).doesNotContain("肺结核患者规则服药率");
    assertThat(ReportRendererContractSqueeze.squeeze(render(WorkSummary.builder().session(officer)
        .unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION).area(AreaScope.of(COMMITTEE))
        .period(ReportingPeriod.year(2026)).population(Map.of(COMMITTEE, 10L)).locale(Locale.ENGLISH).build()
        .document(), "markdown"))).contains("regulardosingrateof—(nodata)");
  }

  /** An area with hypertension patients but no diabetic in 2026: the diabetes rates have no denominator. */
  private WorkSummary hypertensionOnly() {
    EnrolmentId patient = enrol(ChronicCondition.HYPERTENSION, "I10");
    for (int q = 0; q < 4; q++) {
      hypertensionVisit(patient, LocalDate.of(2026, 1, 20).plusDays(90L * q), 132, 84);
    }
    enrol(ChronicCondition.HYPERTENSION, "I10");
    return WorkSummary.builder().session(officer).unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION)
        .area(AreaScope.of(COMMITTEE)).period(ReportingPeriod.year(2026)).population(Map.of(COMMITTEE, 10L)).build();
  }

  @Test
  void aDiabetesRateWithoutDiabeticsIsAKeyFigureReadingADashInEveryBuiltInFormat() throws IOException {
    ReportDocument document = hypertensionOnly().document();
    String rate = "2型糖尿病患者规范管理率";
    assertThat(document.keyFigures()).filteredOn(f -> f.label().equals(rate)).singleElement().satisfies(f -> {
      assertThat(f.hasValue()).isFalse();
      assertThat(f.exact()).isEqualTo("—");
      assertThat(f.unit()).isEqualTo("%");
    });
    assertThat(document.keyFigures()).filteredOn(f -> f.label().equals("高血压患者规范管理率")).singleElement()
        .satisfies(f -> assertThat(f.exact()).isEqualTo("50.0%"));
    // a count of no patient is a true 0, unlike the rate over them
    assertThat(document.keyFigures()).filteredOn(f -> f.label().equals("管理2型糖尿病患者")).singleElement()
        .satisfies(f -> assertThat(f.exact()).isEqualTo("0人"));

    String markdown = ReportRendererContractSqueeze.squeeze(render(document, "markdown"));
    assertThat(markdown).contains("|" + rate + "|—（无数据）|", "|高血压患者规范管理率|50.0%|")
        .doesNotContain("|" + rate + "|0%", "|" + rate + "|0.0%", "|" + rate + "|—|");

    String text = render(document, "text");
    // the first line with the label is the key figure's; the indicator table's row (0 of 0) comes later
    assertThat(text.lines().filter(line -> line.startsWith(rate)).map(ReportRendererContractSqueeze::squeeze))
        .first().isEqualTo(rate + "—（无数据）");

    Document html = Jsoup.parse(render(document, "html"));
    org.jsoup.nodes.Element dd = html.selectFirst("dl.key-figures div:has(dt:containsOwn(" + rate + ")) dd");
    assertThat(dd).isNotNull();
    assertThat(dd.text()).isEqualTo("—（无数据）");
    assertThat(dd.selectFirst("span.figure.no-value").hasAttr("data-value")).isFalse();
    assertThat(html.select("dl.key-figures dt").eachText()).contains(rate, "高血压患者规范管理率");

    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(render(document, "json"));
    com.fasterxml.jackson.databind.JsonNode figure = null;
    for (com.fasterxml.jackson.databind.JsonNode node : json.get("keyFigures")) {
      if (node.get("label").asText().equals(rate)) {
        figure = node;
      }
    }
    assertThat(figure).isNotNull();
    assertThat(figure.has("value")).isTrue();
    assertThat(figure.get("value").isNull()).isTrue();
    assertThat(figure.get("unit").asText()).isEqualTo("%");
    assertThat(io.github.weisheng.reporting.render.ReportJson.read(new java.io.ByteArrayInputStream(
        render(document, "json").getBytes(StandardCharsets.UTF_8)))).isEqualTo(document);

    assertThat(ReportRendererContractSqueeze.squeeze(render(WorkSummary.builder().session(officer)
        .unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION).area(AreaScope.of(COMMITTEE))
        .period(ReportingPeriod.year(2026)).population(Map.of(COMMITTEE, 10L)).locale(Locale.ENGLISH).build()
        .document(), "markdown"))).contains("|type2diabetespatientsmanagedtostandard|—(nodata)|");
  }

  @Test
  void populationRatesAreComparedOnlyWithThePreviousPeriodsPopulation() {
    WorkSummary without = summary(Locale.SIMPLIFIED_CHINESE);
    Table table = indicatorTable(without);
    assertThat(row(table, "健康档案建档率").get(4).display()).isEqualTo("—");
    assertThat(row(table, "电子健康档案建档率").get(4).display()).isEqualTo("—");
    assertThat(row(table, "健康档案使用率").get(4).display()).isEqualTo("0.0"); // 4 archives, no service in 2025
    WorkSummary with = WorkSummary.builder().session(officer).unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION)
        .area(AreaScope.of(COMMITTEE)).period(ReportingPeriod.year(2026)).population(Map.of(COMMITTEE, 10L))
        .previousPopulation(Map.of(COMMITTEE, 8L)).build();
    assertThat(row(indicatorTable(with), "健康档案建档率").get(4).display()).isEqualTo("50.0"); // 4 of 2025's 8
  }

  /**
   * The other conditions' patients come from one condition look-up each, never from a scan of every
   * enrolment: in a district hypertension and diabetes are nine in ten enrolments, which a scan would
   * read again only to drop them (at 1,000,000 residents, 208,862 enrolments read for 17,442).
   */
  @Test
  void theOtherConditionsAreCountedByOneLookUpEach() {
    summary(Locale.SIMPLIFIED_CHINESE);
    assertThat(store.scans.getOrDefault("chronic.enrolment", 0)).isZero();
    List<String> others = List.of("CORONARY_HEART_DISEASE", "STROKE", "CANCER", "COPD", "CHRONIC_BRONCHITIS");
    assertThat(store.finds).filteredOn(q -> q.kind().equals("chronic.enrolment") && others.contains(q.from()))
        .extracting(IndexQuery::from).containsExactlyInAnyOrderElementsOf(others);
  }

  private List<AuditEvent> auditEvents() {
    JsonCodec json = JsonCodec.create();
    try (Stream<StoredRecord> s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class)).toList();
    }
  }

  @Test
  void aStatisticianGetsTheSameSummaryAsTheOfficerWithoutReadingAPersonalRow() throws IOException {
    HealthSession statistician = health.as(Principal.of("tj-1", Set.of("statistician"), Set.of("110105001")));
    WorkSummary byStatistician = summary(Locale.SIMPLIFIED_CHINESE, b -> b.session(statistician));
    WorkSummary byOfficer = WorkSummary.builder().session(officer)
        .unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION).area(AreaScope.of(COMMITTEE))
        .period(ReportingPeriod.year(2026)).population(Map.of(COMMITTEE, 10L)).locale(Locale.SIMPLIFIED_CHINESE)
        .shortcoming("慢病患者面对面随访覆盖不足。").plan("扩大家庭医生签约服务覆盖面。").build();

    assertThat(byStatistician.indicators()).extracting(IndicatorResult::rate, IndicatorResult::members)
        .isEqualTo(byOfficer.indicators().stream()
            .map(r -> org.assertj.core.groups.Tuple.tuple(r.rate(), r.members())).toList());
    List<AuditEvent> reads = auditEvents().stream().filter(e -> e.principalId().equals("tj-1")).toList();
    assertThat(reads).isNotEmpty().allSatisfy(e -> {
      assertThat(e.action()).isEqualTo(Action.REPORT);
      assertThat(e.outcome()).isEqualTo(Outcome.SUCCEEDED);
    });
    assertThat(reads).extracting(AuditEvent::kind).contains(WorkSummary.KIND, "archive", "chronic.enrolment");
    // the statistician still may not search the archives themselves
    assertThatThrownBy(() -> statistician.archives().inScope().close()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aCommitteeCadreGetsNoSummaryOfHealthData() {
    HealthSession cadre = health.as(Principal.of("jw-1", Set.of("committee-cadre"), Set.of("110105001")));
    assertThatThrownBy(() -> summary(Locale.SIMPLIFIED_CHINESE, b -> b.session(cadre)))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.REPORT));
    assertThat(auditEvents()).filteredOn(e -> e.principalId().equals("jw-1")).extracting(AuditEvent::outcome)
        .containsExactly(Outcome.DENIED);
  }

  @Test
  void everyExportIsAuditedAndADeniedOneWritesNothing() throws IOException {
    HealthSession statistician = health.as(Principal.of("tj-1", Set.of("statistician"), Set.of("110105001")));
    WorkSummary summary = summary(Locale.SIMPLIFIED_CHINESE, b -> b.session(statistician));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    summary.export(ReportRenderers.builtIn().get("markdown"), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("南大街社区卫生服务站");
    assertThat(auditEvents()).filteredOn(e -> e.action() == Action.EXPORT)
        .extracting(AuditEvent::principalId, AuditEvent::kind, AuditEvent::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tj-1", WorkSummary.KIND, Outcome.SUCCEEDED));

    AccessPolicy noExports = new AccessPolicy() {
      @Override
      public String id() {
        return "no-exports";
      }

      @Override
      public io.github.weisheng.spi.access.Decision decide(Principal principal, Action action,
          io.github.weisheng.spi.access.Resource resource) {
        return action == Action.EXPORT ? io.github.weisheng.spi.access.Decision.deny("host.noExports")
            : DefaultAccessPolicy.defaults().decide(principal, action, resource);
      }
    };
    CommunityHealth strict = CommunityHealth.builder().store(store).accessPolicy(noExports).build();
    WorkSummary refused = WorkSummary.builder().session(strict.as(statistician.principal()))
        .unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION).area(AreaScope.of(COMMITTEE))
        .period(ReportingPeriod.year(2026)).population(Map.of(COMMITTEE, 10L)).build();
    ByteArrayOutputStream nothing = new ByteArrayOutputStream();
    assertThatThrownBy(() -> refused.export(ReportRenderers.builtIn().get("markdown"), nothing))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(nothing.size()).isZero();
    assertThat(auditEvents()).filteredOn(e -> e.action() == Action.EXPORT).extracting(AuditEvent::outcome)
        .containsExactlyInAnyOrder(Outcome.SUCCEEDED, Outcome.DENIED);
  }

  @Test
  void theDrillDownAppendixListsEveryMemberOutsideANumeratorWithItsReasons() {
    WorkSummary plain = summary(Locale.SIMPLIFIED_CHINESE);
    WorkSummary summary = plain.withDrillDown();
    List<Section> sections = summary.document().sections();
    assertThat(sections.subList(0, sections.size() - 1)).isEqualTo(plain.document().sections());
    Section appendix = sections.get(sections.size() - 1);
    assertThat(appendix.heading()).isEqualTo("附：各项指标未计入分子的对象明细");
    IndicatorResult managed = result(summary, WorkSummary.HYPERTENSION_MANAGED.id());
    Section part = appendix.subsections().stream()
        .filter(s -> s.heading().equals(managed.definition().name() + "（2人）")).findFirst().orElseThrow();
    Table table = (Table) part.blocks().get(0);
    assertThat(table.rows()).extracting(r -> r.get(0).display())
        .containsExactlyElementsOf(managed.notCounted().stream().map(IndicatorMember::ref).toList());
    assertThat(table.rows()).allSatisfy(r -> {
      assertThat(r.get(1).display()).isEqualTo(COMMITTEE.value());
      assertThat(r.get(2).display()).isNotBlank();
    });
    long listed = appendix.subsections().stream().mapToLong(s -> ((Table) s.blocks().get(0)).rows().size()).sum();
    assertThat(listed).isEqualTo(summary.indicators().stream().mapToLong(r -> r.notCounted().size()).sum());
    assertThat(summary.indicators()).isSameAs(plain.indicators());
    assertThat(plain.document().sections()).noneMatch(s -> s.heading().equals(appendix.heading()));
  }

  /**
   * Each drill-down heading gives the number of members listed in what its indicator counts, the
   * words from {@link Counting}: the fixture's two hypertension patients outside the numerator (人),
   * its one archive with no service in the year (r-4's, 份), the five education items of a station
   * with no activity recorded (项); then, with the infectious cases, the hepatitis card never
   * reported (报告率) and the hand, foot and mouth card reported 30 hours after diagnosis
   * (及时率) — one case (例) each. English says "1 record", "1 case" and "2 persons".
   */
  @Test
  void eachDrillDownHeadingCountsInWhatItsIndicatorCounts() {
    assertThat(drillDownHeadings(summary(Locale.SIMPLIFIED_CHINESE))).contains("高血压患者规范管理率（2人）",
        "管理人群血压控制率（2人）", "健康档案使用率（1份）", "健康教育服务达标率（5项）");
    assertThat(drillDownHeadings(plain(Locale.ENGLISH, ReportingPeriod.year(2026)).build())).contains(
        "hypertension patients managed to standard (2 persons)", "health archive use rate (1 record)",
        "health education compliance (5 items)");
    infectiousCases();
    assertThat(drillDownHeadings(plain(Locale.SIMPLIFIED_CHINESE, ReportingPeriod.year(2026)).build()))
        .contains("传染病疫情报告率（1例）", "传染病疫情报告及时率（1例）");
    assertThat(drillDownHeadings(plain(Locale.ENGLISH, ReportingPeriod.year(2026)).build())).contains(
        "infectious disease report rate (1 case)", "infectious disease timely report rate (1 case)");
  }

  /**
   * The drill-down headings read back from every built-in format: the JSON document is the document
   * itself; the HTML and Markdown headings, parsed, and the text's lines end with them (after the
   * outline's numbering).
   */
  @Test
  void theDrillDownHeadingsReadBackFromEveryBuiltInFormat() throws IOException {
    WorkSummary zh = summary(Locale.SIMPLIFIED_CHINESE).withDrillDown();
    WorkSummary en = plain(Locale.ENGLISH, ReportingPeriod.year(2026)).build().withDrillDown();
    for (WorkSummary summary : List.of(zh, en)) {
      List<String> headings = drillDownHeadings(summary);
      assertThat(headings).hasSizeGreaterThanOrEqualTo(3);
      ReportDocument document = summary.document();
      assertThat(io.github.weisheng.reporting.render.ReportJson.read(new java.io.ByteArrayInputStream(
          render(document, "json").getBytes(StandardCharsets.UTF_8)))).isEqualTo(document);
      List<String> html = Jsoup.parse(render(document, "html")).select("h1, h2, h3, h4, h5, h6").eachText();
      List<String> markdown = new ArrayList<>();
      org.commonmark.parser.Parser.builder().build().parse(render(document, "markdown"))
          .accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
              StringBuilder text = new StringBuilder();
              for (var n = heading.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof org.commonmark.node.Text t) {
                  text.append(t.getLiteral());
                }
              }
              markdown.add(text.toString());
            }
          });
      List<String> text = render(document, "text").lines().map(String::strip).toList();
      for (String heading : headings) {
        assertThat(html).as("html").anyMatch(h -> h.endsWith(heading));
        assertThat(markdown).as("markdown").anyMatch(h -> h.endsWith(heading));
        assertThat(text).as("text").anyMatch(h -> h.endsWith(heading));
      }
    }
  }

  /** The headings of the drill-down's parts, one per indicator with members outside its numerator. */
  private static List<String> drillDownHeadings(WorkSummary summary) {
    List<Section> sections = summary.withDrillDown().document().sections();
    return sections.get(sections.size() - 1).subsections().stream().map(Section::heading).toList();
  }

  private static Table indicatorTable(WorkSummary summary) {
    Section indicators = summary.document().sections().stream().filter(s -> s.heading().equals("主要指标")).findFirst()
        .orElseThrow();
    return (Table) indicators.blocks().get(0);
  }

  private static List<Cell> row(Table table, String name) {
    return table.rows().stream().filter(r -> r.get(0).display().equals(name)).findFirst().orElseThrow();
  }

  /** A store that counts the scans and index queries made through it. */
  private static final class CountingStore extends ForwardingRecordStore {
    final Map<String, Integer> scans = new java.util.concurrent.ConcurrentHashMap<>();
    final List<IndexQuery> finds = new java.util.concurrent.CopyOnWriteArrayList<>();

    CountingStore(RecordStore delegate) {
      super(delegate);
    }

    @Override
    public Stream<StoredRecord> scan(String kind, ScopeFilter scope) {
      scans.merge(kind, 1, Integer::sum);
      return super.scan(kind, scope);
    }

    @Override
    public Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
      finds.add(query);
      return super.find(query, scope);
    }
  }

  /** The kit's whitespace folding, for comparing with its expected words. */
  /** Every text run of every paragraph of a document, sections and subsections in order. */
  private static List<String> proseRuns(ReportDocument document) {
    List<String> runs = new ArrayList<>();
    document.sections().forEach(section -> proseRuns(section, runs));
    return runs;
  }

  private static void proseRuns(Section section, List<String> runs) {
    section.blocks().stream().filter(b -> b instanceof io.github.weisheng.spi.report.Paragraph)
        .flatMap(b -> ((io.github.weisheng.spi.report.Paragraph) b).content().stream())
        .filter(run -> run instanceof Text).forEach(run -> runs.add(run.display()));
    section.subsections().forEach(sub -> proseRuns(sub, runs));
  }

  private static final class ReportRendererContractSqueeze {
    static String squeeze(String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
      return out.toString();
    }
  }
}
