package io.github.weisheng.examples.plugins.csv;

import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.NumberCell;
import io.github.weisheng.spi.report.OfficialNumbering;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.SeriesRole;
import io.github.weisheng.spi.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a report (报告, such as a work summary 工作总结) as one CSV table (逗号分隔值) that a
 * spreadsheet opens and a data warehouse loads: UTF-8 with a byte-order mark (so that Excel shows
 * Chinese correctly), RFC 4180 quoting by Apache Commons CSV, CRLF line ends, a header row.
 *
 * <p>The file is "long": every row has the same {@linkplain #COLUMNS eight columns}, and each word
 * or number of the document is one row, told apart by its {@code kind}:
 *
 * <table>
 *   <caption>Rows by kind</caption>
 *   <tr><th>kind</th><th>one row per</th><th>section</th><th>block</th><th>caption</th><th>row</th>
 *       <th>label</th><th>value</th><th>unit</th></tr>
 *   <tr><td>{@code title}, {@code subtitle}</td><td>title, subtitle line</td><td></td><td></td><td></td>
 *       <td></td><td></td><td>the text</td><td></td></tr>
 *   <tr><td>{@code key-figure}</td><td>key figure (主要数字)</td><td></td><td></td><td></td><td></td>
 *       <td>what it counts</td><td>exact number, or {@code —} when it has no value</td><td>unit</td></tr>
 *   <tr><td>{@code heading}</td><td>section</td><td>numbered path</td><td></td><td></td><td></td><td></td>
 *       <td>numbered heading, e.g. （一）慢性病管理</td><td></td></tr>
 *   <tr><td>{@code paragraph}</td><td>paragraph</td><td>path</td><td>position</td><td></td><td></td><td></td>
 *       <td>the text as read, figures included</td><td></td></tr>
 *   <tr><td>{@code figure}</td><td>figure inside a paragraph</td><td>path</td><td>position</td><td></td>
 *       <td></td><td>what it counts</td><td>exact number</td><td>unit</td></tr>
 *   <tr><td>{@code table}</td><td>table</td><td>path</td><td>position</td><td>caption</td><td></td><td></td>
 *       <td>the caption</td><td></td></tr>
 *   <tr><td>{@code column}</td><td>column header</td><td>path</td><td>position</td><td>caption</td>
 *       <td>column number</td><td></td><td>the header (with its unit)</td><td></td></tr>
 *   <tr><td>{@code cell}</td><td>table cell</td><td>path</td><td>position</td><td>caption</td>
 *       <td>row number</td><td>column header</td><td>the cell</td><td></td></tr>
 *   <tr><td>{@code chart}</td><td>chart</td><td>path</td><td>position</td><td>title</td><td></td><td></td>
 *       <td>the title</td><td>unit</td></tr>
 *   <tr><td>{@code point}, {@code target}</td><td>measured or target value of a series</td><td>path</td>
 *       <td>position</td><td>chart title</td><td>category</td><td>series name</td><td>number</td>
 *       <td>unit</td></tr>
 * </table>
 *
 * <p>The section path joins the numbered headings from the top, for example {@code 二、重点人群管理 >
 * （一）慢性病管理}; the block position counts the blocks of a section from 1, so two tables without
 * a caption stay apart. Numbers are plain digits (no grouping, no exponent), so a pivot table on
 * {@code cell} rows rebuilds each table, and a load into a warehouse keeps every figure with its
 * section, label and unit.
 *
 * <p>A text value that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or
 * a carriage return) is written after an apostrophe by {@link #create()}, so that opening a report
 * never runs a formula someone typed into a caption (CSV injection); {@link #unguarded()} writes
 * text exactly as it is, for loads into a database. Numbers are never changed.
 *
 * <p>Stateless and thread-safe; the same document gives the same bytes.
 *
 * @since 0.1.0
 */
public final class CsvRenderer implements ReportRenderer {

  /** The format id, {@code csv}. */
  public static final String FORMAT_ID = "csv";

  /** The header row, in order. */
  public static final List<String> COLUMNS =
      List.of("kind", "section", "block", "caption", "row", "label", "value", "unit");

  /** Separates the numbered headings of a section path. */
  public static final String PATH_SEPARATOR = " > ";

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

  private final boolean formulaGuard;

  private CsvRenderer(boolean formulaGuard) {
    this.formulaGuard = formulaGuard;
  }

  /**
   * Returns the renderer for spreadsheets: text that would read as a formula is written after an
   * apostrophe.
   *
   * @return the renderer
   */
  public static CsvRenderer create() {
    return new CsvRenderer(true);
  }

  /**
   * Returns the renderer that writes every text exactly as it is, for loads into a database.
   *
   * @return the renderer
   */
  public static CsvRenderer unguarded() {
    return new CsvRenderer(false);
  }

  /**
   * Returns the CSV dialect this renderer writes (RFC 4180 with the {@link #COLUMNS} header), for
   * reading a rendering back with Apache Commons CSV; the reader must skip the byte-order mark.
   *
   * @return the format
   */
  public static CSVFormat format() {
    return FORMAT;
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  /** Returns {@code text/csv; charset=UTF-8; header=present} (RFC 4180, section 3). */
  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8; header=present";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public void render(ReportDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BYTE_ORDER_MARK);
    // Not closed: closing the printer would close the caller's stream; flushing is enough.
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    Rows rows = new Rows(printer);
    rows.text("title", "", "", document.title());
    for (String subtitle : document.subtitles()) {
      rows.text("subtitle", "", "", subtitle);
    }
    for (Figure figure : document.keyFigures()) {
      rows.figure("key-figure", "", "", figure);
    }
    sections(document.sections(), 1, "", rows);
    printer.flush();
  }

  private void sections(List<Section> sections, int level, String parentPath, Rows rows) throws IOException {
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String numbered = OfficialNumbering.label(level, i + 1) + section.heading();
      String path = parentPath.isEmpty() ? numbered : parentPath + PATH_SEPARATOR + numbered;
      rows.text("heading", path, "", numbered);
      List<Block> blocks = section.blocks();
      for (int b = 0; b < blocks.size(); b++) {
        block(blocks.get(b), path, Integer.toString(b + 1), rows);
      }
      sections(section.subsections(), level + 1, path, rows);
    }
  }

  private void block(Block block, String path, String position, Rows rows) throws IOException {
    if (block instanceof Paragraph paragraph) {
      rows.text("paragraph", path, position, paragraph.display());
      for (var run : paragraph.content()) {
        if (run instanceof Figure figure) {
          rows.figure("figure", path, position, figure);
        }
      }
    } else if (block instanceof Table table) {
      rows.row("table", path, position, table.caption(), "", "", text(table.caption()), "");
      List<String> columns = table.columns();
      for (int c = 0; c < columns.size(); c++) {
        rows.row("column", path, position, table.caption(), Integer.toString(c + 1), "", text(columns.get(c)), "");
      }
      for (int r = 0; r < table.rows().size(); r++) {
        List<Cell> cells = table.rows().get(r);
        for (int c = 0; c < cells.size(); c++) {
          Cell cell = cells.get(c);
          String value = cell instanceof NumberCell number ? number.value().toPlainString() : text(cell.display());
          rows.row("cell", path, position, table.caption(), Integer.toString(r + 1), columns.get(c), value, "");
        }
      }
    } else if (block instanceof Chart chart) {
      rows.row("chart", path, position, chart.title(), "", "", text(chart.title()), chart.unit());
      for (Series series : chart.series()) {
        String kind = series.role() == SeriesRole.TARGET ? "target" : "point";
        for (int c = 0; c < chart.categories().size(); c++) {
          BigDecimal value = series.values().get(c);
          rows.row(kind, path, position, chart.title(), chart.categories().get(c), series.name(),
              value.toPlainString(), chart.unit());
        }
      }
    }
  }

  /** Guards a text value (not a number) against being read as a formula, when guarding. */
  private String text(String value) {
    if (formulaGuard && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  /** Prints rows, guarding every text column but the value (which the caller has guarded or not). */
  private final class Rows {
    private final CSVPrinter printer;

    Rows(CSVPrinter printer) {
      this.printer = printer;
    }

    void text(String kind, String section, String block, String value) throws IOException {
      row(kind, section, block, "", "", "", CsvRenderer.this.text(value), "");
    }

    void figure(String kind, String section, String block, Figure figure) throws IOException {
      BigDecimal value = figure.value();
      // a key figure without a value (a rate over zero) reads as the dash, never as 0
      row(kind, section, block, "", "", figure.label(), value == null ? Figure.NO_VALUE : value.toPlainString(),
          figure.unit());
    }

    void row(String kind, String section, String block, String caption, String row, String label, String value,
        String unit) throws IOException {
      CsvRenderer guard = CsvRenderer.this;
      printer.printRecord(kind, guard.text(section), block, guard.text(caption), guard.text(row),
          guard.text(label), value, guard.text(unit));
    }
  }

  @Override
  public String toString() {
    return "CsvRenderer[" + (formulaGuard ? "formula guard" : "unguarded") + "]";
  }
}
