package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.NumberCell;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as plain UTF-8 text for a console, an e-mail or an SMS gateway: numbered headings,
 * paragraphs indented two full-width spaces as Chinese prose is, and tables (charts as tables of their
 * numbers) in columns aligned by display width, counting a Chinese character as two columns.
 *
 * @since 0.1.0
 */
public final class TextRenderer extends FormatRenderer {

  /** The format id. */
  public static final String FORMAT = "text";

  /** Creates the renderer. */
  public TextRenderer() {
    super(FORMAT, "text/plain; charset=UTF-8", "txt");
  }

  @Override
  public void render(ReportDocument document, OutputStream out) throws IOException {
    RenderWords words = RenderWords.of(document.locale());
    StringBuilder text = new StringBuilder();
    text.append(document.title()).append('\n');
    document.subtitles().forEach(line -> text.append(line).append('\n'));
    text.append('\n');
    if (!document.keyFigures().isEmpty()) {
      List<List<Cell>> rows = new ArrayList<>();
      for (Figure figure : document.keyFigures()) {
        rows.add(List.of(Cell.text(figure.label()), Cell.text(words.keyFigureValue(figure))));
      }
      table(Table.of("", List.of(words.keyFigures(), words.value()), rows), text);
    }
    Outline.walk(document.sections(), (level, number, section) -> {
      text.append(number).append(section.heading()).append("\n\n");
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph paragraph) {
          text.append("\u3000\u3000").append(oneLine(paragraph.display())).append("\n\n");
        } else if (block instanceof Table table) {
          table(table, text);
        } else if (block instanceof Chart chart) {
          table(ChartTables.of(chart, words), text);
        }
      }
    });
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void table(Table table, StringBuilder text) {
    if (!table.caption().isEmpty()) {
      text.append(oneLine(table.caption())).append('\n');
    }
    int[] widths = new int[table.columns().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(oneLine(table.columns().get(c)));
      for (List<Cell> row : table.rows()) {
        widths[c] = Math.max(widths[c], width(oneLine(row.get(c).display())));
      }
    }
    List<String> header = table.columns();
    line(header.stream().map(Cell::text).toList(), widths, text);
    for (int c = 0; c < widths.length; c++) {
      text.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    text.append('\n');
    table.rows().forEach(row -> line(row, widths, text));
    text.append('\n');
  }

  private static void line(List<Cell> cells, int[] widths, StringBuilder text) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String value = oneLine(cells.get(c).display());
      String pad = " ".repeat(widths[c] - width(value));
      line.append(c == 0 ? "" : "  ");
      line.append(cells.get(c) instanceof NumberCell ? pad + value : value + pad);
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  /** Display columns: East Asian wide and full-width characters take two ({@link DisplayWidth}). */
  static int width(String text) {
    return DisplayWidth.of(text);
  }
}
