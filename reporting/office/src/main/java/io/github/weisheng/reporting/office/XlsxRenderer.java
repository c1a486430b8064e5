package io.github.weisheng.reporting.office;

import io.github.weisheng.reporting.render.ChartTables;
import io.github.weisheng.reporting.render.DisplayWidth;
import io.github.weisheng.reporting.render.FormatRenderer;
import io.github.weisheng.reporting.render.Outline;
import io.github.weisheng.reporting.render.RenderWords;
import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.NumberCell;
import io.github.weisheng.spi.report.OfficialNumbering;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an Excel workbook: a first sheet with the title, subtitles and key figures, then
 * one sheet per top section (named by its number and heading) with the section's headings, paragraphs,
 * tables and each chart's numbers as a table. Numbers are stored as numbers, shown with the decimals
 * the report gives them, so they can be summed and charted; a key figure's unit sits in the cell
 * beside it, and a key figure without a value holds the text — (never a numeric 0). The same document
 * gives the same bytes.
 *
 * @since 0.1.0
 */
public final class XlsxRenderer extends FormatRenderer {

  /** The format id. */
  public static final String FORMAT = "xlsx";

  /** Creates the renderer. */
  public XlsxRenderer() {
    super(FORMAT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
  }

  @Override
  public void render(ReportDocument document, OutputStream out) throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      new Writer(workbook, RenderWords.of(document.locale())).write(document);
      workbook.getProperties().getCoreProperties().setCreator("Weisheng");
      // POI stamps a new document with the time of writing: leave it out, so bytes depend on the report only.
      workbook.getProperties().getCoreProperties().setCreated(Optional.empty());
      workbook.write(written);
    }
    Zips.copyWithFixedTimes(written.toByteArray(), out);
  }

  /** Writes one workbook; holds its styles. */
  private static final class Writer {
    private static final int FIRST_COLUMN = 28;
    private static final int OTHER_COLUMNS = 16;
    private static final int WIDEST = 80;
    private final XSSFWorkbook workbook;
    private final RenderWords words;
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle header;
    private final CellStyle text;
    /** A key figure without a value: the dash, right-aligned where the numbers stand. */
    private final CellStyle noValue;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();
    private final Set<String> sheetNames = new HashSet<>();
    private XSSFSheet sheet;
    private int row;
    /** The widest table text of each column of the current sheet, in character widths. */
    private final Map<Integer, Integer> widest = new HashMap<>();

    Writer(XSSFWorkbook workbook, RenderWords words) {
      this.workbook = workbook;
      this.words = words;
      this.title = style(16, true, false);
      this.heading = style(12, true, false);
      this.header = style(11, true, true);
      this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      this.header.setAlignment(HorizontalAlignment.CENTER);
      this.text = style(11, false, true);
      this.noValue = style(11, false, true);
      this.noValue.setAlignment(HorizontalAlignment.RIGHT);
    }

    void write(ReportDocument document) {
      newSheet(document.title());
      put(0, document.title(), title);
      row++;
      document.subtitles().forEach(line -> put(0, line, null));
      if (!document.keyFigures().isEmpty()) {
        row++;
        put(0, words.keyFigures(), heading);
        for (Figure figure : document.keyFigures()) {
          Row r = sheet.createRow(row++);
          cell(r, 0, figure.label(), text);
          BigDecimal value = figure.value();
          if (value == null) {
            cell(r, 1, Figure.NO_VALUE, noValue); // text, so that no sum or chart reads it as 0
          } else {
            number(r, 1, value);
          }
          cell(r, 2, figure.unit(), text);
        }
      }
      List<Section> top = document.sections();
      for (int i = 0; i < top.size(); i++) {
        Section section = top.get(i);
        newSheet(OfficialNumbering.label(1, i + 1) + section.heading());
        Outline.walk(List.of(section), (level, number, s) -> {
          String shown = (level == 1 ? OfficialNumbering.label(1, top.indexOf(section) + 1) : number) + s.heading();
          if (level > 1) {
            row++;
          }
          put(0, shown, level == 1 ? title : heading);
          for (Block block : s.blocks()) {
            if (block instanceof Paragraph paragraph) {
              put(0, paragraph.display(), null);
            } else if (block instanceof Table table) {
              table(table);
            } else if (block instanceof Chart chart) {
              table(ChartTables.of(chart, words));
            }
          }
        });
      }
      fitColumns();
    }

    private void newSheet(String name) {
      fitColumns();
      String safe = WorkbookUtil.createSafeSheetName(name);
      String unique = safe;
      for (int n = 2; !sheetNames.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
        String suffix = "(" + n + ")";
        unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
      }
      sheet = workbook.createSheet(unique);
      sheet.setColumnWidth(0, FIRST_COLUMN * 256);
      for (int c = 1; c < 8; c++) {
        sheet.setColumnWidth(c, OTHER_COLUMNS * 256);
      }
      // printed, every column on one page's width (a drill-down's reasons beside their records)
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      widest.clear();
      row = 0;
    }

    /**
     * Widens the current sheet's columns to their widest table text ({@link DisplayWidth}: a Han
     * character counts two), up to {@value #WIDEST}, so that a reason or a name is read whole; paragraphs and
     * headings are left to flow over the empty cells beside them.
     */
    private void fitColumns() {
      if (sheet == null) {
        return;
      }
      widest.forEach((column, width) -> {
        int wanted = Math.min(WIDEST, width + 2);
        if (wanted * 256 > sheet.getColumnWidth(column)) {
          sheet.setColumnWidth(column, wanted * 256);
        }
      });
    }

    private void measure(int column, String value) {
      widest.merge(column, DisplayWidth.of(value), Math::max);
    }

    private void table(Table table) {
      row++;
      if (!table.caption().isEmpty()) {
        put(0, table.caption(), heading);
      }
      Row head = sheet.createRow(row++);
      for (int c = 0; c < table.columns().size(); c++) {
        cell(head, c, table.columns().get(c), header);
        measure(c, table.columns().get(c));
      }
      for (List<Cell> cells : table.rows()) {
        Row r = sheet.createRow(row++);
        for (int c = 0; c < cells.size(); c++) {
          Cell cell = cells.get(c);
          if (cell instanceof NumberCell number) {
            number(r, c, number.value());
          } else {
            cell(r, c, cell.display(), text);
            measure(c, cell.display());
          }
        }
      }
    }

    private void put(int column, String value, CellStyle style) {
      cell(sheet.createRow(row++), column, value, style);
    }

    private static void cell(Row r, int column, String value, CellStyle style) {
      org.apache.poi.ss.usermodel.Cell cell = r.createCell(column);
      cell.setCellValue(value);
      if (style != null) {
        cell.setCellStyle(style);
      }
    }

    private void number(Row r, int column, BigDecimal value) {
      org.apache.poi.ss.usermodel.Cell cell = r.createCell(column);
      cell.setCellValue(value.doubleValue());
      int decimals = Math.max(0, value.scale());
      cell.setCellStyle(numbers.computeIfAbsent(decimals, d -> {
        CellStyle style = style(11, false, true);
        style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
        return style;
      }));
    }

    private CellStyle style(int points, boolean bold, boolean bordered) {
      CellStyle style = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setFontName("宋体");
      font.setFontHeightInPoints((short) points);
      font.setBold(bold);
      style.setFont(font);
      if (bordered) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
      }
      return style;
    }
  }
}
