package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.NewArchive;
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
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.report.ReportContributor;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRequest;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.tck.ReportRendererContract;
import io.github.weisheng.store.InMemoryRecordStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A small hand-built station: four residents with archives, three hypertension patients and one
 * diabetic with a year of follow-ups, worked out by hand.
 */
class WorkSummaryTest {
  private static final CommitteeCode COMMITTEE = CommitteeCode.parse("110105001001");
  private static final OrgUnitId STATION = OrgUnitId.of("nandajie-station");
  private static final OrgUnitId TEAM = OrgUnitId.of("team-1");

  private final CommunityHealth health = CommunityHealth.builder()
      .store(InMemoryRecordStore.create())
      .accessPolicy(DefaultAccessPolicy.defaults())
      .clock(Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
      .build();
  private final HealthSession officer =
      health.as(Principal.of("gw-1", Set.of("public-health-officer"), Set.of("110105001")));
  private int residents;

  private ArchiveNumber archive() {
    residents++;
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(residents);
    CitizenId id = CitizenId.of("110105", birth, 1);
    Resident r = Resident.builder().id(ResidentId.parse("r-" + residents)).name("居民" + residents).sex(id.sex())
        .birthDate(birth).citizenId(id).address("南大街" + residents + "号").committee(COMMITTEE)
        .residencyType(ResidencyType.REGISTERED).livesHalfYearOrMore(true).build();
    return officer.archives().open(NewArchive.builder().resident(r).openedOn(LocalDate.of(2020, 3, 1))
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
    return WorkSummary.builder()
        .session(officer)
        .unit("南大街社区卫生服务站", STATION, InstitutionLevel.STATION)
        .area(AreaScope.of(COMMITTEE))
        .period(ReportingPeriod.year(2026))
        .population(Map.of(COMMITTEE, 10L))
        .locale(locale)
        .contributor(outpatients)
        .shortcoming("慢病患者面对面随访覆盖不足。")
        .plan("扩大家庭医生签约服务覆盖面。")
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
  void theDocumentHasTheSeedsShapeAndItsFigures() throws IOException {
    ReportDocument document = summary(Locale.SIMPLIFIED_CHINESE).document();
    assertThat(document.title()).isEqualTo("南大街社区卫生服务站2026年工作总结");
    assertThat(document.sections()).extracting(Section::heading).containsExactly("居民健康档案管理", "慢性病患者健康管理",
        "健康教育", "爱国卫生与环境整治", "基本医疗服务", "主要指标", "存在的不足", "下一步工作计划");
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ReportRenderers.builtIn().get("text").render(document, text);
    String rendered = ReportRendererContractSqueeze.squeeze(text.toString(StandardCharsets.UTF_8));
    assertThat(rendered).contains("一、居民健康档案管理", "（一）高血压患者健康管理", "建档率40.0%",
        "年内管理高血压患者3人", "规范管理1人，规范管理率33.3%", "全年门诊78649人次", "八、下一步工作计划");
    for (String word : ReportRendererContract.expectedWords(document)) {
      assertThat(rendered).contains(ReportRendererContractSqueeze.squeeze(word));
    }
  }

  @Test
  void inEnglishToo() {
    ReportDocument document = summary(Locale.ENGLISH).document();
    assertThat(document.title()).isEqualTo("南大街社区卫生服务站: work summary, 2026");
    assertThat(document.sections().get(1).subsections().get(0).heading()).isEqualTo("Hypertension");
  }

  /** The kit's whitespace folding, for comparing with its expected words. */
  private static final class ReportRendererContractSqueeze {
    static String squeeze(String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
      return out.toString();
    }
  }
}
