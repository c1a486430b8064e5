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
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The Word renderer passes the renderer TCK, read back by POI. */
class DocxRendererTest extends ReportRendererContract {

  @Override
  protected ReportRenderer renderer() {
    return new DocxRenderer();
  }

  @Override
  protected String readableText(byte[] rendered) {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFDocument summary() throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(new DocxRendererTest().render(SampleReports.workSummary())));
  }

  @Test
  void headingsCarryOutlineLevelsForTheNavigationPane() throws IOException {
    try (XWPFDocument docx = summary()) {
      List<String> outline = new ArrayList<>();
      for (XWPFParagraph p : docx.getParagraphs()) {
        if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetOutlineLvl()) {
          outline.add(p.getCTP().getPPr().getOutlineLvl().getVal() + " " + p.getText());
        }
      }
      assertThat(outline).containsExactly("0 一、健康档案管理", "0 二、重点人群管理", "1 （一）慢性病管理",
          "2 1.分级管理", "3 （1）三级管理患者", "0 三、主要指标");
    }
  }

  /**
   * The drill-down's parts are outline headings under the appendix, each with the number of members
   * listed in what its indicator counts: 份 for the unused archive, 人 for the hypertension rates, 项
   * for health education.
   */
  @Test
  void theDrillDownHeadingsCountInEachIndicatorsUnit() throws IOException {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
          render(HypertensionOnlyStation.drillDown(locale))))) {
        List<String> headings = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
          if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetOutlineLvl()
              && p.getCTP().getPPr().getOutlineLvl().getVal().intValue() == 1) {
            headings.add(p.getText());
          }
        }
        if (locale == Locale.ENGLISH) {
          for (String heading : List.of("health archive use rate (1 record)",
              "hypertension patients managed to standard (1 person)", "health education compliance (5 items)")) {
            assertThat(headings).anyMatch(h -> h.endsWith(heading));
          }
        } else {
          assertThat(headings).contains("（一）健康档案使用率（1份）",
              "（二）" + HypertensionOnlyStation.HYPERTENSION_RATE + "（1人）", "（五）健康教育服务达标率（5项）");
        }
      }
    }
  }

  @Test
  void aKeyFigureWithoutAValueReadsNoDataInTheKeyFigureTable() throws IOException {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(HypertensionOnlyStation.summary())))) {
      XWPFTable keyFigures = docx.getTables().get(0);
      assertThat(keyFigures.getRow(0).getCell(0).getText()).isEqualTo("主要数据");
      List<String> rows = new ArrayList<>();
      keyFigures.getRows().forEach(row -> rows.add(row.getCell(0).getText() + "=" + row.getCell(1).getText()));
      assertThat(rows).contains(HypertensionOnlyStation.DIABETES_RATE + "=—（无数据）",
          HypertensionOnlyStation.HYPERTENSION_RATE + "=50.0%", "管理2型糖尿病患者=0人");
    }
  }

  @Test
  void thePageIsA4WithTheOfficialMargins() throws IOException {
    try (XWPFDocument docx = summary()) {
      CTSectPr page = docx.getDocument().getBody().getSectPr();
      assertThat(page.getPgSz().getW().toString()).isEqualTo("11906");
      assertThat(page.getPgSz().getH().toString()).isEqualTo("16838");
      assertThat(page.getPgMar().getTop().toString()).isEqualTo("2098"); // 37 mm
      assertThat(page.getPgMar().getLeft().toString()).isEqualTo("1587"); // 28 mm
    }
  }

  @Test
  void theTitleAndBodyUseTheOfficialFontsAndSizes() throws IOException {
    try (XWPFDocument docx = summary()) {
      XWPFParagraph title = docx.getParagraphs().get(0);
      assertThat(title.getRuns().get(0).getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
          .isEqualTo("方正小标宋简体");
      assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
      XWPFParagraph body = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("截至年底")).findFirst()
          .orElseThrow();
      assertThat(body.getRuns().get(0).getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
          .isEqualTo("仿宋_GB2312");
      assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
      assertThat(body.getIndentationFirstLine()).isEqualTo(640);
    }
  }

  @Test
  void chartsAreNativeWithTheirNumbersAlsoInATable() throws IOException {
    try (XWPFDocument docx = summary()) {
      assertThat(docx.getCharts()).hasSize(3);
      assertThat(docx.getCharts().get(1).getChartSeries()).hasSize(2); // bars and the target line
      // key figures, the chronic table and the three charts' tables
      assertThat(docx.getTables()).hasSize(5);
      XWPFTable indicators = docx.getTables().get(3);
      assertThat(indicators.getRow(1).getCell(1).getText()).isEqualTo("66.7");
      assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
    }
  }
}
