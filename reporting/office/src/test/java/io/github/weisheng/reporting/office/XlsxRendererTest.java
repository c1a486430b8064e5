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
}
