package io.github.weisheng.examples.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.ChartKind;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.Table;
import io.github.weisheng.spi.report.Text;
import io.github.weisheng.spi.tck.ReportRendererContract;
import io.github.weisheng.spi.tck.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The CSV renderer passes the renderer TCK, its output read back by Apache Commons CSV (the same
 * library that wrote it), and writes the rows its Javadoc promises.
 */
class CsvRendererTest extends ReportRendererContract {

  @Override
  protected ReportRenderer renderer() {
    return CsvRenderer.create();
  }

  /** Every field of every record, the header included, as a reader of the spreadsheet sees them. */
  @Override
  protected String readableText(byte[] rendered) {
    StringBuilder text = new StringBuilder();
    for (List<String> record : records(rendered, true)) {
      text.append(String.join("\t", record)).append('\n');
    }
    return text.toString();
  }

  /** Parses a rendering with Commons CSV after checking and dropping the byte-order mark. */
  static List<List<String>> records(byte[] rendered, boolean withHeader) {
    String decoded = new String(rendered, StandardCharsets.UTF_8);
    assertThat(decoded).as("a UTF-8 byte-order mark first, for Excel").startsWith("\uFEFF");
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(decoded.substring(1)),
        CsvRenderer.format().builder().setSkipHeaderRecord(true).get())) {
      if (withHeader) {
        records.add(parser.getHeaderNames());
      }
      for (CSVRecord record : parser) {
        assertThat(record.size()).as("every record has the eight columns").isEqualTo(CsvRenderer.COLUMNS.size());
        records.add(record.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private List<List<String>> rows(ReportDocument document) {
    return records(render(document), false);
  }

  private static List<String> row(String... fields) {
    return Arrays.asList(fields);
  }

  @Test
  void startsWithTheByteOrderMarkAndTheHeaderAndEndsRecordsWithCrLf() {
    byte[] bytes = render(SampleReports.titleOnly());
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFkind,section,block,caption,row,label,value,unit\r\ntitle,,,,,,空白报告,\r\n");
    assertThat(renderer().mediaType()).isEqualTo("text/csv; charset=UTF-8; header=present");
    assertThat(renderer().fileExtension()).isEqualTo("csv");
    assertThat(renderer().formatId()).isEqualTo("csv");
  }

  @Test
  void titleSubtitlesAndKeyFiguresComeFirst() {
    List<List<String>> rows = rows(SampleReports.workSummary());
    assertThat(rows.subList(0, 5)).containsExactly(
        row("title", "", "", "", "", "", "南大街社区卫生服务站2026年工作总结", ""),
        row("subtitle", "", "", "", "", "", "南大街社区卫生服务站", ""),
        row("subtitle", "", "", "", "", "", "2026年1月1日至2026年12月31日", ""),
        row("key-figure", "", "", "", "", "高血压患者", "709", "人"),
        row("key-figure", "", "", "", "", "糖尿病患者", "247", "人"));
  }

  @Test
  void everyFigureOfAParagraphIsARowWithItsSectionLabelExactValueAndUnit() {
    List<List<String>> rows = rows(SampleReports.workSummary());
    assertThat(rows).contains(
        row("heading", "一、健康档案管理", "", "", "", "", "一、健康档案管理", ""),
        row("figure", "一、健康档案管理", "1", "", "", "管理人数", "8136", "人"),
        row("figure", "一、健康档案管理", "1", "", "", "建档率", "97.6", "%"),
        // the paragraph reads 10余 and 近万; the figure rows keep the exact values
        row("figure", "二、重点人群管理", "1", "", "", "大扫除", "12", "次"),
        row("figure", "二、重点人群管理", "1", "", "", "听众", "9800", "人次"));
    assertThat(rows).filteredOn(r -> r.get(0).equals("paragraph") && r.get(1).equals("二、重点人群管理"))
        .singleElement().satisfies(r -> assertThat(r.get(6)).isEqualTo("全年开展大扫除10余次，健康讲座听众近万人次。"));
  }

  @Test
  void everyTableCellIsARowUnderItsColumnHeaderAndRowNumber() {
    String path = "二、重点人群管理 > （一）慢性病管理";
    String caption = "慢性病患者（2026年）";
    List<List<String>> rows = rows(SampleReports.workSummary());
    assertThat(rows).filteredOn(r -> r.get(1).equals(path) && !r.get(0).equals("heading")).containsExactly(
        row("table", path, "1", caption, "", "", caption, ""),
        row("column", path, "1", caption, "1", "", "病种", ""),
        row("column", path, "1", caption, "2", "", "人数（人）", ""),
        row("column", path, "1", caption, "3", "", "随访（人次）", ""),
        row("cell", path, "1", caption, "1", "病种", "高血压", ""),
        row("cell", path, "1", caption, "1", "人数（人）", "709", ""),
        row("cell", path, "1", caption, "1", "随访（人次）", "7644", ""),
        row("cell", path, "1", caption, "2", "病种", "糖尿病", ""),
        row("cell", path, "1", caption, "2", "人数（人）", "247", ""),
        row("cell", path, "1", caption, "2", "随访（人次）", "2646", ""),
        row("cell", path, "1", caption, "3", "病种", "冠心病", ""),
        row("cell", path, "1", caption, "3", "人数（人）", "130", ""),
        row("cell", path, "1", caption, "3", "随访（人次）", "", ""));
  }

  @Test
  void chartValuesAreRowsByCategoryAndSeriesWithTargetsApart() {
    List<List<String>> rows = rows(SampleReports.workSummary());
    String path = "三、主要指标";
    assertThat(rows).filteredOn(r -> r.get(1).equals(path) && r.get(2).equals("1")).containsExactly(
        row("chart", path, "1", "指标完成情况", "", "", "指标完成情况", "%"),
        row("point", path, "1", "指标完成情况", "规范管理率", "实际", "66.7", "%"),
        row("point", path, "1", "指标完成情况", "血压控制率", "实际", "58.3", "%"),
        row("target", path, "1", "指标完成情况", "规范管理率", "目标", "65", "%"),
        row("target", path, "1", "指标完成情况", "血压控制率", "目标", "60", "%"));
    assertThat(rows).contains(row("heading", "二、重点人群管理 > （一）慢性病管理 > 1.分级管理 > （1）三级管理患者", "", "", "",
        "", "（1）三级管理患者", ""));
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedPerRfc4180AndComeBackUnchanged() {
    String awkward = "甲,乙 \"丙\"\r\n丁";
    ReportDocument document = ReportDocument.of(awkward, List.of(), Locale.SIMPLIFIED_CHINESE, List.of(),
        List.of(Section.of("节", Table.of(awkward, List.of(awkward), List.of(List.of(Cell.text(awkward)))))));
    String csv = new String(render(document), StandardCharsets.UTF_8);
    assertThat(csv).contains("title,,,,,,\"甲,乙 \"\"丙\"\"\r\n丁\",\r\n");
    assertThat(rows(document)).contains(row("cell", "一、节", "1", awkward, "1", awkward, awkward, ""));
  }

  @Test
  void aTextThatASpreadsheetWouldRunAsAFormulaIsGuardedButNumbersAreNot() {
    ReportDocument document = ReportDocument.of("=HYPERLINK(\"http://x\")", List.of("+1", "@SUM(A1)", "-x"),
        Locale.SIMPLIFIED_CHINESE, List.of(Figure.of("=负数", new BigDecimal("-3.5"), "")),
        List.of(Section.of("节", Table.of("", List.of("差值"), List.of(List.of(Cell.number(new BigDecimal("-2"))))))));
    List<List<String>> guarded = rows(document);
    assertThat(guarded).contains(
        row("title", "", "", "", "", "", "'=HYPERLINK(\"http://x\")", ""),
        row("subtitle", "", "", "", "", "", "'+1", ""),
        row("subtitle", "", "", "", "", "", "'@SUM(A1)", ""),
        row("subtitle", "", "", "", "", "", "'-x", ""),
        row("key-figure", "", "", "", "", "'=负数", "-3.5", ""),
        row("cell", "一、节", "1", "", "1", "差值", "-2", ""));
    List<List<String>> raw = records(renderWith(CsvRenderer.unguarded(), document), false);
    assertThat(raw).contains(
        row("title", "", "", "", "", "", "=HYPERLINK(\"http://x\")", ""),
        row("key-figure", "", "", "", "", "=负数", "-3.5", ""));
  }

  @Test
  void numbersArePlainDigitsWithoutGroupingOrExponent() {
    ReportDocument document = ReportDocument.of("t", List.of(), Locale.SIMPLIFIED_CHINESE,
        List.of(Figure.of("大数", new BigDecimal("1.2E+7"), "人"), Figure.of("小数", new BigDecimal("0.000001"), "")),
        List.of());
    assertThat(rows(document)).contains(
        row("key-figure", "", "", "", "", "大数", "12000000", "人"),
        row("key-figure", "", "", "", "", "小数", "0.000001", ""));
  }

  @Test
  void aKeyFigureWithoutAValueIsARowReadingADashNeverZero() {
    List<List<String>> rows = rows(SampleReports.keyFiguresWithoutValues());
    assertThat(rows).filteredOn(r -> r.get(0).equals("key-figure")).containsExactly(
        row("key-figure", "", "", "", "", "糖尿病患者规范管理率", "—", "%"),
        row("key-figure", "", "", "", "", "高血压患者规范管理率", "33.3", "%"),
        row("key-figure", "", "", "", "", "糖尿病患者血糖控制率", "—", "%"),
        row("key-figure", "", "", "", "", "高血压患者", "3", "人"),
        row("key-figure", "", "", "", "", "糖尿病患者", "0", "人"));
  }

  @Test
  void twoUncaptionedTablesOfOneSectionStayApartByPosition() {
    Table first = Table.of("", List.of("a"), List.of(List.of(Cell.number(1))));
    Table second = Table.of("", List.of("a"), List.of(List.of(Cell.number(2))));
    ReportDocument document = ReportDocument.of("t", List.of(), Locale.SIMPLIFIED_CHINESE, List.of(),
        List.of(Section.of("节", first, Paragraph.of(Text.of("间")), second)));
    assertThat(rows(document)).contains(
        row("cell", "一、节", "1", "", "1", "a", "1", ""),
        row("cell", "一、节", "3", "", "1", "a", "2", ""));
  }

  @Test
  void theUnguardedRendererIsAlsoStableAndNamedAlike() {
    CsvRenderer unguarded = CsvRenderer.unguarded();
    assertThat(unguarded.formatId()).isEqualTo(CsvRenderer.FORMAT_ID);
    assertThat(unguarded.toString()).contains("unguarded");
    assertThat(renderWith(unguarded, SampleReports.workSummary()))
        .isEqualTo(renderWith(unguarded, SampleReports.workSummary()))
        .as("a document without formula-like text renders alike guarded or not")
        .isEqualTo(render(SampleReports.workSummary()));
  }

  @Test
  void randomDocumentsGiveOneFigureRowPerChartValueAndTableCell() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      ReportDocument document = randomDocument(seed);
      List<List<String>> rows = rows(document);
      long expectedCells = 0;
      long expectedPoints = 0;
      List<Section> todo = new ArrayList<>(document.sections());
      while (!todo.isEmpty()) {
        Section section = todo.remove(0);
        todo.addAll(section.subsections());
        for (var block : section.blocks()) {
          if (block instanceof Table table) {
            expectedCells += (long) table.rows().size() * table.columns().size();
          } else if (block instanceof Chart chart) {
            expectedPoints += (long) chart.series().size() * chart.categories().size();
          }
        }
      }
      assertThat(rows.stream().filter(r -> r.get(0).equals("cell")).count()).isEqualTo(expectedCells);
      assertThat(rows.stream().filter(r -> r.get(0).equals("point") || r.get(0).equals("target")).count())
          .isEqualTo(expectedPoints);
    });
  }

  private static byte[] renderWith(ReportRenderer renderer, ReportDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void aLineChartIsWrittenLikeABarChart() {
    var line = Chart.of(ChartKind.LINE, "月", "人次", List.of("1月"),
        List.of(Series.measured("随访", List.of(BigDecimal.TEN))));
    ReportDocument document = ReportDocument.of("t", List.of(), Locale.SIMPLIFIED_CHINESE, List.of(),
        List.of(Section.of("节", line)));
    assertThat(rows(document)).contains(row("point", "一、节", "1", "月", "1月", "随访", "10", "人次"));
  }

  @Test
  void nullsAreRefusedByName() {
    NullPointerTester tester = new NullPointerTester().setDefault(ReportDocument.class, SampleReports.titleOnly());
    tester.testAllPublicInstanceMethods(CsvRenderer.create());
    tester.testAllPublicStaticMethods(CsvRenderer.class);
  }
}
