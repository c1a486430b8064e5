package io.github.weisheng.reporting.seed;

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
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * 冠心病130人、脑卒中46人、肿瘤19人、精神病6人、慢支10人".
 *
 * <p>A station whose records give exactly those figures is recorded through the public API
 * ({@link CommunityHealth} on the in-memory store): 8,136 residents with archives (7,938 electronic,
 * 198 on paper) in four committees; 709 hypertension and 247 type 2 diabetes patients with a year of
 * follow-ups (some managed to standard, some not; some controlled, some not); 130 coronary heart
 * disease, 46 stroke, 19 cancer and 10 chronic bronchitis patients registered. The summary is drafted
 * from the store for 2026, rendered to Markdown and HTML by the built-in renderers, and every figure
 * is read back out of the rendered tables (parsed, cell by cell) and prose. No figure is typed into
 * the document: each comes out of Weisheng's computation.
 *
 * <p>What today's {@link WorkSummary} does not compute, and this test therefore cannot check: the
 * households (3354户: no household in the model), the elderly ≥ 65 (1070), pregnant women (5), severe
 * mental disorders (6), children 0–7 (377) and the vaccinations (5120人次), and the host's outpatient
 * figures (a {@code ReportContributor} types those in).
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
  private static final int HYPERTENSION = 709;
  private static final int DIABETES = 247;
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

  private ArchiveNumber openArchive(int n, boolean electronic) {
    CommitteeCode committee = COMMITTEES.get(n % COMMITTEES.size());
    population.merge(committee, 1L, Long::sum);
    LocalDate birth = LocalDate.of(1935, 1, 1).plusDays(3L * n); // 1935 to 2001, one person a day
    CitizenId id = CitizenId.of("110105", birth, n % 1000);
    Resident resident = Resident.builder().id(ResidentId.parse("ndj-" + n)).name("居民" + n).sex(id.sex())
        .birthDate(birth).citizenId(id).address("南大街" + (1 + n / 40) + "号").committee(committee)
        .residencyType(ResidencyType.REGISTERED).livesHalfYearOrMore(true).build();
    return officer.archives().open(NewArchive.builder().resident(resident).openedOn(LocalDate.of(2021, 3, 1))
        .institution(STATION).team(TEAM).electronic(electronic).build()).value().number();
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
        "建立居民健康档案" + PERSONS + "人",
        "其中电子健康档案" + ELECTRONIC + "人",
        "年内管理高血压患者" + HYPERTENSION + "人，开展面对面随访" + hypertensionFaceToFace + "人次，规范管理"
            + hypertensionManaged + "人",
        "最近一次随访血压达标" + hypertensionControlled + "人",
        "年内管理2型糖尿病患者" + DIABETES + "人，开展面对面随访" + diabetesFaceToFace + "人次，规范管理" + diabetesManaged
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
    // none of the seed's figures for this station is one the summary rounds: they are exact
    assertThat(rounded).extracting(Figure::value).doesNotContain(
        BigDecimal.valueOf(PERSONS), BigDecimal.valueOf(ELECTRONIC), BigDecimal.valueOf(HYPERTENSION),
        BigDecimal.valueOf(DIABETES));
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

  @Test
  void theTitleNamesTheStationAndTheYear() {
    assertThat(document.title()).contains(UNIT).contains(Integer.toString(YEAR));
    assertThat(markdown).startsWith("# " + document.title());
  }
}
