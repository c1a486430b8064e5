package io.github.weisheng.reporting.office;

import io.github.weisheng.reporting.render.ChartTables;
import io.github.weisheng.reporting.render.FormatRenderer;
import io.github.weisheng.reporting.render.Outline;
import io.github.weisheng.reporting.render.RenderWords;
import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.ChartKind;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.NumberCell;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.SeriesRole;
import io.github.weisheng.spi.report.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a report as a Word document in the layout of Chinese official documents (党政机关公文格式
 * GB/T 9704-2012): A4 with margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; the title in
 * 小标宋 二号 (22 pt) centred; level-one headings in 黑体, level two in 楷体, levels three and four in
 * 仿宋 bold; the body in 仿宋_GB2312 三号 (16 pt) at a fixed 28 pt line, first lines indented two
 * characters. Headings carry outline levels, so Word's navigation pane and table of contents see
 * them. Tables have a repeated header row and right-aligned numbers; each chart is a native Word
 * chart (bars or lines, targets as a line) followed by its numbers as a table, so every figure is
 * also text. The same document gives the same bytes.
 *
 * @since 0.1.0
 */
public final class DocxRenderer extends FormatRenderer {

  /** The format id. */
  public static final String FORMAT = "docx";

  private static final String TITLE_FONT = "方正小标宋简体";
  private static final String BODY_FONT = "仿宋_GB2312";
  private static final String HEI = "黑体";
  private static final String KAI = "楷体_GB2312";
  private static final String LATIN_FONT = "Times New Roman";
  private static final int BODY_PT = 16;
  private static final int TABLE_PT = 12;
  /** One millimetre in twentieths of a point. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;
  /** One centimetre in English Metric Units. */
  private static final int EMU_PER_CM = 360_000;

  private static final byte[][] PALETTE = {
    rgb(0x2f6db5), rgb(0xe07b39), rgb(0x3a9a5b), rgb(0x8e5ab5), rgb(0x17a2b8), rgb(0xb58b2f)
  };
  private static final byte[] TARGET_COLOUR = rgb(0xc0392b);

  /** Creates the renderer. */
  public DocxRenderer() {
    super(FORMAT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
  }

  @Override
  public void render(ReportDocument document, OutputStream out) throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (XWPFDocument docx = new XWPFDocument()) {
      page(docx);
      RenderWords words = RenderWords.of(document.locale());
      XWPFParagraph title = docx.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      title.setSpacingAfter(240);
      run(title, document.title(), TITLE_FONT, 22, false);
      for (String line : document.subtitles()) {
        XWPFParagraph subtitle = docx.createParagraph();
        subtitle.setAlignment(ParagraphAlignment.CENTER);
        run(subtitle, line, KAI, BODY_PT, false);
      }
      if (!document.keyFigures().isEmpty()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Figure figure : document.keyFigures()) {
          rows.add(List.of(Cell.text(figure.label()), Cell.text(words.keyFigureValue(figure))));
        }
        table(docx, Table.of("", List.of(words.keyFigures(), words.value()), rows));
      }
      try {
        sections(docx, document, words);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      docx.getProperties().getCoreProperties().setCreator("Weisheng");
      // POI stamps a new document with the time of writing: leave it out, so bytes depend on the report only.
      docx.getProperties().getCoreProperties().setCreated(Optional.empty());
      docx.write(written);
    }
    Zips.copyWithFixedTimes(written.toByteArray(), out);
  }

