package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.NumberCell;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as CommonMark with GitHub-style pipe tables: the title as the top heading, the
 * sections as headings one level down each with their official numbers, figures as plain text, and
 * each chart as a table of its numbers. Markdown's special characters in the words are escaped, so
 * the words read back as written.
 *
 * @since 0.1.0
 */
public final class MarkdownRenderer extends FormatRenderer {

  /** The format id. */
  public static final String FORMAT = "markdown";

  /** What is backslash-escaped wherever it stands. */
  private static final String SPECIAL = "\\`*_[]<>#|&~!+-=";

  /** Creates the renderer. */
  public MarkdownRenderer() {
    super(FORMAT, "text/markdown; charset=UTF-8", "md");
  }

  @Override
  public void render(ReportDocument document, OutputStream out) throws IOException {
    RenderWords words = RenderWords.of(document.locale());
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(document.title())).append("\n\n");
    for (String line : document.subtitles()) {
      md.append(escape(line)).append("  \n");
    }
    if (!document.subtitles().isEmpty()) {
      md.append('\n');
    }
    if (!document.keyFigures().isEmpty()) {
      List<List<Cell>> rows = new ArrayList<>();
      for (Figure figure : document.keyFigures()) {
        rows.add(List.of(Cell.text(figure.label()), Cell.text(words.keyFigureValue(figure))));
      }
      table(Table.of("", List.of(words.keyFigures(), words.value()), rows), md);
    }
    Outline.walk(document.sections(), (level, number, section) -> section(level, number, section, words, md));
    out.write(md.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void section(int level, String number, Section section, RenderWords words, StringBuilder md) {
    md.append("#".repeat(level + 1)).append(' ').append(escape(number + section.heading())).append("\n\n");
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph paragraph) {
        md.append(escape(paragraph.display())).append("\n\n");
      } else if (block instanceof Table table) {
        table(table, md);
      } else if (block instanceof Chart chart) {
        table(ChartTables.of(chart, words), md);
      }
    }
  }

  private static void table(Table table, StringBuilder md) {
    if (!table.caption().isEmpty()) {
      md.append("**").append(escape(table.caption())).append("**\n\n");
    }
    md.append('|');
    table.columns().forEach(column -> md.append(' ').append(escape(column)).append(" |"));
    md.append("\n|");
    for (int c = 0; c < table.columns().size(); c++) {
      int column = c;
      boolean numeric = !table.rows().isEmpty()
          && table.rows().stream().allMatch(row -> row.get(column) instanceof NumberCell);
      md.append(numeric ? " ---: |" : " --- |");
    }
    md.append('\n');
    for (List<Cell> row : table.rows()) {
      md.append('|');
      row.forEach(cell -> md.append(' ').append(escape(cell.display())).append(" |"));
      md.append('\n');
    }
    md.append('\n');
  }

  /**
   * Escapes the characters that can start markup (CommonMark lets any ASCII punctuation be
   * backslash-escaped), an ordered-list marker at the start, and folds line breaks, so a word never
   * becomes markup and reads back as written.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int leadingDigits = 0;
    while (leadingDigits < text.length() && Character.isDigit(text.charAt(leadingDigits))) {
      leadingDigits++;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean listMarker = i == leadingDigits && i > 0 && (c == '.' || c == ')')
          && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else if (SPECIAL.indexOf(c) >= 0 || listMarker) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

}
