package io.github.weisheng.reporting.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
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
import io.github.weisheng.immunization.Route;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
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
import io.github.weisheng.population.SevereMentalDisorder;
import io.github.weisheng.population.SmiFollowUp;
import io.github.weisheng.population.SmiRiskLevel;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Household;
import io.github.weisheng.resident.RelationToHead;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.store.InMemoryRecordStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The 南大街社区卫生服务站 summary of the seeds ({@code /work/shared/seeds}, the fifth of seven): "全年管理健康
 * 档案3354户，8136人、上电子档案7938人。其中，管理65岁以上老年人1070人，管理孕妇5人、慢病管理高血压709人、糖尿病247人、
 * 冠心病130人、脑卒中46人、肿瘤19人、精神病6人、慢支10人" and "全年我社区管理0-7岁儿童377人，建儿童健康155人，为246名儿童
 * 健康体检，为辖区儿童和辖区内两所学校及两所幼儿园儿童接种疫苗5120人次".
 *
 * <p>A station whose records give exactly those figures is recorded through the public API
 * ({@link CommunityHealth} on the in-memory store): 8,136 residents with archives (7,938 electronic,
 * 198 on paper) in 3,354 households of four committees; 709 hypertension and 247 type 2 diabetes
 * patients with a year of follow-ups (some managed to standard, some not; some controlled, some not);
 * 130 coronary heart disease, 46 stroke, 19 cancer and 10 chronic bronchitis patients registered; 1,070
 * of the residents aged 65 or over with their yearly service; 6 severe-mental-disorder patients
 * followed up; 5 pregnant women; 377 children 0–6 (the seed's "0-7": those under seven on some day of
 * the year), 246 of them checked in the year, 155 for the first time; 5,120 vaccinations given to
 * them and to 700 pupils. The summary is drafted from the store for 2026, rendered to Markdown and
 * HTML by the built-in renderers, and every figure is read back out of the rendered tables (parsed,
 * cell by cell) and prose. No figure is typed into the document: each comes out of Weisheng's
 * computation.
 *
 * <p>"建儿童健康155人" is read as the children whose health card was made in the year, that is who were
 * first served in it (155 of the 246 checked; the other 91 were checked in 2025 already). What the
 * summary does not state, and this test therefore cannot check: the host's outpatient figures
 * (门诊接诊2710人次 …: a {@code ReportContributor} types those in).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NanDaJieSeedTest {
  private static final TownshipCode STREET = TownshipCode.parse("110105001");
  private static final List<CommitteeCode> COMMITTEES = List.of(
      CommitteeCode.of(STREET, 1), CommitteeCode.of(STREET, 2), CommitteeCode.of(STREET, 3), CommitteeCode.of(STREET, 4));
  private static final OrgUnitId STATION = OrgUnitId.of("nandajie-station");
  private static final OrgUnitId TEAM = OrgUnitId.of("nandajie-team-1");
  private static final String UNIT = "南大街社区卫生服务站";
  private static final int YEAR = 2026;

  /** The seed's figures. */
  private static final int PERSONS = 8136;
  private static final int ELECTRONIC = 7938;
  private static final int HOUSEHOLDS = 3354;
  private static final int HYPERTENSION = 709;
  private static final int DIABETES = 247;
  private static final int ELDERLY_MANAGED = 1070;
  private static final int PREGNANT = 5;
  private static final int SEVERE_MENTAL_DISORDER = 6;
  private static final int CHILDREN = 377;
  private static final int CHILDREN_CHECKED = 246;
  private static final int CHILDREN_CARDED = 155;
  private static final int VACCINATIONS = 5120;
  /** Pupils of the two schools (7–17), vaccinated too; the seed gives no count of them. */
  private static final int PUPILS = 700;
  /** Persons 0 … ADULTS − 1 are adults, then the pupils, then the children. */
  private static final int ADULTS = PERSONS - PUPILS - CHILDREN;
  private static final LocalDate OPENED = LocalDate.of(2021, 3, 1);
  /** Vaccines given in turn (the national programme's products). */
  private static final List<String> PRODUCTS =
      List.of("HepB", "IPV", "DTaP", "bOPV", "MMR", "JE-L", "MPSV-A", "MPSV-AC", "HepA-L");
  private static final Map<ChronicCondition, Integer> OTHER = new LinkedHashMap<>();

  static {
    OTHER.put(ChronicCondition.CORONARY_HEART_DISEASE, 130);
    OTHER.put(ChronicCondition.STROKE, 46);
    OTHER.put(ChronicCondition.CANCER, 19);
    OTHER.put(ChronicCondition.CHRONIC_BRONCHITIS, 10);
  }

  private static final Map<ChronicCondition, String> ICD = Map.of(
      ChronicCondition.HYPERTENSION, "I10", ChronicCondition.TYPE_2_DIABETES, "E11.9",
      ChronicCondition.CORONARY_HEART_DISEASE, "I25.1", ChronicCondition.STROKE, "I63.9",
      ChronicCondition.CANCER, "C34.9", ChronicCondition.CHRONIC_BRONCHITIS, "J42");

  private final CommunityHealth health = CommunityHealth.builder()
      .store(InMemoryRecordStore.create())
      .accessPolicy(DefaultAccessPolicy.defaults())
      .clock(Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
      .build();
  private final HealthSession officer =
      health.as(Principal.of("gw-nandajie", Set.of("public-health-officer"), Set.of(STREET.value())));

  /** What the construction below should make Weisheng find, counted while recording. */
  private final Map<CommitteeCode, Long> population = new LinkedHashMap<>();
  private int hypertensionManaged;
  private int hypertensionControlled;
  private int hypertensionFaceToFace;
  private int hypertensionVisits;
  private int diabetesManaged;
  private int diabetesControlled;
  private int diabetesFaceToFace;

  private WorkSummary summary;
  private ReportDocument document;
  private List<List<String>> markdownRows;
  private List<List<String>> htmlRows;
  private List<List<String>> htmlKeyFigures;
  private String markdown;
  private String htmlText;

  @BeforeAll
  void recordTheStationAndDraftItsSummary() throws IOException {
    List<ArchiveNumber> archives = new ArrayList<>(PERSONS);
    for (int n = 0; n < PERSONS; n++) {
      archives.add(openArchive(n, n < ELECTRONIC));
    }
    for (int h = 0; h < HOUSEHOLDS; h++) {
      establishHousehold(h);
    }
    // the resident population each committee was given: its archived residents and some without
    for (CommitteeCode committee : COMMITTEES) {
      population.merge(committee, 150L, Long::sum);
    }
    int next = 0;
    for (int i = 0; i < HYPERTENSION; i++) {
      hypertensionPatient(i, enrol(archives.get(next++), ChronicCondition.HYPERTENSION));
    }
    for (int i = 0; i < DIABETES; i++) {
      diabetesPatient(i, enrol(archives.get(next++), ChronicCondition.TYPE_2_DIABETES));
    }
    for (Map.Entry<ChronicCondition, Integer> other : OTHER.entrySet()) {
      for (int i = 0; i < other.getValue(); i++) {
        enrol(archives.get(next++), other.getKey());
      }
    }
    // the elderly served are the oldest residents, many of them the chronic patients above
    for (int n = 0; n < ELDERLY_MANAGED; n++) {
      elderlyServed(archives.get(n), n);
    }
    for (int n = 4000; n < 4000 + SEVERE_MENTAL_DISORDER; n++) {
      severeMentalDisorder(archives.get(n));
    }
    int women = 0;
    for (int n = 6100; women < PREGNANT; n++) {
      if (citizenId(n).sex() == Sex.FEMALE) {
        pregnant(archives.get(n));
        women++;
      }
    }
    // of the children checked in 2026, the last 155 are seen for the first time (their card is made); the
    // first 91 were checked in 2025 already
    for (int i = 0; i < CHILDREN; i++) {
      child(archives.get(ADULTS + PUPILS + i), birthDate(ADULTS + PUPILS + i), i < CHILDREN_CHECKED,
          i < CHILDREN_CHECKED - CHILDREN_CARDED);
    }
    // the vaccinations, one after another to the pupils and children: the first ones get five, the others four
    int young = PUPILS + CHILDREN;
    for (int v = 0; v < VACCINATIONS; v++) {
      int n = ADULTS + v % young;
      vaccinate(archives.get(n), birthDate(n), v / young, v);
    }
    summary = WorkSummary.builder()
        .session(officer)
        .unit(UNIT, STATION, InstitutionLevel.STATION)
        .area(AreaScope.of(STREET))
        .period(ReportingPeriod.year(YEAR))
        .population(population)
        .build();
    document = summary.document();
    markdown = render("markdown");
    String html = render("html");
    markdownRows = markdownRows(markdown);
    htmlRows = htmlRows(html);
    htmlKeyFigures = new ArrayList<>();
    for (Element pair : Jsoup.parse(html).select("dl.key-figures > div")) {
      htmlKeyFigures.add(List.of(pair.select("dt").text(), pair.select("dd").text()));
    }
    htmlText = Jsoup.parse(html).body().text();
  }

  /**
   * Person {@code n}'s birth date: the adults one every three days from 1935 (the first 3,288 are 65
   * or over in 2026), the pupils one every five days from 2 January 2009, the children one a week
   * from 2 January 2019 (under seven on some day of 2026) to March 2026.
   */
  private static LocalDate birthDate(int n) {
    if (n < ADULTS) {
      return LocalDate.of(1935, 1, 1).plusDays(3L * n);
    } else if (n < ADULTS + PUPILS) {
      return LocalDate.of(2009, 1, 2).plusDays(5L * (n - ADULTS));
    }
    return LocalDate.of(2019, 1, 2).plusDays(7L * (n - ADULTS - PUPILS));
  }

  private static CitizenId citizenId(int n) {
    return CitizenId.of("110105", birthDate(n), n % 1000);
  }

  /**
   * Household {@code h} of the 3,354: persons h, h + 3,354 and, for the first 1,428, h + 6,708 (an
   * elder, a younger adult, and a pupil, a child or a third adult), in committee h mod 4.
   */
  private static int householdOf(int n) {
    return n % HOUSEHOLDS;
  }

  private ArchiveNumber openArchive(int n, boolean electronic) {
    CommitteeCode committee = COMMITTEES.get(householdOf(n) % COMMITTEES.size());
    population.merge(committee, 1L, Long::sum);
    LocalDate birth = birthDate(n);
    CitizenId id = citizenId(n);
    Resident resident = Resident.builder().id(ResidentId.parse("ndj-" + n)).name("居民" + n).sex(id.sex())
        .birthDate(birth).citizenId(id).address("南大街" + (1 + householdOf(n) / 40) + "号").committee(committee)
        .residencyType(ResidencyType.REGISTERED).livesHalfYearOrMore(true).build();
    return officer.archives().open(NewArchive.builder().resident(resident).openedOn(later(OPENED, birth))
        .institution(STATION).team(TEAM).electronic(electronic).build()).value().number();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Establishes household {@code h} with its first member as head and moves the others in. */
  private void establishHousehold(int h) {
    CommitteeCode committee = COMMITTEES.get(h % COMMITTEES.size());
    Recorded<Household> household = officer.households().establish(committee, "南大街" + (1 + h / 40) + "号",
        ResidentId.parse("ndj-" + h), OPENED);
    for (int n = h + HOUSEHOLDS; n < PERSONS; n += HOUSEHOLDS) {
      household = officer.households().moveIn(household.value().id(), household.version(),
          ResidentId.parse("ndj-" + n), n < ADULTS ? RelationToHead.SON : RelationToHead.GRANDCHILD,
          later(OPENED, birthDate(n)));
    }
  }

  private void saveCase(ArchiveNumber archive, PopulationGroup group, UnaryOperator<PopulationCase.Builder> details) {
    PopulationCase.Builder b = PopulationCase.builder();
    b.id(PopulationCaseId.random()).archive(archive).group(group).team(TEAM);
    officer.populations().save(details.apply(b).build(), 0, "enrol");
  }

  /** An elder's yearly service of 2026, complete (assessment, examination, every test, every guidance). */
  private void elderlyServed(ArchiveNumber elder, int n) {
    saveCase(elder, PopulationGroup.ELDERLY, b -> b.addElderlyServices(ElderlyCheck.builder().archive(elder)
        .date(LocalDate.of(YEAR, 3, 1).plusDays(n % 240)).assessed(true).selfCareScore(0).physicalExamDone(true)
        .addAllLabTests(EnumSet.allOf(ElderlyLabTest.class)).addAllGuidance(EnumSet.allOf(ElderlyGuidance.class))
        .build()));
  }

  /** A patient registered with schizophrenia, followed up every three months of 2026. */
  private void severeMentalDisorder(ArchiveNumber patient) {
    saveCase(patient, PopulationGroup.SEVERE_MENTAL_DISORDER, b -> {
      b.disorder(SevereMentalDisorder.SCHIZOPHRENIA);
      for (int q = 0; q < 4; q++) {
        b.addSmiFollowUps(SmiFollowUp.builder().archive(patient).date(LocalDate.of(YEAR, 2, 1).plusMonths(3L * q))
            .disorder(SevereMentalDisorder.SCHIZOPHRENIA).riskLevel(SmiRiskLevel.LEVEL_0).build());
      }
      return b;
    });
  }

  /** A woman pregnant since June 2026, registered in July, not delivered by the year's end. */
  private void pregnant(ArchiveNumber woman) {
    saveCase(woman, PopulationGroup.MATERNAL, b -> b.pregnancy(Pregnancy.builder().archive(woman)
        .lastMenstrualPeriod(LocalDate.of(YEAR, 6, 1))
        .addVisits(MaternalVisit.of(MaternalService.REGISTRATION, LocalDate.of(YEAR, 7, 20))).build()));
  }

  /**
   * A child under management; when checked, one check in 2026 and, when {@code seenBefore}, one in
   * 2025, each at the service of its age.
   */
  private void child(ArchiveNumber child, LocalDate born, boolean checked, boolean seenBefore) {
    saveCase(child, PopulationGroup.CHILD, b -> {
      ChildHistory.Builder history = ChildHistory.builder();
      history.archive(child).birthDate(born).dischargedOn(born.plusDays(2));
      if (seenBefore) {
        history.addVisits(check(child, born, LocalDate.of(YEAR - 1, 4, 1)));
      }
      if (checked) {
        history.addVisits(check(child, born, later(LocalDate.of(YEAR, 4, 1), born.plusMonths(1))));
      }
      return b.child(history.build());
    });
  }

  /** A check on a day, the service of the child's age. */
  private static ChildVisit check(ArchiveNumber child, LocalDate born, LocalDate on) {
    long months = java.time.temporal.ChronoUnit.MONTHS.between(born, on);
    ChildService service = ChildService.FULL_MONTH;
    for (ChildService s : ChildService.values()) {
      if (s != ChildService.NEWBORN_VISIT && s.ageInMonths() <= months) {
        service = s;
      }
    }
    return ChildVisit.of(child, service, on, Optional.empty());
  }

  /** Vaccination {@code v}, the {@code k}-th of the year for its child or pupil, a month after the one before. */
  private void vaccinate(ArchiveNumber archive, LocalDate born, int k, int v) {
    String product = PRODUCTS.get(v % PRODUCTS.size());
    officer.immunizations().record(VaccinationRecord.builder().id(VaccinationRecordId.random()).archive(archive)
        .product(product).doseNumber(1 + k).date(later(LocalDate.of(YEAR, 1, 5), born).plusMonths(k))
        .lot("2026" + product).site("左上臂").route(Route.INTRAMUSCULAR).institution(UNIT).build());
  }

  private EnrolmentId enrol(ArchiveNumber archive, ChronicCondition condition) {
    return officer.enrolments().enrol(archive, condition, IcdCode.parse(ICD.get(condition)), LocalDate.of(2025, 9, 1),
        "区人民医院", TEAM).value().id();
  }

  /**
   * Patient {@code i}'s visits of the year: seven in ten come four times 85 days apart (managed to
   * standard); one in ten comes four times but once by phone, one three times, one twice (not
   * managed). One in five has a last reading of 152/94 (not controlled at any age); the rest 132/84.
   */
  private void hypertensionPatient(int i, EnrolmentId patient) {
    int habit = i % 10;
    int visits = habit == 8 ? 3 : habit == 9 ? 2 : 4;
    boolean controlled = i % 5 != 0;
    int faceToFace = 0;
    for (int q = 0; q < visits; q++) {
      boolean last = q == visits - 1;
      VisitMode mode = habit == 7 && q == 1 ? VisitMode.PHONE : q % 2 == 0 ? VisitMode.CLINIC : VisitMode.HOME;
      faceToFace += mode == VisitMode.PHONE ? 0 : 1;
      BloodPressure bp = last && !controlled ? BloodPressure.of(152, 94) : BloodPressure.of(132, 84);
      officer.followUps().record(patient, FollowUpForm.builder().visitDate(LocalDate.of(YEAR, 1, 15).plusDays(85L * q))
          .mode(mode).bloodPressure(bp).tier(ManagementTier.TIER_1).build());
    }
    hypertensionFaceToFace += faceToFace;
    hypertensionVisits += visits;
    hypertensionManaged += habit <= 6 ? 1 : 0;
    hypertensionControlled += controlled ? 1 : 0;
  }

  /** As {@link #hypertensionPatient}, with a last fasting glucose of 8.2 (not controlled) or 6.1 mmol/L. */
  private void diabetesPatient(int i, EnrolmentId patient) {
    int habit = i % 10;
    int visits = habit >= 8 ? 3 : 4;
    boolean controlled = i % 4 != 0;
    for (int q = 0; q < visits; q++) {
      boolean last = q == visits - 1;
      FastingGlucose fpg = FastingGlucose.of(new BigDecimal(last && !controlled ? "8.2" : "6.1"));
      officer.followUps().record(patient, FollowUpForm.builder().visitDate(LocalDate.of(YEAR, 2, 1).plusDays(88L * q))
          .mode(VisitMode.CLINIC).fastingGlucose(fpg).diabetesLevel(DiabetesManagementLevel.ROUTINE).build());
    }
    diabetesFaceToFace += visits;
    diabetesManaged += habit <= 7 ? 1 : 0;
    diabetesControlled += controlled ? 1 : 0;
  }

  private String render(String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ReportRenderers.builtIn().get(format).render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Every body row of every table of the Markdown, parsed back (GFM tables), as cell texts. */
  private static List<List<String>> markdownRows(String markdown) {
    Node root = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
    List<List<String>> rows = new ArrayList<>();
    root.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomNode node) {
        if (node instanceof TableRow) {
          List<String> cells = new ArrayList<>();
          for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
              cells.add(literal(cell));
            }
          }
          rows.add(cells);
        } else {
          visitChildren(node);
        }
      }
    });
    return rows;
  }

  private static String literal(Node node) {
    StringBuilder text = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      text.append(child instanceof Text t ? t.getLiteral() : literal(child));
    }
    return text.toString().trim();
  }

  /** Every row of every HTML table with data cells, as cell texts. */
  private static List<List<String>> htmlRows(String html) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : Jsoup.parse(html).select("table tr")) {
      if (!tr.select("td").isEmpty()) {
        rows.add(tr.select("th, td").eachText());
      }
    }
    return rows;
  }

  /** Asserts a row labelled {@code label} has {@code value} in column {@code column}, in both formats. */
  private void assertRow(String label, int column, long value) {
    String cell = Long.toString(value);
    for (List<List<String>> rows : List.of(markdownRows, htmlRows)) {
      assertThat(rows.stream().anyMatch(row -> row.size() > column && row.get(0).equals(label)
          && row.get(column).equals(cell)))
          .as("a table row %s with %s in column %s among %s", label, cell, column, rows)
          .isTrue();
    }
  }

  @Test
  void theArchivesTheSeedStatesAreInTheIndicatorTable() {
    assertRow("健康档案建档率", 1, PERSONS);
    assertRow("电子健康档案建档率", 1, ELECTRONIC);
    long residents = population.values().stream().mapToLong(Long::longValue).sum();
    assertRow("健康档案建档率", 2, residents);
    assertRow("电子健康档案建档率", 2, residents);
  }

  @Test
  void theHypertensionAndDiabetesPatientsAreTheDenominators() {
    assertRow("高血压患者规范管理率", 2, HYPERTENSION);
    assertRow("管理人群血压控制率", 2, HYPERTENSION);
    assertRow("2型糖尿病患者规范管理率", 2, DIABETES);
    assertRow("管理人群血糖控制率", 2, DIABETES);
  }

  @Test
  void thoseManagedToStandardAndControlledAreTheNumerators() {
    assertRow("高血压患者规范管理率", 1, hypertensionManaged);
    assertRow("管理人群血压控制率", 1, hypertensionControlled);
    assertRow("2型糖尿病患者规范管理率", 1, diabetesManaged);
    assertRow("管理人群血糖控制率", 1, diabetesControlled);
    assertThat(hypertensionManaged).isEqualTo(497); // 71 of every 100 patients (i % 10 ≤ 6), worked out by hand
    assertThat(hypertensionControlled).isEqualTo(567); // 709 less the 142 with i % 5 == 0
    // 4 visits each but 3 for the 71 with i % 10 == 8 and 2 for the 70 with i % 10 == 9; one by phone for
    // the 71 with i % 10 == 7
    assertThat(hypertensionVisits).isEqualTo(709 * 4 - 71 - 2 * 70);
    assertThat(hypertensionFaceToFace).isEqualTo(hypertensionVisits - 71);
  }

  @Test
  void theOtherChronicConditionsAreInTheirTable() {
    OTHER.forEach((condition, persons) -> assertRow(condition.chineseName(), 1, persons));
    assertRow(ChronicCondition.COPD.chineseName(), 1, 0);
  }

  @Test
  void theKeyFiguresCarryThePatients() {
    for (List<List<String>> rows : List.of(markdownRows, htmlKeyFigures)) {
      assertThat(rows).contains(List.of("管理高血压患者", HYPERTENSION + "人"), List.of("管理2型糖尿病患者", DIABETES + "人"));
    }
  }

  @Test
  void theProseStatesTheSameFiguresExactly() {
    String[] expected = {
        "建立居民健康档案" + PERSONS + "人（" + HOUSEHOLDS + "户）",
        "其中电子健康档案" + ELECTRONIC + "人",
        "年内管理高血压患者" + HYPERTENSION + "人，完成高血压随访" + hypertensionVisits + "人次，其中面对面随访"
            + hypertensionFaceToFace + "人次，规范管理"
            + hypertensionManaged + "人",
        "最近一次随访血压达标" + hypertensionControlled + "人",
        "年内管理2型糖尿病患者" + DIABETES + "人，完成糖尿病随访" + diabetesFaceToFace + "人次，其中面对面随访"
            + diabetesFaceToFace + "人次，规范管理" + diabetesManaged
            + "人",
        "最近一次随访空腹血糖达标" + diabetesControlled + "人",
        "登记管理其他慢性病患者" + OTHER.values().stream().mapToInt(Integer::intValue).sum() + "人"};
    for (String phrase : expected) {
      assertThat(markdown).contains(phrase);
      assertThat(htmlText).contains(phrase);
    }
  }

  @Test
  void everyFigureTheProseRoundsAppearsInItsRoundedForm() {
    List<Figure> rounded = new ArrayList<>();
    collectRounded(document.sections(), rounded);
    for (Figure figure : rounded) {
      assertThat(markdown).contains(figure.display());
      assertThat(htmlText).contains(figure.display());
    }
    // the seed's persons and patients are stated exactly in prose; its vaccinations, which prose rounds
    // (5000余人次), exactly in a table (theVaccinationsAreInTheirTableAndRoundedInProse)
    assertThat(rounded).extracting(Figure::value).doesNotContain(
        BigDecimal.valueOf(PERSONS), BigDecimal.valueOf(ELECTRONIC), BigDecimal.valueOf(HOUSEHOLDS),
        BigDecimal.valueOf(HYPERTENSION), BigDecimal.valueOf(DIABETES), BigDecimal.valueOf(ELDERLY_MANAGED),
        BigDecimal.valueOf(PREGNANT), BigDecimal.valueOf(SEVERE_MENTAL_DISORDER), BigDecimal.valueOf(CHILDREN),
        BigDecimal.valueOf(CHILDREN_CHECKED), BigDecimal.valueOf(CHILDREN_CARDED));
    assertThat(rounded).filteredOn(f -> f.value().compareTo(BigDecimal.valueOf(VACCINATIONS)) == 0)
        .extracting(Figure::display).containsExactly("5000余人次");
  }

  private static void collectRounded(List<Section> sections, List<Figure> into) {
    for (Section section : sections) {
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph paragraph) {
          paragraph.content().stream().filter(Figure.class::isInstance).map(Figure.class::cast)
              .filter(f -> !f.prose().isEmpty()).forEach(into::add);
        }
      }
      collectRounded(section.subsections(), into);
    }
  }

  /** Asserts the rendered prose of both formats contains each phrase. */
  private void assertProse(String... phrases) {
    for (String phrase : phrases) {
      assertThat(markdown).contains(phrase);
      assertThat(htmlText).contains(phrase);
    }
  }

  @Test
  void theHouseholdsAreStatedBesideThePersons() {
    assertProse("建立居民健康档案" + PERSONS + "人（" + HOUSEHOLDS + "户）");
  }

  @Test
  void theElderlyServedAreTheNumeratorOfTheirRate() {
    long elderly = java.util.stream.IntStream.range(0, ADULTS)
        .filter(n -> !birthDate(n).isAfter(LocalDate.of(YEAR - 65, 12, 31))).count();
    assertThat(elderly).isEqualTo(3288); // born 1935-01-01 to 1961-12-29, one every three days
    assertProse("辖区65岁及以上常住居民" + elderly + "人，年内接受健康管理" + ELDERLY_MANAGED + "人");
    assertRow("老年人健康管理率", 1, ELDERLY_MANAGED);
    assertRow("老年人健康管理率", 2, elderly);
  }

  @Test
  void theSevereMentalDisorderPatientsAreRegistered() {
    assertProse("登记在册的严重精神障碍患者" + SEVERE_MENTAL_DISORDER + "人，按规范管理" + SEVERE_MENTAL_DISORDER + "人");
    assertRow("严重精神障碍患者规范管理率", 2, SEVERE_MENTAL_DISORDER);
    assertProse("统计期内随访严重精神障碍患者" + 4 * SEVERE_MENTAL_DISORDER + "人次");
  }

  @Test
  void thePregnantWomenAreStatedInPersons() {
    assertProse("统计期内管理孕妇" + PREGNANT + "人。");
    assertProse("统计期内开展产前检查" + PREGNANT + "人次"); // their registrations, person-times
  }

  @Test
  void theChildrenAndThoseCheckedAreTheirRatesDenominatorAndNumerator() {
    assertProse("0～6岁儿童" + CHILDREN + "人，接受健康检查" + CHILDREN_CHECKED + "人");
    assertRow("儿童健康管理率", 2, CHILDREN);
    assertRow("儿童健康管理率", 1, CHILDREN_CHECKED);
    assertProse("儿童健康检查" + CHILDREN_CHECKED + "人次"); // one check each in 2026
  }

  @Test
  void theChildrenWhoseCardWasMadeInTheYearAreThoseFirstSeenInIt() {
    assertProse("统计期内新建儿童健康档案（建卡）" + CHILDREN_CARDED + "人。");
  }

  @Test
  void theVaccinationsAreInTheirTableAndRoundedInProse() {
    assertRow("接种疫苗", 1, VACCINATIONS);
    for (List<List<String>> rows : List.of(markdownRows, htmlRows)) {
      assertThat(rows).contains(List.of("接种疫苗", Integer.toString(VACCINATIONS), "人次"));
    }
    assertProse("统计期内接种疫苗5000余人次");
    assertProse("辖区免疫规划适龄儿童" + (PUPILS + CHILDREN) + "人");
  }

  @Test
  void theTitleNamesTheStationAndTheYear() {
    assertThat(document.title()).contains(UNIT).contains(Integer.toString(YEAR));
    assertThat(markdown).startsWith("# " + document.title());
  }
}