  private static void sections(XWPFDocument docx, ReportDocument document, RenderWords words) {
    int[] charts = {0};
    Outline.walk(document.sections(), (level, number, section) -> {
      heading(docx, level, number, section);
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph paragraph) {
          XWPFParagraph p = body(docx);
          p.setIndentationFirstLine(2 * BODY_PT * 20);
          run(p, paragraph.display(), BODY_FONT, BODY_PT, false);
        } else if (block instanceof Table table) {
          table(docx, table);
        } else if (block instanceof Chart chart) {
          chart(docx, chart, ++charts[0]);
          table(docx, ChartTables.of(chart, words));
        }
      }
    });
  }

  private static void page(XWPFDocument docx) {
    CTSectPr section = docx.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906)); // 210 mm
    size.setH(BigInteger.valueOf(16838)); // 297 mm
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(twips(37));
    margins.setBottom(twips(35));
    margins.setLeft(twips(28));
    margins.setRight(twips(26));
  }

  private static byte[] rgb(int colour) {
    return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
  }

  private static BigInteger twips(int millimetres) {
    return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
  }

  private static void heading(XWPFDocument docx, int level, String number, Section section) {
    XWPFParagraph p = body(docx);
    p.setIndentationFirstLine(2 * BODY_PT * 20);
    CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    properties.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    properties.addNewKeepNext();
    switch (level) {
      case 1 -> run(p, number + section.heading(), HEI, BODY_PT, false);
      case 2 -> run(p, number + section.heading(), KAI, BODY_PT, false);
      default -> run(p, number + section.heading(), BODY_FONT, BODY_PT, true);
    }
  }

  private static XWPFParagraph body(XWPFDocument docx) {
    XWPFParagraph p = docx.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setSpacingBetween(28, LineSpacingRule.EXACT);
    return p;
  }

  private static void run(XWPFParagraph p, String text, String font, int points, boolean bold) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
    run.setFontSize(points);
    run.setBold(bold);
  }

  private static void table(XWPFDocument docx, Table table) {
    if (!table.caption().isEmpty()) {
      XWPFParagraph caption = docx.createParagraph();
      caption.setAlignment(ParagraphAlignment.CENTER);
      caption.setSpacingBefore(120);
      caption.getCTP().addNewPPr().addNewKeepNext();
      run(caption, table.caption(), HEI, TABLE_PT, false);
    }
    XWPFTable grid = docx.createTable(table.rows().size() + 1, table.columns().size());
    grid.setWidth("100%");
    XWPFTableRow header = grid.getRow(0);
    header.setRepeatHeader(true);
    for (int c = 0; c < table.columns().size(); c++) {
      cell(header.getCell(c), table.columns().get(c), ParagraphAlignment.CENTER, HEI);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<Cell> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Cell cell = row.get(c);
        cell(grid.getRow(r + 1).getCell(c), cell.display(),
            cell instanceof NumberCell ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, BODY_FONT);
      }
    }
    docx.createParagraph().setSpacingAfter(0);
  }

  private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, String font) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(alignment);
    run(p, text, font, TABLE_PT, false);
  }

  /**
   * Gives a series the colours of the HTML charts: bars filled, lines drawn 2 pt wide with round
   * markers, targets as a dashed red line without markers.
   */
  private static void colour(XDDFChartData.Series series, byte[] rgb, boolean target, boolean lines) {
    XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb));
    XDDFShapeProperties shape = new XDDFShapeProperties();
    if (target || lines) {
      XDDFLineProperties line = new XDDFLineProperties();
      line.setFillProperties(fill);
      line.setWidth(2.0);
      if (target) {
        line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
      }
      shape.setLineProperties(line);
      if (series instanceof XDDFLineChartData.Series drawnLine) {
        drawnLine.setSmooth(false);
        drawnLine.setMarkerStyle(target ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
      }
    } else {
      shape.setFillProperties(fill);
    }
    series.setShapeProperties(shape);
  }

  private static void chart(XWPFDocument docx, Chart chart, int ordinal) {
    XWPFParagraph holder = docx.createParagraph();
    holder.setAlignment(ParagraphAlignment.CENTER);
    XWPFChart drawn;
    try {
      drawn = docx.createChart(holder.createRun(), 15 * EMU_PER_CM, 8 * EMU_PER_CM);
    } catch (InvalidFormatException | IOException e) {
      throw new UncheckedIOException(new IOException("chart " + ordinal + " could not be added", e));
    }
    drawn.setTitleText(chart.title());
    drawn.setTitleOverlay(false);
    drawn.getOrAddLegend().setPosition(LegendPosition.TOP);
    XDDFCategoryAxis categoryAxis = drawn.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis valueAxis = drawn.createValueAxis(AxisPosition.LEFT);
    valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
    valueAxis.setMinimum(0);
    int n = chart.categories().size();
    XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
        chart.categories().toArray(String[]::new), drawn.formatRange(new CellRangeAddress(1, n, 0, 0)));
    XDDFChartData measured = chart.kind() == ChartKind.BAR
        ? drawn.createData(ChartTypes.BAR, categoryAxis, valueAxis)
        : drawn.createData(ChartTypes.LINE, categoryAxis, valueAxis);
    if (measured instanceof XDDFBarChartData bars) {
      bars.setBarDirection(BarDirection.COL);
      bars.setVaryColors(false);
    }
    XDDFChartData targets = drawn.createData(ChartTypes.LINE, categoryAxis, valueAxis);
    boolean anyTarget = false;
    for (int s = 0; s < chart.series().size(); s++) {
      Series series = chart.series().get(s);
      Double[] values = series.values().stream().map(v -> v.doubleValue()).toArray(Double[]::new);
      XDDFNumericalDataSource<Double> data = XDDFDataSourcesFactory.fromArray(
          values, drawn.formatRange(new CellRangeAddress(1, n, s + 1, s + 1)), s + 1);
      boolean target = series.role() == SeriesRole.TARGET;
      anyTarget |= target;
      XDDFChartData.Series added = (target ? targets : measured).addSeries(categories, data);
      added.setTitle(series.name(), drawn.setSheetTitle(series.name(), s + 1));
      colour(added, target ? TARGET_COLOUR : PALETTE[s % PALETTE.length], target, chart.kind() == ChartKind.LINE);
    }
    drawn.plot(measured);
    if (anyTarget) {
      drawn.plot(targets);
    }
    try {
      // The chart's embedded workbook is a package of its own, stamped like the document.
      drawn.getWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
    } catch (InvalidFormatException | IOException e) {
      throw new UncheckedIOException(new IOException("chart " + ordinal + " data could not be written", e));
    }
  }
}
