package io.github.weisheng.reporting.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.tck.ReportRendererContract;
import io.github.weisheng.spi.tck.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Excel renderer passes the renderer TCK, read back cell by cell by POI as Excel shows them. */
class XlsxRendererTest extends ReportRendererContract {

  @Override
  protected ReportRenderer renderer() {
    return new XlsxRenderer();
  }

  @Override
  protected String readableText(byte[] rendered) {
    DataFormatter shown = new DataFormatter();
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rendered))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(shown.formatCellValue(cell)).append('\t');
          }
          text.append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static XSSFWorkbook summary() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(new XlsxRendererTest().render(SampleReports.workSummary())));
  }

  @Test
  void aSummarySheetThenOneSheetPerTopSection() throws IOException {
    try (XSSFWorkbook workbook = summary()) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).containsExactly("南大街社区卫生服务站2026年工作总结", "一、健康档案管理", "二、重点人群管理", "三、主要指标");
    }
  }

  @Test
  void numbersAreNumericCellsShownWithTheirDecimals() throws IOException {
    try (XSSFWorkbook workbook = summary()) {
      Sheet chronic = workbook.getSheet("二、重点人群管理");
      Cell hypertension = null;
      for (Row row : chronic) {
        if (row.getCell(0) != null && "高血压".equals(row.getCell(0).getStringCellValue())) {
          hypertension = row.getCell(1);
        }
      }
      assertThat(hypertension).isNotNull();
      assertThat(hypertension.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(hypertension.getNumericCellValue()).isEqualTo(709.0);
      Row key = workbook.getSheetAt(0).getRow(6); // title, gap, two subtitles, gap, heading
      assertThat(key.getCell(0).getStringCellValue()).isEqualTo("高血压患者");
      assertThat(key.getCell(1).getNumericCellValue()).isEqualTo(709.0);
      assertThat(key.getCell(2).getStringCellValue()).isEqualTo("人");
    }
  }

  @Test
  void aKeyFigureWithoutAValueIsTheTextDashNeverANumericZero() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(HypertensionOnlyStation.summary())))) {
      Sheet first = workbook.getSheetAt(0);
      Row diabetes = keyFigureRow(first, HypertensionOnlyStation.DIABETES_RATE);
      assertThat(diabetes.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(diabetes.getCell(1).getStringCellValue()).isEqualTo("—");
      assertThat(new DataFormatter().formatCellValue(diabetes.getCell(1))).isEqualTo("—");
      assertThat(diabetes.getCell(2).getStringCellValue()).isEqualTo("%");
      Row hypertension = keyFigureRow(first, HypertensionOnlyStation.HYPERTENSION_RATE);
      assertThat(hypertension.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(hypertension.getCell(1).getNumericCellValue()).isEqualTo(50.0);
      Row count = keyFigureRow(first, "管理2型糖尿病患者");
      assertThat(count.getCell(1).getCellType()).as("a count of no patient is a true 0").isEqualTo(CellType.NUMERIC);
      assertThat(count.getCell(1).getNumericCellValue()).isZero();
    }
  }

  /**
   * The drill-down's sheet (附, the last) heads each indicator's table with the number of members
   * listed in what the indicator counts: records (份) for the unused archive, persons (人) for the
   * hypertension rates and the elderly, items (项) for health education; in English "1 record",
   * "1 person", "2 persons", "5 items".
   */
  @Test
  void theDrillDownSheetHeadsEachIndicatorInItsOwnUnit() throws IOException {
    assertThat(appendixCells(Locale.SIMPLIFIED_CHINESE)).contains("（一）健康档案使用率（1份）",
        "（二）" + HypertensionOnlyStation.HYPERTENSION_RATE + "（1人）", "（三）管理人群血压控制率（1人）",
        "（四）老年人健康管理率（2人）", "（五）健康教育服务达标率（5项）").noneMatch(c -> c.endsWith("个）"));
    List<String> english = appendixCells(Locale.ENGLISH);
    for (String heading : List.of("health archive use rate (1 record)",
        "hypertension patients managed to standard (1 person)",
        "blood pressure control among managed patients (1 person)", "health education compliance (5 items)")) {
      assertThat(english).anyMatch(c -> c.endsWith(heading));
    }
    assertThat(english).anyMatch(c -> c.endsWith(" (2 persons)"));
  }

  private List<String> appendixCells(Locale locale) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        render(HypertensionOnlyStation.drillDown(locale))))) {
      Sheet appendix = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
      assertThat(appendix.getSheetName()).contains(locale == Locale.ENGLISH ? "Appendix" : "附");
      List<String> cells = new ArrayList<>();
      DataFormatter shown = new DataFormatter();
      appendix.forEach(row -> row.forEach(cell -> cells.add(shown.formatCellValue(cell))));
      return cells;
    }
  }

  /** The first row of a sheet whose first cell is the label: the key figures come before any table. */
  private static Row keyFigureRow(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no row for the key figure " + label);
  }

  @Test
  void longAndRepeatedSectionNamesMakeValidDistinctSheetNames() throws IOException {
    var section = io.github.weisheng.spi.report.Section.of("很长的章节标题很长的章节标题很长的章节标题很长的章节标题[*?]");
    var document = io.github.weisheng.spi.report.ReportDocument.of("t", List.of(), java.util.Locale.CHINA,
        List.of(), List.of(section, section));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(document)))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(workbook.getSheetAt(1).getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain("[", "*", "?");
      assertThat(workbook.getSheetAt(2).getSheetName()).startsWith("二、");
    }
  }

  @Test
  void aTableColumnIsWideEnoughForItsLongestTextUpToALimit() throws IOException {
    String reason = "截至2025-12-31的12个月内无计入使用的服务记录";
    var table = io.github.weisheng.spi.report.Table.of("", List.of("记录号", "居委会", "原因"), List.of(
        List.of(io.github.weisheng.spi.report.Cell.text("11010500100100001"), io.github.weisheng.spi.report.Cell.text("1"),
            io.github.weisheng.spi.report.Cell.text(reason)),
        List.of(io.github.weisheng.spi.report.Cell.text("x"), io.github.weisheng.spi.report.Cell.text("2"),
            io.github.weisheng.spi.report.Cell.text("很".repeat(200)))));
    var paragraph = io.github.weisheng.spi.report.Paragraph.text("一段很长的说明文字".repeat(20));
    var document = io.github.weisheng.spi.report.ReportDocument.of("t", List.of(), java.util.Locale.CHINA, List.of(),
        List.of(io.github.weisheng.spi.report.Section.of("附", paragraph, table)));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(document)))) {
      Sheet sheet = workbook.getSheetAt(1);
      assertThat(sheet.getColumnWidth(0)).as("the paragraph does not widen the first column").isEqualTo(28 * 256);
      assertThat(sheet.getColumnWidth(1)).as("short texts keep the default").isEqualTo(16 * 256);
      assertThat(sheet.getColumnWidth(2)).as("the reasons' column is capped").isEqualTo(80 * 256);
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
    }
    var one = io.github.weisheng.spi.report.Table.of("", List.of("原因"), List.of(
        List.of(io.github.weisheng.spi.report.Cell.text(reason))));
    var shorter = io.github.weisheng.spi.report.ReportDocument.of("t", List.of(), java.util.Locale.CHINA, List.of(),
        List.of(io.github.weisheng.spi.report.Section.of("附", one)));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(shorter)))) {
      // 16 Han characters (2 each) and 12 others, plus 2 of margin
      assertThat(workbook.getSheetAt(1).getColumnWidth(0)).isEqualTo((16 * 2 + 12 + 2) * 256);
    }
  }
}
